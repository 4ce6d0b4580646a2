package lab.minimax.live.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.gan.TrainerFactory;
import org.junit.jupiter.api.Test;
import lab.minimax.live.FrameBuilder;

/**
 * Every f-GAN's heatmap is a probability, D̂ = r̂/(1 + r̂) ∈ [0, 1] (even where a clamped head
 * keeps it just off 0 or 1, as for Neyman's σ(V/2) ≥ σ(−20)); the critic games' is their value.
 */
class HeatKindTest {
    @Test
    void fGansDrawAProbabilityAndCriticsTheirValue() {
        for (Divergence d : Divergence.values()) {
            ObjectiveSpec o = new ObjectiveSpec(d, GeneratorLoss.NONSATURATING, 0.01, 0.1, 0, 1, 1, 0);
            FrameBuilder b = new FrameBuilder(TrainerFactory.create(Defaults.CONFIG.withObjective(o)), 1);
            PlaneFrame p = b.plane(b.capture());
            HeatKind expected = d.kind() == Divergence.Kind.F_GAN ? HeatKind.PROBABILITY : HeatKind.CRITIC;
            assertEquals(expected, p.heatKind(), d.id());
            if (expected == HeatKind.PROBABILITY) {
                for (float v : p.heat().values()) {
                    assertTrue(v >= 0 && v <= 1, d.id() + " D̂ = " + v);
                }
            }
        }
    }
}
