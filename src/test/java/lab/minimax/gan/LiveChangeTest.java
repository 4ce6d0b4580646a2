package lab.minimax.gan;

import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.preset.Presets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What may change while a run trains: the learning rates, k and the generator loss; nothing else. */
class LiveChangeTest {
    private static final ExperimentConfig C = Presets.get("ring8-saturating").config();

    private static ExperimentConfig withLr(ExperimentConfig c, double lrG, double lrD) {
        OptimizerSpec o = c.optimizer();
        OptimizerParams g = o.generator();
        OptimizerParams d = o.discriminator();
        return c.withOptimizer(new OptimizerSpec(new OptimizerParams(g.name(), lrG, g.beta1(), g.beta2(), g.momentum()),
                new OptimizerParams(d.name(), lrD, d.beta1(), d.beta2(), d.momentum()), o.schedule(), o.decaySteps()));
    }

    private static ExperimentConfig withLoss(ExperimentConfig c, GeneratorLoss loss) {
        ObjectiveSpec o = c.objective();
        return c.withObjective(new ObjectiveSpec(o.divergence(), loss, o.clip(), o.lambda(), o.a(), o.b(), o.c(),
                o.entropyWeight()));
    }

    @Test
    void ratesKAndTheGeneratorLossAreLive() {
        assertTrue(LiveChange.onlyLive(C, C));
        assertTrue(LiveChange.onlyLive(C, withLr(C, 1e-2, 3e-3)));
        assertTrue(LiveChange.onlyLive(C, C.withSteps(C.batchSize(), 4, C.scheme())));
        assertTrue(LiveChange.onlyLive(C, withLoss(C, GeneratorLoss.NONSATURATING)));
    }

    @Test
    void everythingElseNeedsANewModel() {
        assertFalse(LiveChange.onlyLive(C, C.withSeed(C.seed() + 1)));
        assertFalse(LiveChange.onlyLive(C, C.withSteps(C.batchSize() * 2, C.dSteps(), C.scheme())));
        assertFalse(LiveChange.onlyLive(C, C.withNetworks(C.noise(),
                new NetworkSpec(List.of(16), C.generator().activation()), C.discriminator())));
        ObjectiveSpec o = C.objective();
        assertFalse(LiveChange.onlyLive(C, C.withObjective(new ObjectiveSpec(Divergence.KL, o.generatorLoss(),
                o.clip(), o.lambda(), o.a(), o.b(), o.c(), o.entropyWeight()))));
        OptimizerSpec opt = C.optimizer();
        Schedule other = opt.schedule() == Schedule.CONSTANT ? Schedule.COSINE : Schedule.CONSTANT;
        assertFalse(LiveChange.onlyLive(C, C.withOptimizer(new OptimizerSpec(opt.generator(), opt.discriminator(),
                other, opt.decaySteps()))));
    }

    @Test
    void applyingAChangeSetsTheTrainersRatesKAndLoss() {
        assertEquals(Schedule.CONSTANT, C.optimizer().schedule(), "the rates are read unscheduled");
        Trainer t = TrainerFactory.create(C);
        // at D = ½ (logit 0) the saturating loss log(1 − D) is −ln 2, the non-saturating −log D is +ln 2
        double[] logits = {0, 0};
        double before = t.objective().generatorLoss(logits, 2, new double[2]);
        ExperimentConfig next = withLoss(withLr(C, 0.02, 0.03), GeneratorLoss.NONSATURATING)
                .withSteps(C.batchSize(), 3, C.scheme());
        LiveChange.of(next).applyTo(t, next);
        assertEquals(0.02, t.settings().generatorLearningRate(0));
        assertEquals(0.03, t.settings().discriminatorLearningRate(0));
        assertEquals(3, t.settings().dSteps());
        double after = t.objective().generatorLoss(logits, 2, new double[2]);
        assertEquals(Math.log(2), Math.abs(before), 1e-12);
        assertEquals(Math.log(2), Math.abs(after), 1e-12);
        assertNotEquals(Math.signum(before), Math.signum(after));
    }
}
