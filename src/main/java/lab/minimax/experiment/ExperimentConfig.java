package lab.minimax.experiment;

import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.config.ConfigUrl;
import lab.minimax.experiment.config.ConfigValidator;

/**
 * The single description of a run. Immutable; it round-trips losslessly through the UI form, the
 * URL query string ({@link ConfigUrl}) and JSON ({@link ConfigJson}). A config that reaches the
 * engine has passed {@link ConfigValidator} (every field inside its allowed range).
 *
 * @param v             schema version (links and files made today still open after the format grows)
 * @param target        target distribution and its parameters
 * @param noise         latent noise z
 * @param generator     G's hidden layers and activation
 * @param discriminator D's hidden layers and activation
 * @param objective     divergence and its constants
 * @param optimizer     one optimizer per network plus the learning-rate schedule
 * @param batchSize     B real and B generated samples per step, 1–4096
 * @param dSteps        k discriminator updates per generator update, 1–10
 * @param scheme        alternating or simultaneous gradient descent–ascent
 * @param seed          the run's seed: same config + same seed = the same run, bit for bit
 * @param trainMode     train both networks, or D only against a frozen generator (absent = both)
 * @param conditional   G and D also get the sample's label, one-hot (Mirza and Osindero 2014;
 *                      labelled targets only; absent = false)
 */
public record ExperimentConfig(
        int v,
        TargetSpec target,
        NoiseSpec noise,
        NetworkSpec generator,
        NetworkSpec discriminator,
        ObjectiveSpec objective,
        OptimizerSpec optimizer,
        int batchSize,
        int dSteps,
        Scheme scheme,
        long seed,
        TrainMode trainMode,
        boolean conditional) {

    /** The schema version written by this build. */
    public static final int CURRENT_VERSION = 1;

    /** A config that trains both networks (the schema before {@code trainMode} existed). */
    public ExperimentConfig(int v, TargetSpec target, NoiseSpec noise, NetworkSpec generator,
                            NetworkSpec discriminator, ObjectiveSpec objective, OptimizerSpec optimizer,
                            int batchSize, int dSteps, Scheme scheme, long seed) {
        this(v, target, noise, generator, discriminator, objective, optimizer, batchSize, dSteps, scheme, seed,
                TrainMode.BOTH);
    }

    /** An unconditional config (the schema before {@code conditional} existed). */
    public ExperimentConfig(int v, TargetSpec target, NoiseSpec noise, NetworkSpec generator,
                            NetworkSpec discriminator, ObjectiveSpec objective, OptimizerSpec optimizer,
                            int batchSize, int dSteps, Scheme scheme, long seed, TrainMode trainMode) {
        this(v, target, noise, generator, discriminator, objective, optimizer, batchSize, dSteps, scheme, seed,
                trainMode, false);
    }

    public ExperimentConfig withConditional(boolean on) {
        return new ExperimentConfig(v, target, noise, generator, discriminator, objective, optimizer,
                batchSize, dSteps, scheme, seed, trainMode, on);
    }

    public ExperimentConfig withTrainMode(TrainMode mode) {
        return new ExperimentConfig(v, target, noise, generator, discriminator, objective, optimizer,
                batchSize, dSteps, scheme, seed, mode, conditional);
    }

    public ExperimentConfig withSeed(long newSeed) {
        return new ExperimentConfig(v, target, noise, generator, discriminator, objective, optimizer,
                batchSize, dSteps, scheme, newSeed, trainMode, conditional);
    }

    public ExperimentConfig withObjective(ObjectiveSpec o) {
        return new ExperimentConfig(v, target, noise, generator, discriminator, o, optimizer,
                batchSize, dSteps, scheme, seed, trainMode, conditional);
    }

    public ExperimentConfig withTarget(TargetSpec t) {
        return new ExperimentConfig(v, t, noise, generator, discriminator, objective, optimizer,
                batchSize, dSteps, scheme, seed, trainMode, conditional);
    }

    public ExperimentConfig withOptimizer(OptimizerSpec o) {
        return new ExperimentConfig(v, target, noise, generator, discriminator, objective, o,
                batchSize, dSteps, scheme, seed, trainMode, conditional);
    }

    public ExperimentConfig withSteps(int newBatchSize, int newDSteps, Scheme newScheme) {
        return new ExperimentConfig(v, target, noise, generator, discriminator, objective, optimizer,
                newBatchSize, newDSteps, newScheme, seed, trainMode, conditional);
    }

    public ExperimentConfig withNetworks(NoiseSpec n, NetworkSpec g, NetworkSpec d) {
        return new ExperimentConfig(v, target, n, g, d, objective, optimizer, batchSize, dSteps, scheme, seed, trainMode, conditional);
    }
}
