package lab.minimax.experiment.config;

import java.util.List;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.NetworkKind;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.OutputActivation;

/**
 * The rules between the networks' fields and the target: a conv net has exactly
 * {@link ConfigFields#CONV_STAGES} channel counts and trains on 28 × 28 images, an MLP has none;
 * the generator's tanh / sigmoid outputs and conditioning on labels are for labelled images.
 * This build has no image target yet, so those settings are refused on every target, each on its
 * own field (lenient parsing then resets each of them to its default).
 */
final class NetworkRules {
    private NetworkRules() {
    }

    private static final String NO_IMAGES = "this build has no image target yet";

    static void check(ExperimentConfig c, ErrorCollector errors) {
        network("generator", c.generator(), errors);
        network("discriminator", c.discriminator(), errors);
        if (c.generator().output() != null && c.generator().output() != OutputActivation.LINEAR) {
            errors.add("generator.output", "must be linear on a 1D or 2D target: tanh and sigmoid outputs are for "
                    + "images, and " + NO_IMAGES + " (got " + c.generator().output().id() + ")");
        }
        if (c.conditional()) {
            errors.add("conditional", "must be false: conditioning on labels needs a labelled image target, and "
                    + NO_IMAGES);
        }
    }

    private static void network(String name, NetworkSpec n, ErrorCollector errors) {
        if (n.kind() == null || n.channels() == null) {
            return; // reported as a field error
        }
        List<Integer> ch = n.channels();
        if (n.kind() == NetworkKind.MLP) {
            if (!ch.isEmpty()) {
                errors.add(name + ".channels", "must be empty for " + name + ".kind = mlp (got " + join(ch)
                        + "); channel counts belong to a conv net");
            }
            return;
        }
        errors.add(name + ".kind", "must be mlp: conv networks train on 28 × 28 images, and " + NO_IMAGES);
        if (!ch.isEmpty()) {
            errors.add(name + ".channels", "must be empty: channel counts belong to a conv net, and " + NO_IMAGES);
        }
    }

    private static String join(List<Integer> ch) {
        return String.join(",", ch.stream().map(String::valueOf).toList());
    }
}
