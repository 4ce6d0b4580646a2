package lab.minimax.training;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Idle runs and runs of over-age sessions are stopped with their reason; active ones are left alone. */
class RunReaperTest {
    private final RunRegistry registry = new RunRegistry();

    private static RunLimits limits(Duration idle, Duration lifetime) {
        return new RunLimits(0, Overflow.QUEUE, 0, 0, 0, 0, idle, lifetime);
    }

    @Test
    void aRunWithoutActivityForTheTimeoutStopsWithItsReasonAndAnActiveOneDoesNot() {
        long now = 1_000_000L;
        RunGate gate = new RunGate(limits(Duration.ofMinutes(15), Duration.ZERO), registry);
        RunReaper reaper = new RunReaper(registry, gate);
        FakeRun idle = new FakeRun(RunOwner.UNKNOWN, now);
        FakeRun busy = new FakeRun(RunOwner.UNKNOWN, now);
        registry.register(idle);
        registry.register(busy);
        long later = now + Duration.ofMinutes(15).toMillis();
        busy.lastActivityMillis = later - 1;
        assertEquals(0, reaper.sweep(later - 1), "not yet");
        assertEquals(1, reaper.sweep(later));
        assertNull(busy.stoppedWith);
        assertTrue(idle.stoppedWith.contains("no activity for 15 min"), idle.stoppedWith);
        assertTrue(idle.stoppedWith.contains("idle-timeout"), idle.stoppedWith);
        assertEquals(1, registry.active(), "the stopped run left the registry");
    }

    @Test
    void runsOfASessionOlderThanTheLifetimeStopEvenWhenActive() {
        long born = 5_000_000L;
        RunGate gate = new RunGate(limits(Duration.ZERO, Duration.ofHours(4)), registry);
        RunReaper reaper = new RunReaper(registry, gate);
        RunOwner owner = new RunOwner("s", "10.1.1.1", born);
        FakeRun[] made = new FakeRun[1];
        gate.admit(owner, born, () -> {
            made[0] = new FakeRun(owner, born);
            return registry.register(made[0]);
        }, r -> null);
        long end = born + Duration.ofHours(4).toMillis();
        made[0].lastActivityMillis = end;
        assertEquals(0, reaper.sweep(end - 1));
        assertEquals(1, reaper.sweep(end));
        assertTrue(made[0].stoppedWith.contains("4 h"), made[0].stoppedWith);
    }

    @Test
    void theRunningReaperStopsAnIdleRunAfterAShortConfiguredTimeout() throws InterruptedException {
        RunGate gate = new RunGate(limits(Duration.ofMillis(300), Duration.ZERO), registry);
        try (RunReaper reaper = new RunReaper(registry, gate)) {
            assertEquals(50, reaper.defaultPeriodMillis());
            FakeRun run = new FakeRun(RunOwner.UNKNOWN, System.currentTimeMillis());
            registry.register(run);
            reaper.start(reaper.defaultPeriodMillis());
            long deadline = System.nanoTime() + 10_000_000_000L; // against a hang, not a timing assertion
            while (run.stoppedWith == null && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(run.stoppedWith != null && run.stoppedWith.contains("no activity for 300 ms"),
                    "stopped with: " + run.stoppedWith);
            assertEquals(0, registry.active());
        }
    }
}
