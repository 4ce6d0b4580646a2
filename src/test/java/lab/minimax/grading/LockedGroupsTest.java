package lab.minimax.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.NoiseSpec;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TargetSpec;
import lab.minimax.experiment.preset.Presets;
import org.junit.jupiter.api.Test;

/** {@link LockedGroups}: each group sees its own fields (as the settings form groups them) and names the first that differs. */
class LockedGroupsTest {
    static final ExperimentConfig A = Presets.get("ring8-wgan-gp").config();

    @Test
    void eachGroupNamesItsField() {
        ExperimentConfig grid = A.withTarget(TargetSpec.of("grid25"));
        assertEquals("target.name is locked at ring8 by the assignment; the submission has grid25",
                LockedGroups.difference(A, grid, Set.of("target")));
        NetworkSpec g = A.generator();
        ExperimentConfig wider = A.withNetworks(A.noise(), new NetworkSpec(g.kind(), List.of(64), g.channels(), g.activation(),
                g.output(), g.batchNorm()), A.discriminator());
        assertTrue(LockedGroups.difference(A, wider, Set.of("generator")).startsWith("generator.hidden is locked at ["),
                LockedGroups.difference(A, wider, Set.of("generator")));
        ExperimentConfig noise = A.withNetworks(new NoiseSpec(A.noise().dim(), NoiseDistribution.UNIFORM), A.generator(),
                A.discriminator());
        assertTrue(LockedGroups.difference(A, noise, Set.of("generator")).startsWith("noise.distribution is locked at"));
        ExperimentConfig batch = A.withSteps(A.batchSize() * 2, A.dSteps(), Scheme.SIMULTANEOUS);
        assertEquals("batchSize is locked at " + A.batchSize() + " by the assignment; the submission has " + 2 * A.batchSize(),
                LockedGroups.difference(A, batch, Set.of("training")));
        for (String other : List.of("target", "objective", "generator", "discriminator", "optimizers")) {
            assertNull(LockedGroups.difference(A, batch, Set.of(other)), other + " does not hold the batch size");
        }
        assertNull(LockedGroups.difference(A, batch, Set.of()), "nothing locked");
        assertNull(LockedGroups.difference(A, A, Set.copyOf(LockedGroups.NAMES)), "the same config");
    }

    @Test
    void theGroupsAreTheFormsAndTheirFieldsAreListed() {
        assertEquals(List.of("target", "objective", "generator", "discriminator", "optimizers", "training"), LockedGroups.NAMES);
        assertTrue(LockedGroups.fieldsOf("training").containsAll(List.of("batchSize", "dSteps", "scheme", "seed",
                "optimizer.schedule", "optimizer.decaySteps", "trainMode")));
        assertTrue(LockedGroups.fieldsOf("optimizers").contains("optimizer.discriminator.lr"));
        assertThrows(IllegalArgumentException.class, () -> LockedGroups.fieldsOf("preset"));
    }
}
