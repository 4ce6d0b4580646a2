package lab.minimax.gan;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.TrainMode;
import lab.minimax.nn.Activations;
import lab.minimax.nn.Adam;
import lab.minimax.nn.Init;
import lab.minimax.nn.Mlp;
import lab.minimax.nn.Optimizer;
import lab.minimax.nn.RmsProp;
import lab.minimax.nn.Sgd;
import lab.minimax.target.Target;
import lab.minimax.target.Targets;

import java.util.SplittableRandom;

/**
 * Builds a {@link Trainer} from a validated {@link ExperimentConfig}. The seed is split into three
 * independent streams in a fixed order (G's initial weights, D's initial weights, the data and
 * noise stream), so the same config and seed give the same run bit for bit.
 */
public final class TrainerFactory {
    /** Adam's and RMSProp's ε (PyTorch's default). */
    public static final double EPS = 1e-8;

    private TrainerFactory() {
    }

    public static Trainer create(ExperimentConfig config) {
        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom initG = root.split();
        SplittableRandom initD = root.split();
        SplittableRandom data = root.split();
        Target target = Targets.create(config.target());
        int dx = target.dim();
        Mlp g = network(config.noise().dim(), config.generator(), dx, initG);
        Mlp d = network(dx, config.discriminator(), 1, initD);
        var o = config.optimizer();
        TrainerSettings settings = new TrainerSettings(config.dSteps(), config.scheme(),
                o.generator().lr(), o.discriminator().lr(), o.schedule(), o.decaySteps());
        settings.setGeneratorFrozen(config.trainMode() == TrainMode.DISCRIMINATOR_ONLY);
        settings.setEntropyWeight(config.objective().entropyWeight());
        return new Trainer(target, g, d, Objectives.create(config.objective()),
                optimizer(o.generator(), g), optimizer(o.discriminator(), d), data,
                config.noise().distribution(), config.batchSize(), settings);
    }

    static Mlp network(int in, NetworkSpec spec, int out, SplittableRandom rng) {
        return new Mlp(in, spec.hiddenArray(), out, Activations.byId(spec.activation().id()), Init.PYTORCH, rng);
    }

    /** SGD (+momentum), Adam (bias-corrected) or RMSProp (smoothing α = beta2). */
    public static Optimizer optimizer(OptimizerParams p, Mlp net) {
        return switch (p.name()) {
            case SGD -> new Sgd(p.lr(), p.momentum(), net.parameters());
            case ADAM -> new Adam(p.lr(), p.beta1(), p.beta2(), EPS, net.parameters());
            case RMSPROP -> new RmsProp(p.lr(), p.beta2(), EPS, p.momentum(), net.parameters());
        };
    }
}
