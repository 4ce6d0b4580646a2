package lab.minimax.experiment.config;

import java.util.List;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.NetworkKind;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.OutputActivation;
import lab.minimax.experiment.TargetCatalog;

/**
 * The rules between the networks' fields and the target: a conv net has exactly
 * {@link ConfigFields#CONV_STAGES} channel counts and trains on 28 × 28 images, an MLP has none;
 * the generator's tanh / sigmoid outputs and conditioning on labels are for the labelled image
 * target ({@code mnist}). A conditional run feeds the one-hot label to D by concatenation with
 * its input, which only an MLP discriminator takes. The entropy regulariser (a k-NN estimate) is
 * for the 1D and 2D targets. Each problem is reported on its own field (lenient parsing then
 * resets each of them to its default).
 */
final class NetworkRules {
    private NetworkRules() {
    }

    private static final String FOR_IMAGES = "they are for the image target (target.name = " + TargetCatalog.MNIST + ")";

    static void check(ExperimentConfig c, ErrorCollector errors) {
        boolean image = c.target() != null && c.target().isImage();
        network("generator", c.generator(), image, errors);
        network("discriminator", c.discriminator(), image, errors);
        OutputActivation out = c.generator().output();
        if (!image && out != null && out != OutputActivation.LINEAR) {
            errors.add("generator.output", "must be linear on a 1D or 2D target: tanh and sigmoid outputs are for "
                    + "images (got " + out.id() + ")");
        }
        if (c.discriminator().batchNorm()) {
            errors.add("discriminator.batchNorm", "must be false: batch norm is for a conv generator only; "
                    + "the discriminator takes none (it mixes the real and fake samples of a batch)");
        }
        if (c.generator().batchNorm() && c.generator().kind() != NetworkKind.CONV) {
            errors.add("generator.batchNorm", "must be false unless generator.kind = conv: batch norm follows "
                    + "the conv generator's dense layer and first transposed convolution");
        }
        if (c.conditional()) {
            if (!image) {
                errors.add("conditional", "must be false: conditioning on labels needs a labelled target, and "
                        + "only the image target (target.name = " + TargetCatalog.MNIST + ") has labels");
            } else if (c.discriminator().kind() == NetworkKind.CONV) {
                errors.add("discriminator.kind", "must be mlp when conditional = true: the label is concatenated "
                        + "with D's input, which a conv discriminator does not take");
            }
        }
        if (image && c.objective() != null && c.objective().entropyWeight() > 0) {
            errors.add("objective.entropyWeight", "must be 0 on an image target: the k-nearest-neighbour entropy "
                    + "estimate is for the 1D and 2D targets (got " + NumberText.format(c.objective().entropyWeight()) + ")");
        }
    }

    private static void network(String name, NetworkSpec n, boolean image, ErrorCollector errors) {
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
        if (!image) {
            errors.add(name + ".kind", "must be mlp on a 1D or 2D target: conv networks train on 28 × 28 images, and "
                    + FOR_IMAGES);
            if (!ch.isEmpty()) {
                errors.add(name + ".channels", "must be empty on a 1D or 2D target: channel counts belong to a conv "
                        + "net, and " + FOR_IMAGES);
            }
            return;
        }
        if (ch.size() != ConfigFields.CONV_STAGES) {
            errors.add(name + ".channels", "must hold " + ConfigFields.CONV_STAGES + " channel counts for " + name
                    + ".kind = conv, one per stage (7×7 and 14×14), e.g. 64,32 (got " + (ch.isEmpty() ? "none" : join(ch)) + ")");
        }
    }

    private static String join(List<Integer> ch) {
        return String.join(",", ch.stream().map(String::valueOf).toList());
    }
}
