package lab.minimax.ops;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import lab.minimax.training.FakeRun;
import lab.minimax.training.RunEvents;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lab's meters read the run registry and count the run events. */
class LabMetersTest {
    @Test
    void gaugesCountRunsByStateAndSumTheirRates() {
        RunRegistry runs = new RunRegistry();
        runs.register(new FakeRun("a", RunState.RUNNING, 120.5, 0, 0, 0));
        runs.register(new FakeRun("b", RunState.RUNNING, 79.5, 0, 0, 0));
        runs.register(new FakeRun("c", RunState.PAUSED, 0, 0, 0, 0));
        runs.register(new FakeRun("d", RunState.QUEUED, 0, 0, 0, 1));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        new LabMeters(runs, () -> 5).bindTo(meters);
        assertEquals(5, meters.get("minimax.sessions.active").gauge().value());
        assertEquals(3, meters.get("minimax.runs.active").gauge().value());
        assertEquals(2, meters.get("minimax.runs.training").gauge().value());
        assertEquals(1, meters.get("minimax.runs.queued").gauge().value());
        assertEquals(200.0, meters.get("minimax.training.steps.per.second").gauge().value(), 1e-12);
        runs.stopAll("test");
        assertEquals(0, meters.get("minimax.runs.active").gauge().value());
    }

    @Test
    void countersFollowTheEventsWhileSubscribed() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        LabMeters m = new LabMeters(new RunRegistry(), () -> 0);
        m.bindTo(meters);
        m.subscribe();
        try {
            RunEvents.all().runStarted();
            RunEvents.all().runStarted();
            RunEvents.all().runStopped("released");
            RunEvents.all().runFailed("boom");
            RunEvents.all().runDiverged("NaN");
            for (int i = 0; i < 7; i++) {
                RunEvents.all().framePushed();
            }
        } finally {
            m.unsubscribe();
        }
        RunEvents.all().runStarted();
        assertEquals(2, meters.get("minimax.runs.started").counter().count());
        assertEquals(1, meters.get("minimax.runs.stopped").counter().count());
        assertEquals(1, meters.get("minimax.runs.failed").counter().count());
        assertEquals(1, meters.get("minimax.runs.diverged").counter().count());
        assertEquals(7, meters.get("minimax.frames").counter().count());
    }
}
