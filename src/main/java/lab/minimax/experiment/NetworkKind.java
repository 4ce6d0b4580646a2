package lab.minimax.experiment;

/**
 * The kind of a network: a multilayer perceptron, or a DCGAN-style convolutional net for 28 × 28
 * images (G: z → dense → 7×7×C₀ → transposed conv 4×4/2 → 14×14×C₁ → transposed conv 4×4/2 →
 * 28×28×1; D: conv 4×4/2 → 14×14×C₀ → conv 4×4/2 → 7×7×C₁ → dense). An absent key means
 * {@code mlp}, so older links keep their meaning.
 */
public enum NetworkKind implements Named {
    MLP("mlp"),
    CONV("conv");

    private final String id;

    NetworkKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
