package lab.minimax.gan;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.NetworkKind;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.OutputActivation;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.distribution.MnistTarget;
import lab.minimax.distribution.mnist.PixelScale;
import lab.minimax.nn.Activation;
import lab.minimax.nn.LayerStack;
import lab.minimax.nn.OutputActivated;
import lab.minimax.nn.Sigmoid;
import lab.minimax.nn.Tanh;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.TrainMode;
import lab.minimax.gan.objective.Objectives;
import lab.minimax.nn.Activations;
import lab.minimax.nn.Adam;
import lab.minimax.nn.Init;
import lab.minimax.nn.Mlp;
import lab.minimax.nn.Network;
import lab.minimax.nn.Optimizer;
import lab.minimax.nn.RmsProp;
import lab.minimax.nn.Sgd;
import lab.minimax.nn.f32.FloatKernels;
import lab.minimax.nn.f32.ParallelFloatKernels;
import lab.minimax.distribution.Target;
import lab.minimax.distribution.Targets;

import lab.minimax.random.SplitMix64;

/**
 * Builds a {@link Trainer} from a validated {@link ExperimentConfig}. The seed is split into three
 * independent streams in a fixed order (G's initial weights, D's initial weights, the data and
 * noise stream), so the same config and seed give the same run bit for bit — with one thread
 * or two, since the kernels' summation order does not depend on how rows are split.
 */
public final class TrainerFactory {
    /** Adam's and RMSProp's ε (PyTorch's default). */
    public static final double EPS = 1e-8;

    private TrainerFactory() {
    }

    /**
     * Products of at least this many multiply-adds are shared by two threads when threads = 2
     * (the hidden layers of a 256-wide net on a few hundred rows; a 64-wide net's products are too
     * small for a second thread to pay).
     */
    public static final long PARALLEL_MIN_FLOPS = 1L << 22;

    /** The run of {@code config} on one thread (the lab, lessons, {@code train}). */
    public static Trainer create(ExperimentConfig config) {
        return create(config, FloatKernels.selected());
    }

    /**
     * The run of {@code config} with its large products shared by {@code threads} (1 or 2) threads;
     * the same bits either way. With 2, the trainer's nets share one worker thread (a daemon).
     */
    public static Trainer create(ExperimentConfig config, int threads) {
        if (threads != 1 && threads != 2) {
            throw new IllegalArgumentException("threads must be 1 or 2, got " + threads);
        }
        return create(config, threads == 1 ? FloatKernels.selected()
                : new ParallelFloatKernels(FloatKernels.selected(), PARALLEL_MIN_FLOPS));
    }

    private static Trainer create(ExperimentConfig config, FloatKernels kernels) {
        SplitMix64 root = new SplitMix64(config.seed());
        SplitMix64 initG = root.split();
        SplitMix64 initD = root.split();
        SplitMix64 data = root.split();
        Target target = target(config);
        int dx = target.dim();
        // a conditional run's G reads [z, one-hot y] and its D reads [x, one-hot y]
        int labels = config.conditional() ? TargetCatalog.CLASSES : 0;
        Network g = network(config.noise().dim() + labels, config.generator(), dx, initG, kernels);
        Network d = network(dx + labels, config.discriminator(), 1, initD, kernels);
        var o = config.optimizer();
        TrainerSettings settings = new TrainerSettings(config.dSteps(), config.scheme(),
                o.generator().lr(), o.discriminator().lr(), o.schedule(), o.decaySteps());
        settings.setGeneratorFrozen(config.trainMode() == TrainMode.DISCRIMINATOR_ONLY);
        settings.setEntropyWeight(config.objective().entropyWeight());
        return new Trainer(target, g, d, Objectives.create(config.objective()),
                optimizer(o.generator(), g), optimizer(o.discriminator(), d), data,
                config.noise().distribution(), config.batchSize(), settings, config.conditional());
    }

    /** The config's target; an image target in the pixel scale of G's output (tanh: [−1, 1], else [0, 1]). */
    public static Target target(ExperimentConfig config) {
        if (config.target().isImage()) {
            PixelScale scale = config.generator().output() == OutputActivation.TANH ? PixelScale.SYMMETRIC : PixelScale.UNIT;
            return new MnistTarget(config.target().digitSubset(), scale);
        }
        return Targets.create(config.target());
    }

    /**
     * An MLP in → hidden → out, or a DCGAN-style conv net (a generator when out is an image, a critic
     * when out = 1; channels input side first), then the output activation of {@code spec}.
     */
    static Network network(int in, NetworkSpec spec, int out, SplitMix64 rng, FloatKernels kernels) {
        Activation act = Activations.byId(spec.activation().id());
        Network net;
        if (spec.kind() == NetworkKind.CONV) {
            int c0 = spec.channels().get(0);
            int c1 = spec.channels().get(1);
            net = out == 1 ? LayerStack.dcganCritic(1, c0, c1, act, Init.PYTORCH, rng, kernels)
                    : LayerStack.dcganGenerator(in, c0, c1, 1, spec.batchNorm(), act, Init.PYTORCH, rng, kernels);
        } else {
            net = new Mlp(in, spec.hiddenArray(), out, act, Init.PYTORCH, rng, kernels);
        }
        return switch (spec.output() == null ? OutputActivation.LINEAR : spec.output()) {
            case LINEAR -> net;
            case TANH -> new OutputActivated(net, new Tanh());
            case SIGMOID -> new OutputActivated(net, new Sigmoid());
        };
    }

    /** SGD (+momentum), Adam (bias-corrected) or RMSProp (smoothing α = beta2). */
    public static Optimizer optimizer(OptimizerParams p, Network net) {
        return switch (p.name()) {
            case SGD -> new Sgd(p.lr(), p.momentum(), net.parameters());
            case ADAM -> new Adam(p.lr(), p.beta1(), p.beta2(), EPS, net.parameters());
            case RMSPROP -> new RmsProp(p.lr(), p.beta2(), EPS, p.momentum(), net.parameters());
        };
    }
}
