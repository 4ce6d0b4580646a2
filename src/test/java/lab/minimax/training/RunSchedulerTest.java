package lab.minimax.training;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The slice length adapts to the number of runs waiting, so every run gets a turn in time. */
class RunSchedulerTest {
    private static final long PARKED = TimeUnit.HOURS.toNanos(1);

    @Test
    void aFewRunsGetFullSlicesManyRunsShorterOnesAndEveryRunATurnWithinTheTurnTime() {
        try (RunScheduler s = new RunScheduler(2)) {
            assertEquals(RunScheduler.SLICE_NANOS, s.sliceNanos(), "an idle pool gives full slices");
            assertEquals(1.0, s.load());
            for (int runs = 1; runs <= 200; runs++) {
                s.submit(() -> { }, PARKED); // a run waiting for its turn (parked far in the future)
                long slice = s.sliceNanos();
                assertTrue(slice >= RunScheduler.MIN_SLICE_NANOS && slice <= RunScheduler.SLICE_NANOS, runs + " runs: " + slice);
                // a full round over the waiting runs and the threads' own, shared by the threads
                long round = slice * (runs + s.threads()) / s.threads();
                if (slice > RunScheduler.MIN_SLICE_NANOS) {
                    assertTrue(round <= RunScheduler.TURN_NANOS + RunScheduler.MIN_SLICE_NANOS,
                            runs + " runs: a turn every " + round / 1e6 + " ms");
                }
                assertEquals((runs + 2) / 2.0, s.load(), 1e-12);
            }
            assertEquals(RunScheduler.MIN_SLICE_NANOS, s.sliceNanos(), "200 runs on 2 threads: the shortest slice");
            assertTrue(s.pendingTasks() >= 200);
        }
    }
}
