package lab.minimax.training;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.TrainMode;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.TrainerFactory;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lesson 1 (trainMode = d-only): "Step G" measures the frozen generator and moves nothing; no false divergence. */
class FrozenGeneratorStepTest {
    private static float[][] copy(float[][] p) {
        float[][] c = new float[p.length][];
        for (int i = 0; i < p.length; i++) {
            c[i] = Arrays.copyOf(p[i], p[i].length);
        }
        return c;
    }

    @Test
    void stepGOnAFrozenGeneratorMeasuresItWithoutDivergingOrMovingIt() {
        ExperimentConfig lesson = Presets.get("lesson-optimal-d-2d").config();
        assertEquals(TrainMode.DISCRIMINATOR_ONLY, lesson.trainMode());
        try (RunScheduler scheduler = new RunScheduler(1)) {
            TrainingRun run = new TrainingRun(scheduler, TrainerFactory::create, lesson);
            float[][] before = run.read(t -> copy(t.generator().parameters()));
            run.stepGenerator();
            assertEquals(RunState.PAUSED, run.state(), run.reason());
            assertEquals("", run.reason());
            double lossG = run.read(t -> t.stats().lossG);
            assertTrue(Double.isFinite(lossG), "L_G of the frozen generator is measured: " + lossG);
            assertEquals(0L, (long) run.read(t -> t.generatorSteps()), "a measurement, not a step of the game");
            float[][] after = run.read(t -> copy(t.generator().parameters()));
            for (int i = 0; i < before.length; i++) {
                assertArrayEquals(before[i], after[i], "the frozen generator did not move (array " + i + ")");
            }
        }
    }
}
