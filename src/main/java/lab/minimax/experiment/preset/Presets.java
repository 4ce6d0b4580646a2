package lab.minimax.experiment.preset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.NoiseSpec;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TargetSpec;

/**
 * The named presets, each valid under {@link Limits#DEFAULTS}. Hyperparameters follow the papers'
 * toy set-ups: GAN-type objectives with Adam 1e-3, β = (0.5, 0.999); WGAN-GP with Adam 1e-4,
 * β = (0.5, 0.9), 5 critic steps, λ = 0.1 (the official toy script); WGAN with weight clipping
 * with RMSProp 5e-5, c = 0.01, 5 critic steps.
 */
public final class Presets {
    private Presets() {
    }

    private static final OptimizerParams ADAM = Defaults.OPTIMIZER;
    private static final OptimizerParams ADAM_WGAN_GP = new OptimizerParams(OptimizerName.ADAM, 1e-4, 0.5, 0.9, 0);
    private static final OptimizerParams ADAM_WGAN_GP_FAST = new OptimizerParams(OptimizerName.ADAM, 1e-3, 0.5, 0.9, 0);
    private static final OptimizerParams RMSPROP_WGAN = new OptimizerParams(OptimizerName.RMSPROP, 5e-5, 0.5, 0.99, 0);
    private static final OptimizerParams ADAM_FGAN = new OptimizerParams(OptimizerName.ADAM, 5e-4, 0.5, 0.999, 0);

    /** Every preset, in menu order: the lab's own, then the lessons' ({@link LessonPresets}). */
    public static final List<Preset> ALL = Stream.concat(Stream.of(
            preset("ring8-gan", "Ring of 8 — GAN",
                    "Eight narrow Gaussians on a circle, the classic mode-collapse benchmark. Non-saturating GAN, "
                            + "Adam 1e-3 with a cosine-decayed learning rate.",
                    Defaults.CONFIG.withOptimizer(both(ADAM, Schedule.COSINE, 20_000))),
            preset("ring8-saturating", "Ring of 8 — minimax (saturating) loss",
                    "The original generator loss log(1 − D): once D wins, it saturates and the generator's gradient "
                            + "vanishes. Compare with ring8-gan.",
                    Defaults.CONFIG.withObjective(objective(Divergence.GAN, GeneratorLoss.SATURATING))),
            preset("ring8-wgan-gp", "Ring of 8 — WGAN-GP",
                    "Wasserstein critic with a gradient penalty (λ = 0.1 as in the official toy script), "
                            + "5 critic steps per generator step, Adam 1e-4, β = (0.5, 0.9).",
                    Defaults.CONFIG.withObjective(objective(Divergence.WGAN_GP, GeneratorLoss.NONSATURATING))
                            .withNetworks(Defaults.CONFIG.noise(), net(128, 128, 128), net(128, 128, 128))
                            .withOptimizer(both(ADAM_WGAN_GP, Schedule.CONSTANT, Defaults.DECAY_STEPS))
                            .withSteps(256, 5, Scheme.ALTERNATING)),
            preset("ring8-wgan-clip", "Ring of 8 — WGAN (weight clipping)",
                    "The first Wasserstein GAN: the critic is kept Lipschitz by clipping its weights to [−0.01, 0.01]; "
                            + "RMSProp 5e-5, 5 critic steps. Slow, and the clipped critic is visibly crude.",
                    Defaults.CONFIG.withObjective(objective(Divergence.WGAN_CLIP, GeneratorLoss.NONSATURATING))
                            .withOptimizer(both(RMSPROP_WGAN, Schedule.CONSTANT, Defaults.DECAY_STEPS))
                            .withSteps(256, 5, Scheme.ALTERNATING)),
            preset("ring8-lsgan", "Ring of 8 — least squares (LSGAN)",
                    "D regresses real samples to b = 1 and generated ones to a = 0; G pushes its samples to c = 1.",
                    Defaults.CONFIG.withObjective(objective(Divergence.LSGAN, GeneratorLoss.NONSATURATING))),
            preset("ring8-hinge", "Ring of 8 — hinge loss",
                    "The hinge loss of SNGAN and BigGAN: D is only pushed while real scores are below 1 and fake "
                            + "scores above −1.",
                    Defaults.CONFIG.withObjective(objective(Divergence.HINGE, GeneratorLoss.NONSATURATING))),
            preset("grid25-gan", "Grid of 25 — GAN",
                    "A 5 × 5 grid of Gaussians: 25 modes to cover. Larger networks and batch, cosine decay.",
                    Defaults.CONFIG.withTarget(target("grid25"))
                            .withNetworks(Defaults.CONFIG.noise(), net(128, 128, 128), net(128, 128, 128))
                            .withOptimizer(both(ADAM, Schedule.COSINE, 30_000))
                            .withSteps(512, 1, Scheme.ALTERNATING)),
            preset("grid25-wgan-gp-small", "Grid of 25 — WGAN-GP, small nets",
                    "WGAN-GP on the 25-mode grid with nets of two 32-wide layers, batch 64, 3 critic steps and "
                            + "Adam 1e-3: fast enough for a class exercise (20 or more modes in 3,000 steps for most"
                            + " seeds, about 20 s on one core).",
                    Defaults.CONFIG.withTarget(target("grid25"))
                            .withObjective(objective(Divergence.WGAN_GP, GeneratorLoss.NONSATURATING))
                            .withNetworks(Defaults.CONFIG.noise(), net(32, 32), net(32, 32))
                            .withOptimizer(both(ADAM_WGAN_GP_FAST, Schedule.CONSTANT, Defaults.DECAY_STEPS))
                            .withSteps(64, 3, Scheme.ALTERNATING).withSeed(2)),
            preset("gaussian-1d", "One Gaussian (1D)",
                    "Learn N(2, 0.5²) from one-dimensional noise: the generator's map z → x should become a line.",
                    oneD(target("gaussian", "mean", 2.0, "sd", 0.5), Divergence.GAN, ADAM)),
            preset("mixture-1d-kl", "Two modes, forward KL (1D)",
                    "f-GAN with KL(p‖q): missing a mode costs infinitely much, so q spreads over both modes "
                            + "(mode covering), mass in between.",
                    oneD(target("mixture", "modes", 2.0, "spacing", 4.0, "sd", 0.5), Divergence.KL, ADAM_FGAN)),
            preset("mixture-1d-reverse-kl", "Two modes, reverse KL (1D)",
                    "f-GAN with KL(q‖p): mass where p is small costs infinitely much, so q tends to settle on one "
                            + "mode (mode seeking). Compare with mixture-1d-kl.",
                    oneD(target("mixture", "modes", 2.0, "spacing", 4.0, "sd", 0.5), Divergence.REVERSE_KL, ADAM_FGAN)),
            preset("moons", "Two moons",
                    "Two interleaved half circles: a curved, disconnected support.",
                    curved(target("moons"), 128, 128)),
            preset("swissroll", "Swiss roll",
                    "A rolled-up curve: the generator has to wind a plane onto a thin spiral band.",
                    curved(target("swissroll"), 128, 128, 128)),
            preset("spiral", "Two spirals",
                    "Two interleaved spirals, a hard case for a small generator.",
                    curved(target("spiral"), 128, 128, 128)),
            preset("line", "A line",
                    "A thin segment: the generator must squeeze two noise dimensions onto one.",
                    Defaults.CONFIG.withTarget(target("line", "length", 4.0, "angle", 30.0, "sd", 0.05))),
            preset("two-gaussians", "Two Gaussians",
                    "Two separated modes: a continuous generator from connected noise must leave a bridge of "
                            + "samples between them.",
                    Defaults.CONFIG.withTarget(target("two-gaussians"))),
            preset("points-smiley", "Drawn points — a smiley",
                    "A user-drawn target: each point is blurred by a Gaussian kernel. Draw your own in the lab.",
                    Defaults.CONFIG.withTarget(new TargetSpec("points", Map.of("bandwidth", 0.1), smiley())))),
            Stream.concat(ImagePresets.ALL.stream(), LessonPresets.ALL.stream())).toList();

