package lab.minimax.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented default configuration: what a missing key in JSON or a URL means, and what an
 * invalid URL parameter is replaced by in lenient parsing.
 *
 * <pre>
 * v 1 (CURRENT_VERSION)
 * target            ring8, radius 2, sd 0.02
 * noise             dim 2, gaussian
 * generator         hidden [64, 64], relu
 * discriminator     hidden [64, 64], relu
 * objective         gan, nonsaturating, clip 0.01, lambda 0.1, a 0, b 1, c 1, entropyWeight 0
 * optimizer         generator and discriminator: adam, lr 0.001, beta1 0.5, beta2 0.999, momentum 0;
 *                   schedule constant, decaySteps 20000
 * batchSize 256, dSteps 1, scheme alternating, seed 1, trainMode both
 * </pre>
 *
 * A target's own parameters default to the values of {@link TargetCatalog}. These defaults belong
 * to schema version {@link ExperimentConfig#CURRENT_VERSION}: changing one changes the meaning of
 * links and files that omit the key, so it needs a new version.
 */
public final class Defaults {
    private Defaults() {
    }

    public static final String TARGET = "ring8";
    public static final int NOISE_DIM = 2;
    public static final NoiseDistribution NOISE_DISTRIBUTION = NoiseDistribution.GAUSSIAN;
    public static final List<Integer> HIDDEN = List.of(64, 64);
    public static final ActivationName ACTIVATION = ActivationName.RELU;
    public static final Divergence DIVERGENCE = Divergence.GAN;
    public static final GeneratorLoss GENERATOR_LOSS = GeneratorLoss.NONSATURATING;
    public static final double CLIP = 0.01;
    public static final double LAMBDA = 0.1;
    public static final double LSGAN_A = 0;
    public static final double LSGAN_B = 1;
    public static final double LSGAN_C = 1;
    public static final OptimizerParams OPTIMIZER = new OptimizerParams(OptimizerName.ADAM, 1e-3, 0.5, 0.999, 0);
    public static final Schedule SCHEDULE = Schedule.CONSTANT;
    public static final int DECAY_STEPS = 20_000;
    public static final int BATCH_SIZE = 256;
    public static final int D_STEPS = 1;
    public static final Scheme SCHEME = Scheme.ALTERNATING;
    public static final long SEED = 1;
    public static final double ENTROPY_WEIGHT = 0;
    public static final TrainMode TRAIN_MODE = TrainMode.BOTH;

    /** The default configuration (valid under {@link Limits#DEFAULTS}). */
    public static final ExperimentConfig CONFIG = new ExperimentConfig(
            ExperimentConfig.CURRENT_VERSION,
            target(TARGET),
            new NoiseSpec(NOISE_DIM, NOISE_DISTRIBUTION),
            new NetworkSpec(HIDDEN, ACTIVATION),
            new NetworkSpec(HIDDEN, ACTIVATION),
            new ObjectiveSpec(DIVERGENCE, GENERATOR_LOSS, CLIP, LAMBDA, LSGAN_A, LSGAN_B, LSGAN_C, ENTROPY_WEIGHT),
            new OptimizerSpec(OPTIMIZER, OPTIMIZER, SCHEDULE, DECAY_STEPS),
            BATCH_SIZE, D_STEPS, SCHEME, SEED, TRAIN_MODE);

    /**
     * The target {@code name} with every catalogue parameter set to its default (no points).
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static TargetSpec target(String name) {
        Map<String, Double> params = new LinkedHashMap<>();
        for (ParamDef p : TargetCatalog.get(name).params()) {
            params.put(p.name(), p.defaultValue());
        }
        return new TargetSpec(name, params, null);
    }

    /**
     * The default configuration brought inside {@code limits}: noise dimension, hidden depth and
     * widths, batch size and D steps are capped at the operator's maxima. Equal to {@link #CONFIG}
     * under {@link Limits#DEFAULTS} (or any larger limits). Missing keys take these values.
     */
    public static ExperimentConfig forLimits(Limits limits) {
        List<Integer> hidden = HIDDEN.stream().limit(limits.maxDepth())
                .map(w -> Math.min(w, limits.maxWidth())).toList();
        NetworkSpec net = new NetworkSpec(hidden, ACTIVATION);
        return new ExperimentConfig(CONFIG.v(), CONFIG.target(),
                new NoiseSpec(Math.min(NOISE_DIM, limits.maxNoiseDim()), NOISE_DISTRIBUTION), net, net,
                CONFIG.objective(), CONFIG.optimizer(),
                Math.min(BATCH_SIZE, limits.maxBatch()), Math.min(D_STEPS, limits.maxDSteps()), SCHEME, SEED, TRAIN_MODE);
    }
}
