package lab.minimax.experiment;

/** Hidden-layer activations (LeakyReLU uses α = 0.2). */
public enum ActivationName implements Named {
    RELU("relu"), LEAKY_RELU("leakyrelu"), TANH("tanh"), ELU("elu"), LINEAR("linear");

    private final String id;

    ActivationName(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
