package lab.minimax.gan;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;
import lab.minimax.gan.objective.Objectives;

/**
 * What may change while a run trains, without a new model (as in GAN Lab): the two learning rates,
 * k (D steps per G step) and the generator loss variant. The settings form asks
 * {@link #onlyLive} whether an edit needs a reset; the run applies an edit with {@link #applyTo}.
 * Any other change needs a new model.
 *
 * @param lrG           G's learning rate (before the schedule)
 * @param lrD           D's learning rate (before the schedule)
 * @param dSteps        k
 * @param generatorLoss the generator's loss variant (saturating, non-saturating, …)
 */
public record LiveChange(double lrG, double lrD, int dSteps, GeneratorLoss generatorLoss) {

    /** The live settings of {@code c}. */
    public static LiveChange of(ExperimentConfig c) {
        return new LiveChange(c.optimizer().generator().lr(), c.optimizer().discriminator().lr(), c.dSteps(),
                c.objective().generatorLoss());
    }

    /** True when {@code next} differs from {@code prev} in live settings only (or not at all). */
    public static boolean onlyLive(ExperimentConfig prev, ExperimentConfig next) {
        return of(prev).onto(next).equals(prev);
    }

    /** {@code c} with these live settings. */
    public ExperimentConfig onto(ExperimentConfig c) {
        ObjectiveSpec o = c.objective();
        ObjectiveSpec objective = new ObjectiveSpec(o.divergence(), generatorLoss, o.clip(), o.lambda(), o.a(), o.b(),
                o.c(), o.entropyWeight());
        OptimizerSpec opt = c.optimizer();
        OptimizerSpec optimizer = new OptimizerSpec(withLr(opt.generator(), lrG), withLr(opt.discriminator(), lrD),
                opt.schedule(), opt.decaySteps());
        return c.withObjective(objective).withOptimizer(optimizer).withSteps(c.batchSize(), dSteps, c.scheme());
    }

    /**
     * Applies these settings to the trainer of a run of {@code config} (under the run's lock;
     * nothing else changes; read at the next update).
     */
    public void applyTo(Trainer t, ExperimentConfig config) {
        t.settings().setDSteps(dSteps);
        t.settings().setLearningRates(lrG, lrD);
        t.setObjective(Objectives.create(onto(config).objective()));
        t.settingsChanged();
    }

    private static OptimizerParams withLr(OptimizerParams p, double lr) {
        return new OptimizerParams(p.name(), lr, p.beta1(), p.beta2(), p.momentum());
    }
}
