package lab.minimax.experiment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static lab.minimax.experiment.ParamDef.integer;
import static lab.minimax.experiment.ParamDef.real;

/**
 * Every target the lab knows: its parameters with their ranges and defaults. The single source
 * for validation, the UI form and the target factory.
 */
public final class TargetCatalog {
    private TargetCatalog() {
    }

    /** Largest user point set (the {@code points} target). */
    public static final int MAX_POINTS = 5000;
    /** Coordinates of user points lie in [−POINT_RANGE, POINT_RANGE]. */
    public static final double POINT_RANGE = 10;

    /** The image target's name. */
    public static final String MNIST = "mnist";
    /** Values per image, 28·28. */
    public static final int IMAGE_DIM = 784;
    /** Classes of the labelled image target, the digits 0–9. */
    public static final int CLASSES = 10;

    public static final List<TargetDef> ALL = List.of(
            // ---- 1D ----
            new TargetDef("gaussian", 1, List.of(
                    real("mean", -5, 5, 0, "mean μ"),
                    real("sd", 0.05, 5, 1, "standard deviation σ")),
                    "N(μ, σ²)"),
            new TargetDef("mixture", 1, List.of(
                    integer("modes", 2, 3, 2, "number of equally weighted modes"),
                    real("spacing", 0.5, 10, 4, "distance between neighbouring means"),
                    real("sd", 0.05, 3, 0.5, "standard deviation of each mode")),
                    "equal mixture of 2–3 Gaussians centred on 0"),
            new TargetDef("uniform", 1, List.of(
                    real("lo", -10, 10, -1, "lower end"),
                    real("hi", -10, 10, 1, "upper end (greater than lo)")),
                    "U[lo, hi]"),
            new TargetDef("exponential", 1, List.of(
                    real("rate", 0.1, 10, 1, "rate λ (mean 1/λ)")),
                    "Exp(λ) on [0, ∞): skewed, with an edge"),
            new TargetDef("laplace", 1, List.of(
                    real("mean", -5, 5, 0, "location μ"),
                    real("scale", 0.05, 5, 1, "scale b")),
                    "Laplace(μ, b): a sharp peak and heavy tails"),
            // ---- 2D ----
            new TargetDef("ring8", 2, List.of(
                    real("radius", 0.5, 10, 2, "radius of the ring"),
                    real("sd", 0.005, 1, 0.02, "standard deviation of each mode")),
                    "8 Gaussians at angles 2πk/8 on a circle"),
            new TargetDef("grid25", 2, List.of(
                    real("spacing", 0.5, 5, 2, "distance between neighbouring means"),
                    real("sd", 0.005, 1, 0.05, "standard deviation of each mode")),
                    "5×5 grid of Gaussians centred on 0"),
            new TargetDef("line", 2, List.of(
                    real("length", 0.5, 10, 4, "length of the segment"),
                    real("angle", -180, 180, 0, "direction in degrees"),
                    real("sd", 0.005, 1, 0.05, "thickness (standard deviation across)")),
                    "a segment centred on 0, blurred by a Gaussian"),
            new TargetDef("two-gaussians", 2, List.of(
                    real("separation", 0, 10, 4, "distance between the two means"),
                    real("sd", 0.05, 3, 0.5, "standard deviation of each mode")),
                    "two Gaussians on the x axis"),
            new TargetDef("disjoint", 2, List.of(
                    real("sd", 0.005, 1, 0.1, "standard deviation of each cluster")),
                    "clusters of unequal weight far apart"),
            new TargetDef("moons", 2, List.of(
                    real("noise", 0.01, 0.5, 0.05, "standard deviation around the curves")),
                    "two interleaved half circles"),
            new TargetDef("swissroll", 2, List.of(
                    real("noise", 0.01, 0.5, 0.05, "standard deviation around the curve")),
                    "a 2D swiss roll"),
            new TargetDef("spiral", 2, List.of(
                    real("noise", 0.01, 0.5, 0.05, "standard deviation around the curves")),
                    "two interleaved spirals"),
            new TargetDef("points", 2, List.of(
                    real("bandwidth", 0.01, 2, 0.1, "kernel width around each point")),
                    "your own points (drawn or uploaded), blurred by a Gaussian kernel"),
            // ---- images ----
            new TargetDef(MNIST, IMAGE_DIM, List.of(),
                    "MNIST digits (28×28): the 8,000 of the training split, optionally only target.digits"));

    private static final Map<String, TargetDef> BY_NAME =
            ALL.stream().collect(Collectors.toMap(TargetDef::name, Function.identity()));

    /** All target names, in catalogue order. */
    public static final List<String> NAMES = ALL.stream().map(TargetDef::name).toList();

    /** Whether {@code name} is an image target (its networks take the image limits, {@link Limits#forImages}). */
    public static boolean isImage(String name) {
        return MNIST.equals(name);
    }

    public static Optional<TargetDef> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static TargetDef get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown target " + name));
    }
}
