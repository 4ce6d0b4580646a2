package lab.minimax.live;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunScheduler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Fixture of the engine-run tests: one training thread for the class, a fresh registry per test, ring8. */
public abstract class EngineLiveRunFixture {
    public static RunScheduler scheduler;
    public final RunRegistry registry = new RunRegistry();

    @BeforeAll
    static void pool() {
        scheduler = new RunScheduler(1);
    }

    @AfterAll
    static void shut() {
        scheduler.close();
    }

    protected static ExperimentConfig ring8() {
        return Presets.get("ring8-gan").config();
    }
}
