package lab.minimax.nn;

import java.util.List;

/** The built-in activations by id (the ids of {@code experiment.ActivationName}). */
public final class Activations {
    /** The ids {@link #byId} accepts, in display order. */
    public static final List<String> IDS = List.of("relu", "leakyrelu", "tanh", "elu", "linear");

    /** LeakyReLU's slope for x ≤ 0 in the lab. */
    public static final double LEAKY_RELU_ALPHA = 0.2;

    private Activations() {
    }

    /**
     * @param id one of relu, leakyrelu (α = 0.2), tanh, elu (α = 1), linear
     * @throws IllegalArgumentException naming the allowed ids for anything else
     */
    public static Activation byId(String id) {
        if (id != null) {
            switch (id) {
                case "relu":
                    return new Relu();
                case "leakyrelu":
                    return new LeakyRelu(LEAKY_RELU_ALPHA);
                case "tanh":
                    return new Tanh();
                case "elu":
                    return new Elu(1.0);
                case "linear":
                    return new Linear();
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(
                "activation must be one of " + String.join("|", IDS) + ", got '" + id + "'");
    }
}
