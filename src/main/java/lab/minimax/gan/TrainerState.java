package lab.minimax.gan;

import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.Scheme;
import lab.minimax.gan.objective.FGanObjective;
import lab.minimax.gan.objective.Objective;
import lab.minimax.nn.Adam;
import lab.minimax.nn.Network;
import lab.minimax.nn.Optimizer;
import lab.minimax.random.SplitMix64;

/**
 * Everything of a {@link Trainer} that its future steps read, copied out between two steps
 * ({@link #of}) and copied into a trainer of the same config ({@link #applyTo}), whose next steps
 * are then those the captured trainer would have taken, bit for bit. The rest of a trainer is a
 * function of its config (the target, the networks' structure, the optimisers' β and ε, the
 * schedule, the batch size) or scratch that every update overwrites before reading it (forward
 * caches, gradient buffers, the batches X, Z, X̃).
 *
 * <p>The arrays are copies, owned by this value (records compare arrays by identity: compare the
 * checkpoint bytes instead).
 *
 * @param generatorSteps     the step counter, also the schedule's t ({@link Trainer#generatorSteps()})
 * @param discriminatorSteps the D updates so far
 * @param dataStream         the state of the run's one data stream ({@link SplitMix64#state()}); the
 *                           Gaussian and exponential ziggurats cache nothing between draws
 * @param settings           the live settings and the generator-loss variant
 * @param stats              the last update's {@link StepStats}, in the order of {@link #STATS}
 * @param labels             the last real batch's digits (conditional runs, B of them), else an empty array
 * @param generator          G's parameter arrays ({@link Network#parameters()}: weights, biases, batch
 *                           norms' γ and β; batch norm keeps no running statistics here)
 * @param discriminator      D's parameter arrays
 * @param generatorOptimizer G's optimiser
 * @param discriminatorOptimizer D's optimiser
 */
