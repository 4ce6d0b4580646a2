package lab.minimax.ui;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.session.RunRegistry;
import lab.minimax.session.RunScheduler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Fixture of the engine-run tests: one training thread for the class, a fresh registry per test, ring8. */
abstract class EngineRunFixture {
    static RunScheduler scheduler;
    final RunRegistry registry = new RunRegistry();

    @BeforeAll
    static void pool() {
        scheduler = new RunScheduler(1);
    }

    @AfterAll
    static void shut() {
        scheduler.close();
    }

    static ExperimentConfig ring8() {
        return Presets.get("ring8-gan").config();
    }
}
