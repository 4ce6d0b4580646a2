package lab.minimax.ui;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;

/**
 * Which settings may change while training (as in GAN Lab): the two learning rates, k (D steps
 * per G step) and the generator loss variant. Any other change needs a new model (a reset).
 */
final class LiveSettings {
    private LiveSettings() {
    }

    /** True when {@code next} differs from {@code prev} in live settings only (or not at all). */
    static boolean onlyLiveChanges(ExperimentConfig prev, ExperimentConfig next) {
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

    private static OptimizerParams withLr(OptimizerParams p, double lr) {
        return new OptimizerParams(p.name(), lr, p.beta1(), p.beta2(), p.momentum());
    }
}
