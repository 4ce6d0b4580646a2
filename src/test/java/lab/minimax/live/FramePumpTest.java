package lab.minimax.live;

import lab.minimax.training.RunState;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import lab.minimax.experiment.ExperimentConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import lab.minimax.ui.chart.PlaneChart;
import lab.minimax.live.frame.LabSnapshot;

/**
 * The frame pump sends without waiting for its tick: a snapshot the run announces goes out when the
 * browser is ready for it, and an acknowledgement sends a waiting snapshot in its own response.
 * The fallback tick is an hour here, so everything seen comes from those two paths.
 */
class FramePumpTest {
    /** A run whose snapshots the test publishes. */
    static final class ScriptedRun implements LiveRun {
        volatile LabSnapshot latest = snapshot(0);
        volatile Runnable listener;

        void publish(LabSnapshot s) {
            latest = s;
            Runnable l = listener;
            if (l != null) {
                l.run();
            }
        }

        @Override public void play() { }
        @Override public void pause() { }
        @Override public void stepD() { }
        @Override public void stepG() { }
        @Override public void step() { }
        @Override public void reset() { }
        @Override public void updateLive(ExperimentConfig config) { }
        @Override public void setStepsPerFrame(int steps) { }
        @Override public LabSnapshot latest() { return latest; }
        @Override public float[] metricsAfter(long afterStep) { return new float[0]; }
        @Override public void setSnapshotListener(Runnable l) { listener = l; }
        @Override public void close() { }
    }

    record Drawn(long seq, LabSnapshot snapshot) { }

    private final ScriptedRun run = new ScriptedRun();
    private final List<Drawn> drawn = new CopyOnWriteArrayList<>();
    private FramePump pump;

    static LabSnapshot snapshot(long version) {
        return new LabSnapshot(version, version, version, RunState.RUNNING, "", null, null);
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        pump = new FramePump(UI.getCurrent(), () -> run, (seq, s) -> drawn.add(new Drawn(seq, s)), 3_600_000);
        pump.start();
    }

    @AfterEach
    void tearDown() {
        pump.stop();
        MockVaadin.tearDown();
    }

    @Test
    void anAcknowledgementSendsTheWaitingSnapshotInItsResponse() {
        pump.drawNow();
        assertEquals(1, drawn.size());
        LabSnapshot next = snapshot(1);
        run.publish(next); // the browser still paints frame 1: nothing goes out yet
        MockVaadin.clientRoundtrip();
        assertEquals(1, drawn.size());
        pump.acknowledged(drawn.get(0).seq());
        assertEquals(2, drawn.size(), "sent at once, with the acknowledgement's response");
        assertSame(next, drawn.get(1).snapshot());
        pump.acknowledged(drawn.get(0).seq()); // a stale acknowledgement changes nothing
        assertEquals(2, drawn.size());
    }

    @Test
    void aNewSnapshotGoesOutWhenTheBrowserIsReady() throws InterruptedException {
        pump.drawNow();
        pump.acknowledged(drawn.get(0).seq());
        assertEquals(1, drawn.size(), "nothing new to send");
        LabSnapshot next = snapshot(1);
        run.publish(next);
        for (int i = 0; i < 1000 && drawn.size() < 2; i++) {
            Thread.sleep(10);
            MockVaadin.clientRoundtrip(); // runs the pump's ui.access task
        }
        assertEquals(2, drawn.size(), "the run's announcement sent the frame (the tick is an hour away)");
        assertSame(next, drawn.get(1).snapshot());
    }

    /** The browser's acknowledgement is a frame-drawn DOM event; one without a numeric seq is ignored. */
    @Test
    void aChartTurnsFrameDrawnEventsIntoAcknowledgements() {
        PlaneChart chart = new PlaneChart();
        UI.getCurrent().add(chart);
        List<Long> acks = new CopyOnWriteArrayList<>();
        chart.addFrameDrawnListener(acks::add);
        elemental.json.JsonObject data = elemental.json.Json.createObject();
        data.put("event.detail.seq", 7);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(chart, "frame-drawn", data);
        assertEquals(List.of(7L), acks);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(chart, "frame-drawn", elemental.json.Json.createObject());
        elemental.json.JsonObject text = elemental.json.Json.createObject();
        text.put("event.detail.seq", "7");
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(chart, "frame-drawn", text);
        assertEquals(List.of(7L), acks, "no seq, or a non-number, is not an acknowledgement");
    }

    @Test
    void aStoppedPumpNoLongerListens() {
        pump.stop();
        assertNull(run.listener);
    }
}
