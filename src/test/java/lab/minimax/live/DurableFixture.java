package lab.minimax.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import lab.minimax.durable.CheckpointWriter;
import lab.minimax.durable.Checkpointing;
import lab.minimax.durable.MemoryCheckpointStore;
import lab.minimax.durable.RunCheckpoint;
import lab.minimax.durable.RunCheckpointCodec;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.gan.checkpoint.CheckpointRefusedException;
import lab.minimax.gan.checkpoint.TrainerCheckpoint;
import lab.minimax.nn.Network;
import lab.minimax.training.BrowserId;
import lab.minimax.training.RunGate;
import lab.minimax.training.RunLimits;
import lab.minimax.training.RunSlots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Fixture of the durable-run tests: an in-memory store, its writer, a {@link Checkpointing} whose
 * interval (an hour) never passes in a test (so checkpoints are only the ones a pause, a speed
 * change, a reset or a release asks for), a factory over them, and a browser. The browser is how
 * the server knows one: {@code RunOwners.current()} reads {@link BrowserId#SESSION_ATTRIBUTE} from
 * the current Vaadin session's HTTP session, where the server's filter copies the {@code mm-browser}
 * cookie; here a Karibu session of the test thread holds it ({@link #asBrowser}).
 */
abstract class DurableFixture extends EngineLiveRunFixture {
    /** The browser that owns the runs. */
    static final String OWNER = "0123456789abcdef0123456789abcdef";
    /** Another browser. */
    static final String OTHER = "fedcba9876543210fedcba9876543210";

    MemoryCheckpointStore store;
    CheckpointWriter writer;
    Checkpointing checkpointing;
    EngineLiveRunFactory factory;

    @BeforeEach
    void durable() {
        store = new MemoryCheckpointStore();
        writer = new CheckpointWriter(store, 16, 3);
        checkpointing = new Checkpointing(store, writer, Duration.ofHours(1));
        factory = factory(Limits.DEFAULTS);
        MockVaadin.setup();
        asBrowser(OWNER);
    }

    @AfterEach
    void closeDurable() {
        registry.stopAll("test over");
        writer.close();
        MockVaadin.tearDown();
    }

    /** A factory without caps over this test's store, under {@code limits}. */
    EngineLiveRunFactory factory(Limits limits) {
        return factory(limits, checkpointing);
    }

    /** A factory without caps over {@code c} (e.g. another instance's), under {@code limits}. */
    EngineLiveRunFactory factory(Limits limits, Checkpointing c) {
        return new EngineLiveRunFactory(scheduler, registry, new RunGate(RunLimits.NONE, registry), RunSlots.unlimited(),
                limits, c);
    }

    /** The requests of this thread come from browser {@code id} (as the server's filter records it). */
    static void asBrowser(String id) {
        VaadinSession.getCurrent().getSession().setAttribute(BrowserId.SESSION_ATTRIBUTE, id);
    }

    /** A new durable run of {@code c} for the current browser. */
    EngineLiveRun durableRun(ExperimentConfig c) {
        LiveRun r = factory.createDurable(c);
        EngineLiveRun run = assertInstanceOf(EngineLiveRun.class, r, "an admitted run");
        assertNotNull(run.durableId(), "a run of a known browser on a server with a store is durable");
        return run;
    }

    /** The run resumed from {@code r}, which must have resumed. */
    static EngineLiveRun resumed(Resumption r) {
        assertTrue(r.resumed(), "resumed; the page said: " + r.message());
        return assertInstanceOf(EngineLiveRun.class, r.run());
    }

    /** {@code n} full steps (k D updates and one G update each), synchronously. */
    static void steps(LiveRun run, int n) {
        for (int i = 0; i < n; i++) {
            run.step();
        }
    }

    /** Waits until every checkpoint offered so far is in the store. */
    void flush() throws InterruptedException {
        assertTrue(writer.flush(Duration.ofSeconds(30)), "the writer wrote its queue");
    }

    /** The newest stored checkpoint of {@code runId}, decoded. */
    RunCheckpoint newest(String runId) throws CheckpointRefusedException {
        return RunCheckpointCodec.read(store.latest(runId).orElseThrow().state());
    }

    /** The spec: a trainer of {@code c} that made {@code steps} full steps without a pause, a page or a store. */
    static Trainer uninterrupted(ExperimentConfig c, long steps) {
        Trainer t = TrainerFactory.create(c);
        for (long i = 0; i < steps; i++) {
            t.step();
        }
        return t;
    }

    /** The run's trainer, everything a future step reads (parameters, optimizer moments, RNG, counters). */
    static byte[] trainerState(EngineLiveRun run) {
        return run.trainingRun().read(t -> TrainerCheckpoint.write(t, run.trainingRun().config()));
    }

    /**
     * The run's trainer has the bits of {@code expected}: every parameter of G and D (raw float
     * bits), the step counters, and the whole trainer state (optimizer moments and step counts,
     * the RNG) as its checkpoint bytes.
     */
    static void assertSameTrainer(Trainer expected, ExperimentConfig config, EngineLiveRun run) {
        run.trainingRun().read(t -> {
            assertEquals(expected.generatorSteps(), t.generatorSteps(), "G steps");
            assertEquals(expected.discriminatorSteps(), t.discriminatorSteps(), "D steps");
            Network[][] nets = {{expected.generator(), t.generator()}, {expected.discriminator(), t.discriminator()}};
            for (int n = 0; n < nets.length; n++) {
                float[][] p = nets[n][0].parameters();
                float[][] q = nets[n][1].parameters();
                assertEquals(p.length, q.length);
                for (int i = 0; i < p.length; i++) {
                    assertEquals(p[i].length, q[i].length);
                    for (int j = 0; j < p[i].length; j++) {
                        if (Float.floatToRawIntBits(p[i][j]) != Float.floatToRawIntBits(q[i][j])) {
                            throw new AssertionError((n == 0 ? "G" : "D") + " parameter " + i + "[" + j + "]: expected "
                                    + p[i][j] + ", was " + q[i][j]);
                        }
                    }
                }
            }
            assertArrayEquals(TrainerCheckpoint.write(expected, config), TrainerCheckpoint.write(t, run.trainingRun().config()),
                    "the whole trainer state (optimizer moments, RNG, last stats)");
            return null;
        });
    }

    /** Waits for {@code condition} (a bound against a hang, not a timing assertion). */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "within 30 s: " + what);
            Thread.sleep(5);
        }
    }
}
