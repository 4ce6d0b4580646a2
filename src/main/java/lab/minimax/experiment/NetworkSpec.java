package lab.minimax.experiment;

import java.util.List;

/**
 * An MLP's hidden part: 0–4 hidden layers of width 1–256 each, one activation between layers
 * (the output layer is affine). The input and output sizes follow from the target and noise.
 *
 * @param hidden     hidden widths, input side first
 * @param activation the hidden activation
 */
public record NetworkSpec(List<Integer> hidden, ActivationName activation) {
    public NetworkSpec {
        hidden = List.copyOf(hidden);
    }

    public int[] hiddenArray() {
        return hidden.stream().mapToInt(Integer::intValue).toArray();
    }
}
