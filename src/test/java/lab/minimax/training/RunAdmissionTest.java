package lab.minimax.training;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.preset.Presets;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one admission step: the config against the server's limits first, then the owner's caps. */
class RunAdmissionTest {
    private static final long NOW = 1_000_000L;
    private final RunRegistry registry = new RunRegistry();
    private final ExperimentConfig ring8 = Presets.get("ring8-gan").config();

    private static RunLimits perSession(int n) {
        return new RunLimits(0, Overflow.QUEUE, n, 0, 0, 0, Duration.ZERO, Duration.ZERO);
    }

    private String admit(RunAdmission a, ExperimentConfig c, RunOwner owner) {
        return a.admit(c, owner, NOW, () -> {
            registry.register(new FakeRun(owner, NOW));
            return "created";
        }, RunGate.Refusal::message);
    }

    @Test
    void aConfigOverTheLimitsIsRefusedBeforeTheGateAndNamesFieldAndLimit() {
        RunAdmission a = new RunAdmission(new Limits(256, 4, 300, 16, 5000, 10), new RunGate(perSession(1), registry));
        ExperimentConfig big = ring8.withSteps(512, ring8.dSteps(), ring8.scheme());
        String r = admit(a, big, new RunOwner("s", "", NOW));
        assertTrue(r.contains("batchSize") && r.contains("max-batch = 300"), r);
        assertEquals(0, registry.active(), "nothing was created");
        assertEquals("created", admit(a, ring8, new RunOwner("s", "", NOW)), "a refused config takes no place in the cap");
    }

    @Test
    void aValidConfigMeetsTheOwnersCap() {
        RunAdmission a = new RunAdmission(Limits.DEFAULTS, new RunGate(perSession(1), registry));
        RunOwner owner = new RunOwner("s", "", NOW);
        assertEquals("created", admit(a, ring8, owner));
        String second = admit(a, ring8, owner);
        assertFalse(second.equals("created"));
        assertTrue(second.contains("max-runs-per-session = 1"), second);
    }
}
