package lab.minimax.gan.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random damage: every result is a restore or a CheckpointRefusedException with a message, never another exception. */
class CheckpointFuzzProperties {
    private static final ExperimentConfig C = TrainerCheckpointTest.RING8.withSteps(8, 1, TrainerCheckpointTest.RING8.scheme());
    private static final byte[] GOOD;

    static {
        Trainer t = TrainerFactory.create(C);
        t.step();
        GOOD = TrainerCheckpoint.write(t, C);
    }

    @Property(tries = 300)
    void flippedBytes(@ForAll @IntRange(min = 0, max = 1_000_000) int at, @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] b = GOOD.clone();
        b[at % b.length] ^= (byte) mask;
        check(b);
    }

    @Property(tries = 200)
    void randomBytes(@ForAll @Size(max = 300) byte[] b) {
        check(b);
    }

    private static void check(byte[] b) {
        Trainer fresh = TrainerFactory.create(C);
        byte[] before = TrainerCheckpoint.write(fresh, C);
        try {
            TrainerCheckpoint.restore(fresh, C, b);
        } catch (CheckpointRefusedException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank());
            assertArrayEquals(before, TrainerCheckpoint.write(fresh, C), "a refusal changed the trainer");
        }
    }
}
