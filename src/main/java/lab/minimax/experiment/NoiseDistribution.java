package lab.minimax.experiment;

/** Distribution of the latent noise z. */
public enum NoiseDistribution implements Named {
    GAUSSIAN("gaussian"), UNIFORM("uniform");

    private final String id;

    NoiseDistribution(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
