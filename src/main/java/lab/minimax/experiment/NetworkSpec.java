package lab.minimax.experiment;

import java.util.List;

/**
 * A network of G or D: its kind, 0–4 hidden dense layers of width 1–256 each, for a conv net the
 * channel counts of its two convolutional stages, one activation between layers, and (G only) the
 * output activation. The input and output sizes follow from the target and noise.
 *
 * @param kind       multilayer perceptron or DCGAN-style conv net
 * @param hidden     hidden dense widths, input side first
 * @param channels   a conv net's channels C₀, C₁ (empty for an MLP)
 * @param activation the hidden activation
 * @param output     the output activation (always linear for D)
 * @param batchNorm  batch norm after G's dense layer and first transposed convolution (a conv G only;
 *                   the validator refuses it on D and on an MLP)
 */
public record NetworkSpec(NetworkKind kind, List<Integer> hidden, List<Integer> channels, ActivationName activation,
                          OutputActivation output, boolean batchNorm) {
    public NetworkSpec {
        hidden = List.copyOf(hidden);
        channels = List.copyOf(channels);
    }

    /** A network without batch norm. */
    public NetworkSpec(NetworkKind kind, List<Integer> hidden, List<Integer> channels, ActivationName activation,
                       OutputActivation output) {
        this(kind, hidden, channels, activation, output, false);
    }

    /** An MLP with an affine output. */
    public NetworkSpec(List<Integer> hidden, ActivationName activation) {
        this(NetworkKind.MLP, hidden, List.of(), activation, OutputActivation.LINEAR);
    }

    public int[] hiddenArray() {
        return hidden.stream().mapToInt(Integer::intValue).toArray();
    }
}
