package lab.minimax.ui.lab;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import lab.minimax.durable.CheckpointWriter;
import lab.minimax.durable.Checkpointing;
import lab.minimax.durable.MemoryCheckpointStore;
import lab.minimax.durable.RunId;
import lab.minimax.experiment.Limits;
import lab.minimax.live.EngineLiveRunFactory;
import lab.minimax.training.BrowserId;
import lab.minimax.training.RunGate;
import lab.minimax.training.RunLimits;
import lab.minimax.training.RunSlots;
import lab.minimax.training.RunState;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lab page with a store behind it (Karibu, a browser id in the session as the server's filter
 * puts it): its link carries the run's {@code _run}; after the page goes, the link opens the run
 * again paused at its step with "Resumed at step …"; a malformed {@code _run} is named and a fresh
 * run starts; while the store is down the page shows the store banner, and it goes when the store is back.
 */
class LabResumeTest extends LabPageFixture {
    private final MemoryCheckpointStore store = new MemoryCheckpointStore();

    private LabView page(EngineLiveRunFactory factory, String query) {
        EngineLiveRunFactory.useStandalone(factory);
        MockVaadin.setup(new Routes().autoDiscoverViews("lab.minimax.ui"));
        VaadinSession.getCurrent().getSession().setAttribute(BrowserId.SESSION_ATTRIBUTE, "c".repeat(32));
        UI.getCurrent().navigate(LabView.class, QueryParameters.fromString(query));
        return _get(LabView.class);
    }

    private static Button button(String name) {
        return _get(Button.class, b -> b.withText(name));
    }

    @Test
    void theLinkCarriesTheRunAndReopensItPausedWhereItWas() throws Exception {
        try (CheckpointWriter writer = new CheckpointWriter(store, 16, 2)) {
            Checkpointing cp = new Checkpointing(store, writer, Duration.ofHours(1));
            EngineLiveRunFactory factory = new EngineLiveRunFactory(scheduler, registry,
                    new RunGate(RunLimits.NONE, registry), RunSlots.unlimited(), Limits.DEFAULTS, cp);
            LabView v = page(factory, "_preset=ring8-gan");
            String id = v.link().run();
            assertTrue(RunId.valid(id), "the link names its run: " + id);
            for (int i = 0; i < 9; i++) {
                v.run().step();
            }
            MockVaadin.tearDown(); // the page goes: its run is released with a last checkpoint
            registry.stopAll("page gone");
            assertTrue(writer.flush(Duration.ofSeconds(10)));

            LabView again = page(factory, "_preset=ring8-gan&_run=" + id);
            assertTrue(again.runMessage().startsWith("Resumed at step 9 from "), again.runMessage());
            assertEquals(9, again.run().latest().gSteps());
            assertEquals(RunState.PAUSED, again.run().latest().state());
            assertEquals(id, again.link().run(), "the link keeps its run");
            assertEquals("", again.storeBannerText());

            store.down.set(true);
            _click(button("Play"));
            _click(button("Pause")); // a pause checkpoints at once: the write fails
            long end = System.nanoTime() + 10_000_000_000L;
            while (writer.stats().storeUp() && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            _click(button("Step G")); // the frame it draws reads the writer's state
            assertTrue(again.storeBannerText().contains("unreachable"), again.storeBannerText());
            store.down.set(false);
            while (!writer.stats().storeUp() && System.nanoTime() < end + 20_000_000_000L) {
                Thread.sleep(20);
            }
            _click(button("Step G"));
            assertEquals("", again.storeBannerText(), "the banner goes when the store is back");
        }
    }

    @Test
    void aMalformedRunIdIsNamedAndAFreshRunStarts() throws Exception {
        try (CheckpointWriter writer = new CheckpointWriter(store, 16, 2)) {
            Checkpointing cp = new Checkpointing(store, writer, Duration.ofHours(1));
            EngineLiveRunFactory factory = new EngineLiveRunFactory(scheduler, registry,
                    new RunGate(RunLimits.NONE, registry), RunSlots.unlimited(), Limits.DEFAULTS, cp);
            LabView v = page(factory, "_preset=ring8-gan&_run=abc");
            assertEquals(RunId.describeInvalid(), v.runMessage());
            assertEquals(0, v.run().latest().gSteps());
            assertNotEquals("abc", v.link().run(), "the fresh run has an id of its own");
            assertTrue(RunId.valid(v.link().run()));
        }
    }
}
