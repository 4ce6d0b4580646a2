package lab.minimax.gan;

import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.Scheme;
import lab.minimax.gan.objective.Objective;
import lab.minimax.nn.Network;
import lab.minimax.nn.Optimizer;
import lab.minimax.distribution.MnistTarget;
import lab.minimax.distribution.Target;

import java.util.random.RandomGenerator;

/**
 * Plays the game: discriminator updates, generator updates, and the two update schemes
 * (alternating with k D steps per G step, or simultaneous gradient descent–ascent).
 *
 * <p>Notation: X real rows (x ~ p), Z noise rows, X̃ = G(Z) generated rows, V = D(·) the
 * discriminator's raw output. One {@link #step()} counts one generator update. The steady-state
 * step allocates nothing: every matrix is a field, reshaped to the batch. Not thread-safe: one
 * thread drives a trainer at a time.
 *
 * <p>Frozen generator ({@link TrainerSettings#generatorFrozen()}, lesson 1): a step makes its k
 * discriminator updates and computes L_G and its gradient (for the charts) without applying it;
 * G's weights never change. The step counter ({@link #generatorSteps()}) still advances by one
 * per step, since it is the lab's clock and the schedule's t; {@link #discriminatorSteps()} grows
 * by k. {@link #stepGenerator()} leaves a frozen generator alone.
 *
 * <p>Entropy regulariser (β = {@link TrainerSettings#entropyWeight()} &gt; 0, lesson 7): the
 * generator minimises L_G − β·Ĥ(q) with Ĥ the Kozachenko–Leonenko estimate on the generated
 * batch, so dL/dX̃ gains −β·∂Ĥ/∂X̃.
 */
public final class Trainer {
    /** k of the entropy regulariser's k-nearest-neighbour estimate. */
    public static final int ENTROPY_K = EntropyRegulariser.K;
    private final Target target;
    private final Network generator;
    private final Network discriminator;
    private final Optimizer optG;
    private final Optimizer optD;
    private final RandomGenerator rng;
    private final NoiseDistribution noise;
    private final int dx;
    private final int batch;
    private final boolean conditional;
    private final TrainerSettings settings;
    private Objective objective;

    private long gSteps;
    private long dSteps;
    private final StepStats stats = new StepStats();

    // scratch, sized once for the batch B
    private final Batches data;        // X, Z, X̃
    private final DiscriminatorGradient dGradient;
    private final GeneratorGradient gGradient;

    /**
     * @param target        p
     * @param generator     G: dz → dx
     * @param discriminator D: dx → 1
     * @param objective     the game's head
     * @param optG          G's optimizer over {@code generator.parameters()}
     * @param optD          D's optimizer over {@code discriminator.parameters()}
     * @param rng           the run's data stream (real samples, noise, WGAN-GP's ε)
     * @param noise         distribution of z
     * @param batch         B
     * @param settings      k, scheme, learning rates and schedule (live-changeable)
     */
    public Trainer(Target target, Network generator, Network discriminator, Objective objective,
                   Optimizer optG, Optimizer optD, RandomGenerator rng, NoiseDistribution noise,
                   int batch, TrainerSettings settings) {
        this(target, generator, discriminator, objective, optG, optD, rng, noise, batch, settings, false);
    }

    /**
     * The same, conditional when {@code conditional} ({@link LabelColumns}: G reads [z, e_y], D reads
     * [x, e_y]; the target must be labelled, {@link MnistTarget}).
     */
    public Trainer(Target target, Network generator, Network discriminator, Objective objective,
                   Optimizer optG, Optimizer optD, RandomGenerator rng, NoiseDistribution noise,
                   int batch, TrainerSettings settings, boolean conditional) {
        int l = conditional ? LabelColumns.L : 0;
        if (discriminator.outputDim() != 1 || discriminator.inputDim() != target.dim() + l
                || generator.outputDim() != target.dim()) {
            throw new IllegalArgumentException("networks do not fit the target's dimension " + target.dim());
        }
        if (conditional && !(target instanceof MnistTarget)) {
            throw new IllegalArgumentException("a conditional run needs a labelled target (mnist), got " + target.name());
        }
        this.conditional = conditional;
        this.target = target;
        this.generator = generator;
        this.discriminator = discriminator;
        this.objective = objective;
        this.optG = optG;
        this.optD = optD;
        this.rng = rng;
        this.noise = noise;
        this.dx = target.dim();
        this.batch = batch;
        this.settings = settings;
        data = new Batches(target, noise, rng, batch, generator.inputDim() - l, conditional);
        dGradient = new DiscriminatorGradient(batch, dx + l);
        gGradient = new GeneratorGradient(batch, dx, l);
        applyLearningRates();
    }

    /** One generator update, preceded by k discriminator updates (the scheme decides how). */
    public StepStats step() {
        int k = settings.dSteps();
        if (settings.generatorFrozen()) {
            for (int i = 0; i < k; i++) {
                discriminatorUpdate(i == k - 1);
            }
            frozenGeneratorStep();
        } else if (settings.scheme() == Scheme.ALTERNATING) {
            for (int i = 0; i < k; i++) {
                discriminatorUpdate(i == k - 1);
            }
            // G's forward cache still holds the last D update's X̃ = G(Z): reuse it
            generatorUpdate(true);
        } else {
            for (int i = 0; i < k - 1; i++) {
                discriminatorUpdate(false);
            }
            simultaneousUpdate();
        }
        return stats;
    }

    /** One discriminator update only (the lab's "Step D"). */
    public StepStats stepDiscriminator() {
        discriminatorUpdate(true);
        return stats;
    }

