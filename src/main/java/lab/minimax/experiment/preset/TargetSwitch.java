package lab.minimax.experiment.preset;

import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.TargetSpec;

/**
 * What the form does when the student picks another target. Between the 1D and 2D targets only the
 * target changes: the networks read and write the target's dimension. Between a 1D/2D target and an
 * image target the networks cannot carry over (an image needs 784-wide layers, a tanh or sigmoid
 * output and more noise; a 2D target refuses all three), so the noise, both networks, the batch
 * size and conditioning are taken from the kind's reference config ({@code mnist-gan} for images,
 * the lab's defaults otherwise), and the entropy regulariser (a k-NN estimate for 1D and 2D) is
 * switched off on images. The rest of the objective, the optimisers, k, the scheme, the schedule,
 * the seed and the train mode stay as the student set them.
 */
public final class TargetSwitch {
    private TargetSwitch() {
    }

    /** {@code c} on target {@code t}, with networks that fit it. */
    public static ExperimentConfig retarget(ExperimentConfig c, TargetSpec t) {
        if (c.target().isImage() == t.isImage()) {
            return c.withTarget(t);
        }
        ExperimentConfig ref = t.isImage() ? Presets.get("mnist-gan").config() : Defaults.CONFIG;
        ExperimentConfig fitted = t.isImage() ? c.withObjective(c.objective().withEntropyWeight(0)) : c;
        return fitted.withTarget(t)
                .withNetworks(ref.noise(), ref.generator(), ref.discriminator())
                .withSteps(ref.batchSize(), c.dSteps(), c.scheme())
                .withConditional(ref.conditional());
    }
}
