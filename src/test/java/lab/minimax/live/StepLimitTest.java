package lab.minimax.live;

import lab.minimax.experiment.preset.Presets;
import lab.minimax.grading.Claim;
import lab.minimax.training.RunState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An assignment's step budget: Play stops at exactly the limit, paused with the reason; a single
 * step or G update there does nothing, a D update still may; the claim is at the limit; a reset
 * keeps the limit; the newest frame shows where it stopped.
 */
class StepLimitTest extends EngineLiveRunFixture {
    @Test
    void playStopsAtExactlyTheLimitAndTheClaimIsThere() throws InterruptedException {
        EngineLiveRun run = new EngineLiveRun(scheduler, registry, Presets.get("ring8-gan").config());
        try {
            run.setStepsPerFrame(1000);
            run.setStepLimit(137);
            run.play();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (run.trainingRun().state() == RunState.RUNNING && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(RunState.PAUSED, run.trainingRun().state());
            assertEquals(137, gSteps(run));
            assertTrue(run.trainingRun().reason().contains("137"), run.trainingRun().reason());
            while (run.latest().state() == RunState.RUNNING && System.nanoTime() < deadline) {
                Thread.sleep(5); // the frame is made right after the slice that stopped, outside the run's lock
            }
            assertEquals(137, run.latest().gSteps(), "the page's newest frame shows the step it stopped at");
            assertEquals(RunState.PAUSED, run.latest().state());
            run.step();
            run.stepG();
            run.play();
            assertEquals(137, gSteps(run), "no step past the limit");
            assertEquals(RunState.PAUSED, run.trainingRun().state());
            Claim claim = run.claim();
            assertNotNull(claim, run.notSubmittableReason());
            assertEquals(137, claim.step());
            run.reset();
            for (int i = 0; i < 140; i++) {
                run.step();
            }
            assertEquals(137, gSteps(run), "a reset keeps the limit");
        } finally {
            run.close();
        }
    }

    private static long gSteps(EngineLiveRun run) {
        return run.trainingRun().read(t -> t.generatorSteps());
    }
}