    /**
     * One generator update only, on fresh noise (the lab's "Step G"). A frozen generator is only
     * measured there (L_G and ‖∇G‖ for the charts and the divergence check): it does not move, and
     * the step counter, which counts the steps of the game, stays.
     */
    public StepStats stepGenerator() {
        if (settings.generatorFrozen()) {
            data.generateFake(generator);
            measureFrozenGenerator();
        } else {
            generatorUpdate(false);
        }
        return stats;
    }

    // ---------------------------------------------------------------- updates

    /**
     * D ascends F (descends L_D) on a fresh real batch and a fresh generated batch. ‖∇D‖ is
     * measured only when {@code last}: the step's stats show its last D update, so the norms of
     * the k − 1 before it would never be read.
     */
    private void discriminatorUpdate(boolean last) {
        data.sampleReal();
        data.generateFake(generator);
        double lossD = dGradient.compute(discriminator, objective, data.realX, data.fakeX, rng, stats);
        if (last) {
            stats.gradNormD = discriminator.gradientNorm();
        }
        optD.step(discriminator.parameters(), discriminator.gradients());
        clipIfWgan();
        stats.lossD = lossD;
        dSteps++;
    }

    /** G descends L_G through D (D's weight gradients are not computed). */
    private void generatorUpdate(boolean reuseFake) {
        if (!reuseFake) {
            data.generateFake(generator);
        }
        double lossG = generatorGradient();
        stats.gradNormG = generator.gradientNorm();
        optG.step(generator.parameters(), generator.gradients());
        stats.lossG = lossG;
        gSteps++;
        applyLearningRates();
    }

    /** The frozen generator's step: L_G and its gradient at the last X̃ are measured, not applied. */
    private void frozenGeneratorStep() {
        measureFrozenGenerator();
        gSteps++;
        applyLearningRates();
    }

    /** L_G and ‖∇G‖ at the current X̃, for the charts and the divergence check; nothing is applied. */
    private void measureFrozenGenerator() {
        stats.lossG = generatorGradient();
        stats.gradNormG = generator.gradientNorm();
    }

    /** L_G (− β·Ĥ) at the current X̃ and its gradient in G's buffers ({@link GeneratorGradient}). */
    private double generatorGradient() {
        return gGradient.compute(generator, discriminator, objective, data.fakeX, settings.entropyWeight(), stats);
    }

    /** Both gradients at the same parameters (θ_D, θ_G), then both applied. */
    private void simultaneousUpdate() {
        data.sampleReal();
        data.generateFake(generator);
        double lossD = dGradient.compute(discriminator, objective, data.realX, data.fakeX, rng, stats);
        stats.gradNormD = discriminator.gradientNorm();
        // D is not updated yet, so this is L_G at the same θ_D
        double lossG = generatorGradient();
        stats.gradNormG = generator.gradientNorm();
        optD.step(discriminator.parameters(), discriminator.gradients());
        clipIfWgan();
        optG.step(generator.parameters(), generator.gradients());
        stats.lossD = lossD;
        stats.lossG = lossG;
        dSteps++;
        gSteps++;
        applyLearningRates();
    }

    private void clipIfWgan() {
        double c = objective.weightClip();
        if (c > 0) {
            discriminator.clipWeights(c);
        }
    }

    private void applyLearningRates() {
        optG.setLearningRate(settings.generatorLearningRate(gSteps));
        optD.setLearningRate(settings.discriminatorLearningRate(gSteps));
    }

    // ---------------------------------------------------------------- live changes and access

    /** Switches the objective's variant (e.g. the generator loss) without resetting the run. */
    public void setObjective(Objective objective) {
        this.objective = objective;
    }

    /** Re-reads learning rates after {@link TrainerSettings} changed. */
    public void settingsChanged() {
        applyLearningRates();
    }

    public TrainerSettings settings() {
        return settings;
    }

    public Objective objective() {
        return objective;
    }

    public Target target() {
        return target;
    }

    public Network generator() {
        return generator;
    }

    public Network discriminator() {
        return discriminator;
    }

    /** Whether G and D read the digit's one-hot vector beside z and x ({@link LabelColumns}). */
    public boolean conditional() {
        return conditional;
    }

    /** The noise dimension dz (G's input without the label columns). */
    public int noiseDim() {
        return generator.inputDim() - (conditional ? LabelColumns.L : 0);
    }

    public NoiseDistribution noise() {
        return noise;
    }

    public int batch() {
        return batch;
    }

    /** Number of generator updates so far ("step N"). */
    public long generatorSteps() {
        return gSteps;
    }

    /** Number of discriminator updates so far. */
    public long discriminatorSteps() {
        return dSteps;
    }

    /** The statistics of the last update (live object: copy it to keep it). */
    public StepStats stats() {
        return stats;
    }

    // ---------------------------------------------------------------- for TrainerState (checkpoints)

    /** The run's data stream (real samples, noise, WGAN-GP's ε): the one stream a step draws from. */
    RandomGenerator dataStream() {
        return rng;
    }

    Optimizer generatorOptimizer() {
        return optG;
    }

    Optimizer discriminatorOptimizer() {
        return optD;
    }

    /**
     * The digits of the last real batch (live), which the next generated batch of a conditional
     * run asks for when no real batch is drawn first ({@link #stepGenerator()}).
     */
    int[] batchLabels() {
        return data.labels;
    }

    /** Sets the two step counters (a restored checkpoint's). */
    void restoreStepCounters(long generatorSteps, long discriminatorSteps) {
        this.gSteps = generatorSteps;
        this.dSteps = discriminatorSteps;
    }
}