public record TrainerState(long generatorSteps, long discriminatorSteps, long dataStream, Settings settings,
                           double[] stats, int[] labels, float[][] generator, float[][] discriminator,
                           OptimizerState generatorOptimizer, OptimizerState discriminatorOptimizer) {

    /** The names of {@link #stats}, in order. */
    public static final String[] STATS = {"lossD", "lossG", "bound", "penalty", "gradNormD", "gradNormG", "entropy"};

    /**
     * The {@link TrainerSettings} and the objective's live part.
     *
     * @param dSteps          k
     * @param scheme          the update scheme (fixed per run: a restore requires the trainer's own)
     * @param lrG             G's learning rate before the schedule
     * @param lrD             D's learning rate before the schedule
     * @param generatorFrozen {@link TrainerSettings#generatorFrozen()}
     * @param entropyWeight   β
     * @param generatorLoss   the f-GAN objective's generator loss, null for the critic games (WGAN,
     *                        WGAN-GP, LSGAN, hinge), which have none
     */
    public record Settings(int dSteps, Scheme scheme, double lrG, double lrD, boolean generatorFrozen,
                           double entropyWeight, GeneratorLoss generatorLoss) {
    }

    /**
     * An optimiser's state.
     *
     * @param learningRate the rate of its next step (after the schedule)
     * @param steps        {@link Optimizer#stepCount()} (Adam's t)
     * @param arrays       {@link Optimizer#state()} (copies)
     */
    public record OptimizerState(double learningRate, long steps, float[][] arrays) {
        static OptimizerState of(Optimizer o) {
            return new OptimizerState(o.learningRate(), o.stepCount(), copy(o.state()));
        }

        void applyTo(Optimizer o) {
            o.setLearningRate(learningRate);
            o.setStepCount(steps);
            copyInto(arrays, o.state(), "optimizer state");
        }
    }

    /**
     * The state of {@code t} (between steps, under the run's lock).
     *
     * @throws IllegalArgumentException when t's data stream is not a {@link SplitMix64}, whose state is readable
     */
    public static TrainerState of(Trainer t) {
        if (!(t.dataStream() instanceof SplitMix64 rng)) {
            throw new IllegalArgumentException("a trainer whose data stream is not a SplitMix64 cannot be captured ("
                    + t.dataStream().getClass().getSimpleName() + ")");
        }
        TrainerSettings s = t.settings();
        Settings settings = new Settings(s.dSteps(), s.scheme(), s.baseGeneratorLearningRate(),
                s.baseDiscriminatorLearningRate(), s.generatorFrozen(), s.entropyWeight(), generatorLoss(t.objective()));
        StepStats st = t.stats();
        double[] stats = {st.lossD, st.lossG, st.bound, st.penalty, st.gradNormD, st.gradNormG, st.entropy};
        int[] labels = t.conditional() ? t.batchLabels().clone() : new int[0];
        return new TrainerState(t.generatorSteps(), t.discriminatorSteps(), rng.state(), settings, stats, labels,
                copy(t.generator().parameters()), copy(t.discriminator().parameters()),
                OptimizerState.of(t.generatorOptimizer()), OptimizerState.of(t.discriminatorOptimizer()));
    }

    /** The generator-loss variant of an f-GAN objective, null for an objective that has none. */
    public static GeneratorLoss generatorLoss(Objective o) {
        return o instanceof FGanObjective f ? f.generatorLossKind() : null;
    }

    /**
     * Writes this state into {@code t}, a trainer of the same config (any seed; typically fresh from
     * {@link TrainerFactory}). Checks everything first, so a refused state leaves t unchanged.
     *
     * @throws IllegalArgumentException naming the first part that does not fit t (a shape, the
     *                                  scheme, the objective's kind, or a setting out of its range)
     */
    public void applyTo(Trainer t) {
        String problem = misfit(t);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        SplitMix64 rng = (SplitMix64) t.dataStream();
        copyInto(generator, t.generator().parameters(), "generator");
        copyInto(discriminator, t.discriminator().parameters(), "discriminator");
        generatorOptimizer.applyTo(t.generatorOptimizer());
        discriminatorOptimizer.applyTo(t.discriminatorOptimizer());
        rng.setState(dataStream);
        t.restoreStepCounters(generatorSteps, discriminatorSteps);
        TrainerSettings s = t.settings();
        s.setDSteps(settings.dSteps());
        s.setLearningRates(settings.lrG(), settings.lrD());
        s.setGeneratorFrozen(settings.generatorFrozen());
        s.setEntropyWeight(settings.entropyWeight());
        if (t.objective() instanceof FGanObjective f && f.generatorLossKind() != settings.generatorLoss()) {
            t.setObjective(new FGanObjective(f.divergence(), settings.generatorLoss()));
        }
        if (labels.length > 0) {
            System.arraycopy(labels, 0, t.batchLabels(), 0, labels.length);
        }
        StepStats st = t.stats();
        st.lossD = stats[0];
        st.lossG = stats[1];
        st.bound = stats[2];
        st.penalty = stats[3];
        st.gradNormD = stats[4];
        st.gradNormG = stats[5];
        st.entropy = stats[6];
    }

    /** Why this state cannot be written into t, or null when it fits. */
    String misfit(Trainer t) {
        if (!sameShapes(generator, t.generator().parameters())) {
            return "the generator's parameters do not have the trainer's shapes";
        }
        if (!sameShapes(discriminator, t.discriminator().parameters())) {
            return "the discriminator's parameters do not have the trainer's shapes";
        }
        if (!sameShapes(generatorOptimizer.arrays(), t.generatorOptimizer().state())
                || !sameShapes(discriminatorOptimizer.arrays(), t.discriminatorOptimizer().state())) {
            return "the optimiser state does not have the trainer's shapes";
        }
        if (stats.length != STATS.length) {
            return "the step statistics hold " + stats.length + " values, not " + STATS.length;
        }
        if (labels.length != (t.conditional() ? t.batch() : 0)) {
            return "the batch's digits hold " + labels.length + " labels, the trainer needs "
                    + (t.conditional() ? t.batch() : 0);
        }
        for (int y : labels) {
            if (y < 0 || y >= LabelColumns.L) {
                return "a batch digit is " + y + ", not in 0–" + (LabelColumns.L - 1);
            }
        }
        if (settings.scheme() != t.settings().scheme()) {
            return "the scheme is " + settings.scheme().id() + ", the trainer's is " + t.settings().scheme().id();
        }
        if ((settings.generatorLoss() == null) != (generatorLoss(t.objective()) == null)) {
            return settings.generatorLoss() == null ? "the state has no generator loss, the trainer's f-GAN objective needs one"
                    : "the state has a generator loss, the trainer's objective has none";
        }
        if (settings.dSteps() < 1) {
            return "k (dSteps) is " + settings.dSteps() + ", not at least 1";
        }
        if (!(settings.entropyWeight() >= 0) || Double.isInfinite(settings.entropyWeight())) {
            return "the entropy weight is " + settings.entropyWeight() + ", not a finite number >= 0";
        }
        if (!rate(settings.lrG()) || !rate(settings.lrD()) || !rate(generatorOptimizer.learningRate())
                || !rate(discriminatorOptimizer.learningRate())) {
            return "a learning rate is not a finite number >= 0";
        }
        if (generatorSteps < 0 || discriminatorSteps < 0 || generatorOptimizer.steps() < 0
                || discriminatorOptimizer.steps() < 0) {
            return "a step counter is negative";
        }
        if (!countsSteps(t.generatorOptimizer()) && generatorOptimizer.steps() != 0
                || !countsSteps(t.discriminatorOptimizer()) && discriminatorOptimizer.steps() != 0) {
            return "an optimiser that counts no steps (SGD, RMSProp) has a step count";
        }
        if (!(t.dataStream() instanceof SplitMix64)) {
            return "the trainer's data stream is not a SplitMix64";
        }
        return null;
    }

    /** Whether o's update reads a step count (Adam's bias correction). */
    private static boolean countsSteps(Optimizer o) {
        return o instanceof Adam;
    }

    private static boolean rate(double lr) {
        return lr >= 0 && Double.isFinite(lr);
    }

    static boolean sameShapes(float[][] a, float[][] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != b[i].length) {
                return false;
            }
        }
        return true;
    }

    static float[][] copy(float[][] arrays) {
        float[][] c = new float[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            c[i] = arrays[i].clone();
        }
        return c;
    }

    private static void copyInto(float[][] from, float[][] to, String what) {
        if (!sameShapes(from, to)) {
            throw new IllegalArgumentException("the " + what + " arrays do not have the trainer's shapes");
        }
        for (int i = 0; i < from.length; i++) {
            System.arraycopy(from[i], 0, to[i], 0, from[i].length);
        }
    }
}
