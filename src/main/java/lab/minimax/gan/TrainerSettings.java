package lab.minimax.gan;

import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;

/**
 * The trainer's settings that are read at every update: k, the learning rates and their schedule,
 * whether the generator is frozen, and the weight β of the generator's entropy regulariser. The
 * scheme is fixed per run. Outside this package they change only through {@link LiveChange} (the
 * one definition of what may change while a run trains); the frozen generator and β are set when
 * the trainer is built.
 */
public final class TrainerSettings {
    private volatile int dSteps;
    private final Scheme scheme;
    private volatile double lrG;
    private volatile double lrD;
    private final Schedule schedule;
    private final int decaySteps;
    private volatile boolean generatorFrozen;
    private volatile double entropyWeight;

    public TrainerSettings(int dSteps, Scheme scheme, double lrG, double lrD, Schedule schedule, int decaySteps) {
        this.dSteps = dSteps;
        this.scheme = scheme;
        this.lrG = lrG;
        this.lrD = lrD;
        this.schedule = schedule;
        this.decaySteps = decaySteps;
    }

    public int dSteps() {
        return dSteps;
    }

    void setDSteps(int k) {
        this.dSteps = k;
    }

    public Scheme scheme() {
        return scheme;
    }

    void setLearningRates(double generator, double discriminator) {
        this.lrG = generator;
        this.lrD = discriminator;
    }

    /** G's learning rate before the schedule (the live setting; {@link TrainerState} saves it). */
    double baseGeneratorLearningRate() {
        return lrG;
    }

    /** D's learning rate before the schedule. */
    double baseDiscriminatorLearningRate() {
        return lrD;
    }

    /** G's learning rate at generator step t (after the schedule). */
    public double generatorLearningRate(long t) {
        return LearningRateSchedule.at(schedule, lrG, t, decaySteps);
    }

    /** D's learning rate at generator step t (after the schedule). */
    public double discriminatorLearningRate(long t) {
        return LearningRateSchedule.at(schedule, lrD, t, decaySteps);
    }

    /** True when steps train D only (the generator's weights are left alone). */
    public boolean generatorFrozen() {
        return generatorFrozen;
    }

    void setGeneratorFrozen(boolean frozen) {
        this.generatorFrozen = frozen;
    }

    /** β ≥ 0: the generator minimises L_G − β·Ĥ(q) (0 = off). */
    public double entropyWeight() {
        return entropyWeight;
    }

    /**
     * @throws IllegalArgumentException naming objective.entropyWeight when β is negative or not finite
     */
    void setEntropyWeight(double beta) {
        if (!(beta >= 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("objective.entropyWeight must be a number in [0, 10] (got " + beta + ")");
        }
        this.entropyWeight = beta;
    }
}
