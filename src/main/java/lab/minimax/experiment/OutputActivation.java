package lab.minimax.experiment;

/**
 * The generator's output activation: affine for the 1D and 2D targets, tanh (pixels in [−1, 1]) or
 * sigmoid (pixels in [0, 1]) for images. The discriminator's output is always affine; the
 * objective's head acts on it. An absent key means {@code linear}.
 */
public enum OutputActivation implements Named {
    LINEAR("linear"),
    TANH("tanh"),
    SIGMOID("sigmoid");

    private final String id;

    OutputActivation(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
