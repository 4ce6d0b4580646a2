package lab.minimax.lesson;

import lab.minimax.experiment.preset.Presets;
import lab.minimax.experiment.Scheme;

import java.util.List;
import java.util.Optional;

/**
 * The lesson catalogue, in index order. Each lesson's claim is asserted by an engine test in
 * {@code lab.minimax.lesson} (test sources): OptimalDiscriminatorLessonTest,
 * GeneratorLossLessonTest, KlModeSeekingLessonTest, ModeCollapseLessonTest, LipschitzLessonTest,
 * EntropyLessonTest (lesson 6: the Dirac-GAN tests), ImageLessonsTest (lessons 8–10). Formulas are TeX for KaTeX; explanations and
 * bullets are plain text.
 */
public final class Lessons {
    private static final List<Lesson> ALL = List.of(
            new Lesson("optimal-discriminator", 1, "The optimal discriminator",
                    "Freeze the generator and watch D converge to D* = p/(p+q).",
                    Presets.get("lesson-optimal-d-1d").config(), null,
                    List.of("V(D, G) = \\mathbb{E}_{x \\sim p}[\\log D(x)] + \\mathbb{E}_{x \\sim q}[\\log(1 - D(x))]",
                            "D^*(x) = \\frac{p(x)}{p(x) + q(x)}",
                            "V(D^*, G) = -\\log 4 + 2\\,\\mathrm{JSD}(p \\,\\|\\, q)"),
                    "The generator is frozen (train mode d-only) and linear, so q is a fixed Gaussian. For each x the "
                            + "discriminator maximises p(x) log D + q(x) log(1 − D), whose maximum is at D = p/(p+q). "
                            + "Training D alone therefore draws the curve D* = p/(p+q), and the value of the game "
                            + "rises to −log 4 + 2·JSD(p‖q): the discriminator measures the Jensen–Shannon "
                            + "divergence between the data and the generator. The 2D version is the preset "
                            + "lesson-optimal-d-2d.",
                    List.of("D (solid) settles on the dashed D* curve: near 1 where only data lives, near 0 where "
                                    + "only generated samples live, 1/2 where p = q",
                            "the game value climbs towards −log 4 + 2·JSD and never above it",
                            "the generator's samples do not move: only D learns"),
                    LessonChart.OPTIMAL_DISCRIMINATOR),
            new Lesson("saturating-loss", 2, "Saturating vs non-saturating loss",
                    "Why the original minimax generator loss stops learning when D wins early.",
                    Presets.get("lesson-saturating-sgd").config(), Presets.get("lesson-nonsaturating-sgd").config(),
                    List.of("\\text{saturating: } \\min_G\\; \\mathbb{E}_z[\\log(1 - D(G(z)))]",
                            "\\text{non-saturating: } \\min_G\\; -\\mathbb{E}_z[\\log D(G(z))]",
                            "D = \\sigma(v):\\quad \\frac{\\partial}{\\partial v}\\log(1 - \\sigma(v)) = -D, \\qquad "
                                    + "\\frac{\\partial}{\\partial v}\\bigl(-\\log \\sigma(v)\\bigr) = -(1 - D)",
                            "\\frac{\\partial \\ell_{\\text{sat}} / \\partial v}{\\partial \\ell_{\\text{ns}} / \\partial v} "
                                    + "= \\frac{D}{1 - D}"),
                    "Both losses push the generator's samples towards higher D and have the same fixed point, "
                            + "but their slopes in D's logit v differ by the factor D/(1 − D). Early in training D "
                            + "easily tells generated samples apart, D(G(z)) is near 0, and the saturating loss is "
                            + "flat there: its gradient vanishes while the non-saturating loss still pulls hard. "
                            + "The two runs differ only in the generator loss: G on plain SGD (lr 0.01), D ahead "
                            + "(Adam 5e-3, 5 D steps per G step), seed 1. Over 1500 steps the saturating "
                            + "generator's median ‖∇G‖ is about 4·10⁻⁶ against about 8 for the non-saturating one "
                            + "(over 1000× smaller with seeds 1–3), its samples stay within radius 0.5 of the "
                            + "centre and cover 0 of 8 modes, while the non-saturating samples reach the ring "
                            + "(RMS radius 2.0, the ring's radius). With Adam the contrast disappears: Adam "
                            + "divides each step by √v̂, the running size of the gradient, so a uniformly tiny "
                            + "gradient still gets a normal-size step (compare ring8-saturating with ring8-gan, "
                            + "which use Adam and both cover the ring).",
                    List.of("the dots (current samples) sit on the flat left end of the saturating curve",
                            "the ‖∇G‖ chart: the saturating run's gradient norm near 10⁻⁶, the non-saturating "
                                    + "run's between 0.1 and 10",
                            "the side-by-side run with the non-saturating loss moves its samples out to the ring; "
                                    + "the saturating one stays in the middle"),
                    LessonChart.GENERATOR_LOSSES),
            new Lesson("f-divergences", 3, "The f-divergence zoo",
                    "The variational bound against the true divergence; KL covers modes, reverse KL seeks them.",
                    Presets.get("lesson-kl-covers").config(), Presets.get("lesson-reverse-kl-seeks").config(),
                    List.of("D_f(p \\,\\|\\, q) = \\int q(x)\\, f\\!\\left(\\frac{p(x)}{q(x)}\\right) dx",
                            "D_f(p \\,\\|\\, q) \\ge \\sup_T\\; \\mathbb{E}_p[T(x)] - \\mathbb{E}_q[f^*(T(x))]",
                            "\\mathrm{KL}(p \\,\\|\\, q) = \\mathbb{E}_p\\!\\left[\\log \\tfrac{p}{q}\\right], \\qquad "
                                    + "\\mathrm{KL}(q \\,\\|\\, p) = \\mathbb{E}_q\\!\\left[\\log \\tfrac{q}{p}\\right]"),
                    "An f-GAN's critic T maximises a lower bound on the divergence (Fenchel conjugate f*), so the "
                            + "bound drawn against the plug-in divergence stays below it. Which divergence the "
                            + "generator minimises shapes what it learns: forward KL(p‖q) is infinite when q misses "
                            + "a mode of p, so q spreads over both modes (mode covering); reverse KL(q‖p) is "
                            + "infinite when q puts mass where p has none, so q prefers to sit on one mode "
                            + "(mode seeking).",
                    List.of("the bound line stays below the plug-in divergence line",
                            "left (KL): by step 4,000 samples over both modes (about 50 % / 40 %), the mode "
                                    + "histogram's KL to uniform near 0",
                            "right (reverse KL), the same seed: 96 % of the samples on one mode, that KL near "
                                    + "log 2 ≈ 0.69; with other seeds a flexible generator can cover both "
                                    + "modes even under reverse KL (seed 4 does)"),
                    LessonChart.F_BOUND),
            new Lesson("mode-collapse", 4, "Mode collapse",
                    "The vanilla GAN drops modes of a ring; a Wasserstein critic with gradient penalty keeps them.",
                    Presets.get("lesson-mode-collapse").config(), Presets.get("lesson-mode-collapse-wgan-gp").config(),
                    List.of("\\min_G \\max_D\\; \\mathbb{E}_p[\\log D(x)] + \\mathbb{E}_z[\\log(1 - D(G(z)))]",
                            "\\min_G \\max_{\\|V\\|_L \\le 1}\\; \\mathbb{E}_p[V(x)] - \\mathbb{E}_z[V(G(z))]"),
                    "The generator only sees D's current gradient: it can lower its loss by moving all its mass "
                            + "to the region D currently rates highest, D then learns to reject that region, and "
                            + "the mass hops on. With a fast optimizer (Adam 2e-3, β1 = 0.9) and a small batch "
                            + "the vanilla GAN collapses onto one or two modes within a thousand steps. A "
                            + "Wasserstein critic kept Lipschitz by a gradient penalty gives useful gradients "
                            + "everywhere, and the same seed covers all eight modes.",
                    List.of("the modes-covered chart: the vanilla run drops to 1 or 2 of 8, WGAN-GP stays at 8",
                            "the vanilla generator's samples hopping between modes",
                            "the high-quality fraction: samples within 3σ of a mode"),
                    LessonChart.MODE_COVERAGE),
            new Lesson("lipschitz", 5, "Wasserstein and the Lipschitz constraint",
                    "Weight clipping against gradient penalty: where the constraint binds.",
                    Presets.get("lesson-lipschitz-clip").config(), Presets.get("lesson-lipschitz-gp").config(),
                    List.of("W_1(p, q) = \\sup_{\\|V\\|_L \\le 1}\\; \\mathbb{E}_p[V(x)] - \\mathbb{E}_q[V(x)]",
                            "L = \\max_x \\|\\nabla_x V(x)\\|, \\qquad "
                                    + "\\frac{\\mathbb{E}_p[V] - \\mathbb{E}_q[V]}{L} \\le W_1(p, q)",
                            "\\text{WGAN-GP: } \\lambda\\, \\mathbb{E}_{\\hat{x}}\\bigl[(\\|\\nabla_x V(\\hat{x})\\| - 1)^2\\bigr]"),
                    "Kantorovich–Rubinstein duality: W1 is the best difference of means over 1-Lipschitz "
                            + "critics. Clipping the weights to [−c, c] makes the critic K-Lipschitz for some "
                            + "unknown K, so its raw estimate is a tiny multiple of W1; dividing by the measured "
                            + "constant L = max ‖∇ₓV‖ puts it back on W1's scale. The gradient penalty instead "
                            + "asks for ‖∇ₓV‖ = 1 between the data and the samples, so the estimate itself "
                            + "approaches W1. Both critics train against the same frozen generator.",
                    List.of("the ‖∇ₓV‖ curve: close to 1 between p and q with the penalty, small and uneven with clipping",
                            "the clipped critic's raw estimate is far below W1, its estimate / L much closer",
                            "the penalised critic's estimate / L approaches the exact W1"),
                    LessonChart.LIPSCHITZ),
            new Lesson("gda-dynamics", 6, "Gradient descent–ascent dynamics",
                    "Simultaneous updates spiral out, alternating ones circle: the Dirac-GAN.",
                    Presets.get("ring8-gan").config(),
                    Presets.get("ring8-gan").config().withSteps(256, 1, Scheme.SIMULTANEOUS),
                    List.of("G: x = \\theta, \\qquad D(x) = \\psi x, \\qquad L(\\theta, \\psi) = f(\\psi\\theta) + f(0)",
                            "v(\\theta, \\psi) = \\bigl(-f'(\\psi\\theta)\\,\\psi,\\; f'(\\psi\\theta)\\,\\theta\\bigr)",
                            "\\text{simultaneous: } \\theta_{t+1}^2 + \\psi_{t+1}^2 "
                                    + "\\approx (1 + h^2 f'(0)^2)\\,(\\theta_t^2 + \\psi_t^2)"),
                    "The Dirac-GAN (Mescheder et al. 2018): the data is a point at 0, the generator a single "
                            + "point θ, the discriminator a line ψ·x. The only equilibrium is (0, 0) and the "
                            + "gradient field circles around it. Simultaneous steps follow the tangent and leave "
                            + "each circle outwards, so the trajectory spirals out; alternating steps (D then G "
                            + "through the updated D) stay on a bounded orbit. The same switch on the ring of 8 "
                            + "(left alternating, right simultaneous) is much milder in a real game: Adam rescales "
                            + "every step and the cosine decay shrinks them, so at seed 1 both runs still cover "
                            + "8 of 8 modes after 1,500 steps.",
                    List.of("the trajectory in the (θ, ψ) plane: from (1, 1) with h = 0.1, simultaneous updates "
                                    + "spiral out, θ² + ψ² from 2 to about 7 in 1,000 steps",
                            "alternating updates with the same h circle on a closed orbit: θ² + ψ² stays "
                                    + "between 1.90 and 2.01 for 5,000 steps",
                            "θ² + ψ² in the panel's status line"),
                    LessonChart.DIRAC_FIELD),
            new Lesson("energy-based", 7, "The energy-based view",
                    "The generator also maximises its entropy H(q), estimated from its samples by nearest neighbours.",
                    Presets.get("lesson-entropy").config(), Presets.get("lesson-mode-collapse").config(),
                    List.of("\\max_f \\min_q\\; \\mathbb{E}_p[f(x)] - \\mathbb{E}_q[f(x)] - H(q)",
                            "\\hat{H}(q) = \\psi(n) - \\psi(k) + \\log V_d + \\frac{d}{n} \\sum_{i=1}^n \\log \\varepsilon_i",
                            "L_G = L_G^{\\text{GAN}} - \\beta\\, \\hat{H}(q)"),
                    "Read as an energy-based model, the critic f is a negative energy and the best q for a fixed "
                            + "f is proportional to exp(f): the generator should also maximise its entropy H(q). "
                            + "An MLP generator has no tractable density, so H(q) is estimated from its batch by "
                            + "Kozachenko–Leonenko: εᵢ is the distance from sample i to its k-th nearest "
                            + "neighbour (k = 3), V_d the volume of the unit ball, ψ the digamma function. The "
                            + "estimate is differentiable in the samples, and adding −β·Ĥ to the generator's loss "
                            + "pushes samples away from their neighbours. On the collapsing set-up of lesson 4 "
                            + "(right, β = 0) the entropy term (left, β = 0.05) keeps the modes covered.",
                    List.of("the entropy estimate over steps: it falls when the samples collapse",
                            "with β > 0 the samples spread over the ring instead of piling onto one mode",
                            "too large a β blurs the modes: entropy wins over the data"),
                    LessonChart.ENTROPY),
            new Lesson("digits-from-noise", 8, "Modelling images: digits from noise",
                    "An MLP turns 64 Gaussian numbers into 28×28 digits; a digit classifier reads what comes out.",
                    Presets.get("mnist-gan").config(), null,
                    List.of("G_\\theta : \\mathbb{R}^{64} \\to [-1, 1]^{784}, \\qquad z \\sim \\mathcal{N}(0, I)",
                            "\\min_G \\max_D\\; \\mathbb{E}_{x \\sim p}[\\log D(x)] + \\mathbb{E}_z[\\log(1 - D(G(z)))]",
                            "d^2 = \\|\\mu_p - \\mu_q\\|^2 + \\mathrm{tr}\\bigl(\\Sigma_p + \\Sigma_q "
                                    + "- 2\\,(\\Sigma_p^{1/2} \\Sigma_q \\Sigma_p^{1/2})^{1/2}\\bigr)"),
                    "The game of the ring of 8, in 784 dimensions: the data are the 8,000 training digits "
                            + "(pixels scaled to [−1, 1]), the generator an MLP 64-256-512-784 with a tanh output, "
                            + "the discriminator an MLP 784-512-256-1. No density is known in 784 dimensions, so "
                            + "the 2D divergences are not drawn; a digit classifier (98.35 % right on held-out "
                            + "digits) reads the samples instead. A digit is covered when at least 1 % of the "
                            + "samples are read as it with confidence 0.9 or more, and the Fréchet distance "
                            + "compares the classifier's features of the samples with those of the held-out "
                            + "digits (real digits score about 0.9). At seed 1 blobs turn into strokes within a "
                            + "few hundred steps, all ten digits are covered by step 3,000, and after 5,000 "
                            + "steps 67 % of the samples are confident and the Fréchet distance is about 21.",
                    List.of("the grid: noise, then blobs, then strokes, then digits, each z keeping its place",
                            "the Modes chart: digits covered climbing to 10 of 10, the confident share past 0.6 "
                                    + "by step 5,000",
                            "the Fréchet distance falling from hundreds towards the real digits' 0.9, while the "
                                    + "distance to the nearest training digit stays well above 0: no copies"),
                    LessonChart.DIGITS),
            new Lesson("digit-collapse", 9, "Mode collapse on digits",
                    "With a fast optimiser every z gives the same image; the same seed with mnist-gan's keeps all ten digits.",
                    Presets.get("lesson-digit-collapse").config(), Presets.get("mnist-gan").config(),
                    List.of("\\min_G\\; -\\mathbb{E}_z[\\log D(G(z))]",
                            "G(z) \\approx x_0 \\;\\; \\text{for every } z",
                            "\\text{covered}(d) \\iff \\#\\{i : \\hat{y}_i = d,\\ \\max_k p_{ik} \\ge 0.9\\} "
                                    + "\\ge 0.01\\, n"),
                    "The generator learns only through the discriminator's current gradient, which points all "
                            + "its samples the same way. Left: the nets of mnist-gan with lesson 4's fast optimiser "
                            + "(Adam 1e-3 with momentum β1 = 0.9). Within a thousand steps the discriminator wins "
                            + "(its loss near 0) and the generator's overshooting steps send every z to one image, "
                            + "which D then rejects, and the image changes without ever becoming ten digits: "
                            + "at seeds 1 and 2, 0 or 1 of 10 digits covered over 2,000 steps (1 when the "
                            + "classifier happens to read the one image as a digit). Right: the same seed and nets "
                            + "with mnist-gan's Adam 5e-4, β1 = 0.5 cover all ten digits by step 3,000.",
                    List.of("left: every cell of the grid holds the same image, and the interpolation strip does "
                                    + "not change along the way from z_a to z_b",
                            "the digits covered: 0 or 1 of 10 on the left, climbing to 10 on the right",
                            "the digit balance KL at log 10 ≈ 2.3 whenever the one image is read as a digit"),
                    LessonChart.DIGIT_COVERAGE),
            new Lesson("conditioning", 10, "Conditioning: asking for a digit",
                    "The label goes in beside z and beside the image, and the generator draws the digit it is asked for.",
                    Presets.get("mnist-cgan").config(), null,
                    List.of("G(z, y), \\quad D(x, y), \\qquad y \\in \\{0, \\dots, 9\\} \\text{ one-hot}",
                            "\\min_G \\max_D\\; \\mathbb{E}_{(x, y) \\sim p}[\\log D(x, y)] "
                                    + "+ \\mathbb{E}_{z,\\, y}[\\log(1 - D(G(z, y), y))]",
                            "\\text{worst digit} = \\min_d \\frac{\\#\\{i : y_i = d,\\ \\hat{y}(G(z_i, d)) = d\\}}"
                                    + "{\\#\\{i : y_i = d\\}}"),
                    "Mirza & Osindero (2014): the label y, one-hot, is concatenated to z at the generator's "
                            + "input and to the image at the discriminator's. D now judges pairs: a good 3 "
                            + "labelled 7 is fake, so G must draw the digit it is asked for. It is the small "
                            + "version of text-to-image, which conditions on a sentence's embedding instead of "
                            + "a digit (StackGAN). The grid has one row per digit, and the Labels chart shows, "
                            + "for the worst digit, the share of the samples asked for it that the classifier "
                            + "reads as it. At seed 1 that share is 0.74 after 5,000 steps and "
                            + "0.91 after 10,000.",
                    List.of("row d of the grid: the digit d, in changing styles, from step 1,000 or so",
                            "one column holds one z: the slant and thickness it gives are shared by every digit",
                            "the worst digit's share climbing towards 1, the digits covered at 10 of 10"),
                    LessonChart.CONDITIONING));

    private Lessons() {
    }

    /** All lessons in index order. */
    public static List<Lesson> all() {
        return ALL;
    }

    /** The lesson with URL slug {@code id}. */
    public static Optional<Lesson> byId(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
