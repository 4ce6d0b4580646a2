package lab.minimax.gan;

import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TargetSpec;
import lab.minimax.gan.objective.Objective;
import lab.minimax.nn.Activations;
import lab.minimax.nn.Adam;
import lab.minimax.nn.Init;
import lab.minimax.nn.Mlp;
import lab.minimax.nn.Sgd;
import lab.minimax.distribution.Target;
import lab.minimax.distribution.Targets;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Test fixture: p = N(μp, σp²) as the target, a frozen affine generator G(z) = μq + σq·z with
 * z ~ N(0, 1) (so q = N(μq, σq²) exactly), and a discriminator trained alone with a cosine-decayed
 * Adam. Exposes V on a grid and the exact densities for quadrature.
 */
final class FrozenGeneratorGame {
    final double muP;
    final double sdP;
    final double muQ;
    final double sdQ;
    final Trainer trainer;

    FrozenGeneratorGame(double muP, double sdP, double muQ, double sdQ, Objective objective, long seed) {
        this(muP, sdP, muQ, sdQ, objective, seed, 512);
    }

    FrozenGeneratorGame(double muP, double sdP, double muQ, double sdQ, Objective objective, long seed, int batch) {
        this(muP, sdP, muQ, sdQ, objective, seed, batch, new int[] {32, 32}, "tanh");
    }

    FrozenGeneratorGame(double muP, double sdP, double muQ, double sdQ, Objective objective, long seed, int batch,
                        int[] hidden, String activation) {
        this.muP = muP;
        this.sdP = sdP;
        this.muQ = muQ;
        this.sdQ = sdQ;
        SplittableRandom rng = new SplittableRandom(seed);
        Target p = Targets.create(new TargetSpec("gaussian", Map.of("mean", muP, "sd", sdP), null));
        Mlp g = new Mlp(1, new int[0], 1, Activations.byId("linear"), Init.PYTORCH, rng.split());
        g.parameters()[0][0] = (float) sdQ; // W
        g.parameters()[1][0] = (float) muQ; // b
        Mlp d = new Mlp(1, hidden, 1, Activations.byId(activation), Init.PYTORCH, rng.split());
        TrainerSettings settings = new TrainerSettings(1, Scheme.ALTERNATING, 0, 0, Schedule.CONSTANT, 1);
        trainer = new Trainer(p, g, d, objective, new Sgd(0, 0, g.parameters()),
                new Adam(0, 0.5, 0.999, 1e-8, d.parameters()), rng.split(), NoiseDistribution.GAUSSIAN, batch, settings);
    }

    /** Trains D alone for {@code steps} updates with lr decaying as a cosine from lr0 to 0. */
    FrozenGeneratorGame trainD(int steps, double lr0) {
        for (int i = 0; i < steps; i++) {
            double lr = LearningRateSchedule.at(Schedule.COSINE, lr0, i, steps);
            trainer.settings().setLearningRates(0, lr);
            trainer.settingsChanged();
            trainer.stepDiscriminator();
        }
        return this;
    }

    double p(double x) {
        return normal(x, muP, sdP);
    }

    double q(double x) {
        return normal(x, muQ, sdQ);
    }

    static double normal(double x, double mu, double sd) {
        double u = (x - mu) / sd;
        return Math.exp(-0.5 * u * u) / (sd * Math.sqrt(2 * Math.PI));
    }

    /** V(x) of the trained discriminator at each x. */
    double[] criticAt(double[] xs) {
        return Generated.critic(trainer.discriminator(), xs, xs.length);
    }

    /** n + 1 equally spaced points in [a, b]. */
    static double[] grid(double a, double b, int n) {
        double[] xs = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            xs[i] = a + (b - a) * i / n;
        }
        return xs;
    }

    /** Composite Simpson's rule of samples ys on an equally spaced grid of even n intervals over [a, b]. */
    static double simpson(double[] ys, double a, double b) {
        int n = ys.length - 1;
        if (n % 2 != 0) {
            throw new IllegalArgumentException("Simpson needs an even number of intervals");
        }
        double h = (b - a) / n;
        double s = ys[0] + ys[n];
        for (int i = 1; i < n; i++) {
            s += (i % 2 == 1 ? 4 : 2) * ys[i];
        }
        return s * h / 3;
    }
}