    /** The preset with this id, if any. */
    public static Optional<Preset> find(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The preset with this id.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static Preset get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown preset " + id));
    }

    private static Preset preset(String id, String title, String description, ExperimentConfig config) {
        return new Preset(id, title, description, config);
    }

    /** The catalogue defaults of {@code name}, with some parameters overridden (key, value, …). */
    private static TargetSpec target(String name, Object... overrides) {
        Map<String, Double> params = new LinkedHashMap<>(Defaults.target(name).params());
        for (int i = 0; i < overrides.length; i += 2) {
            params.put((String) overrides[i], (Double) overrides[i + 1]);
        }
        return new TargetSpec(name, params, null);
    }

    private static ObjectiveSpec objective(Divergence d, GeneratorLoss loss) {
        return new ObjectiveSpec(d, loss, Defaults.CLIP, Defaults.LAMBDA, Defaults.LSGAN_A, Defaults.LSGAN_B, Defaults.LSGAN_C);
    }

    private static OptimizerSpec both(OptimizerParams p, Schedule schedule, int decaySteps) {
        return new OptimizerSpec(p, p, schedule, decaySteps);
    }

    private static NetworkSpec net(Integer... widths) {
        return new NetworkSpec(Arrays.asList(widths), Defaults.ACTIVATION);
    }

    /** 1D target, one-dimensional Gaussian noise (so the map z → x can be drawn). */
    private static ExperimentConfig oneD(TargetSpec t, Divergence d, OptimizerParams opt) {
        return Defaults.CONFIG.withTarget(t)
                .withObjective(objective(d, GeneratorLoss.NONSATURATING))
                .withNetworks(new NoiseSpec(1, NoiseDistribution.GAUSSIAN), net(64, 64), net(64, 64))
                .withOptimizer(both(opt, Schedule.COSINE, 20_000));
    }

    private static ExperimentConfig curved(TargetSpec t, Integer... widths) {
        return Defaults.CONFIG.withTarget(t)
                .withNetworks(Defaults.CONFIG.noise(), net(widths), net(widths))
                .withOptimizer(both(ADAM, Schedule.COSINE, 30_000));
    }

    /** A face of 42 points, coordinates rounded to 0.01 (short URLs). */
    private static PointSet smiley() {
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < 24; k++) {
            double a = 2 * Math.PI * k / 24;
            pts.add(new double[]{3 * Math.cos(a), 3 * Math.sin(a)});
        }
        for (double eye : new double[]{-1, 1}) {
            pts.add(new double[]{eye, 1});
            pts.add(new double[]{eye, 1.3});
            pts.add(new double[]{eye, 0.7});
        }
        for (int k = 0; k < 12; k++) {
            double a = Math.toRadians(200 + 140.0 * k / 11);
            pts.add(new double[]{1.8 * Math.cos(a), 1.8 * Math.sin(a) + 0.2});
        }
        double[] xy = new double[2 * pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xy[2 * i] = Math.round(pts.get(i)[0] * 100) / 100.0;
            xy[2 * i + 1] = Math.round(pts.get(i)[1] * 100) / 100.0;
        }
        return new PointSet(xy);
    }
}
