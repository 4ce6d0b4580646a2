package lab.minimax.live;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;
import lab.minimax.gan.objective.Objectives;
import lab.minimax.gan.Trainer;

/**
 * Which settings may change while training (as in GAN Lab): the two learning rates, k (D steps
 * per G step) and the generator loss variant. Any other change needs a new model (a reset).
 */
public final class LiveSettings {
    private LiveSettings() {
    }

    /** True when {@code next} differs from {@code prev} in live settings only (or not at all). */
    public static boolean onlyLiveChanges(ExperimentConfig prev, ExperimentConfig next) {
        return withLiveOf(prev, next).equals(prev);
    }

    /** {@code next} with the live settings of {@code prev}. */
    static ExperimentConfig withLiveOf(ExperimentConfig prev, ExperimentConfig next) {
        ObjectiveSpec o = next.objective();
        ObjectiveSpec objective = new ObjectiveSpec(o.divergence(), prev.objective().generatorLoss(), o.clip(),
                o.lambda(), o.a(), o.b(), o.c(), o.entropyWeight());
        OptimizerSpec opt = next.optimizer();
        OptimizerSpec optimizer = new OptimizerSpec(
                withLr(opt.generator(), prev.optimizer().generator().lr()),
                withLr(opt.discriminator(), prev.optimizer().discriminator().lr()),
                opt.schedule(), opt.decaySteps());
        return next.withObjective(objective).withOptimizer(optimizer)
                .withSteps(next.batchSize(), prev.dSteps(), next.scheme());
    }

    /** Applies the live settings of {@code c} to the trainer (under the run's lock; nothing else changes). */
    static void apply(ExperimentConfig c, Trainer t) {
        t.settings().setDSteps(c.dSteps());
        t.settings().setLearningRates(c.optimizer().generator().lr(), c.optimizer().discriminator().lr());
        t.setObjective(Objectives.create(c.objective()));
        t.settingsChanged();
    }

    private static OptimizerParams withLr(OptimizerParams p, double lr) {
        return new OptimizerParams(p.name(), lr, p.beta1(), p.beta2(), p.momentum());
    }
}
