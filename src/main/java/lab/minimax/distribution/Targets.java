package lab.minimax.distribution;

import lab.minimax.distribution.mnist.PixelScale;
import lab.minimax.experiment.ParamDef;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;
import lab.minimax.experiment.TargetSpec;

/** Builds targets from their {@link TargetSpec} (catalogue defaults for missing parameters). */
public final class Targets {
    private Targets() {
    }

    /**
     * The target a spec names. Missing parameters take {@link TargetCatalog}'s defaults. The spec
     * is expected to be validated already; anything invalid (unknown name or parameter, value out
     * of range, hi ≤ lo, no points) throws {@link IllegalArgumentException} naming the field.
     */
    public static Target create(TargetSpec spec) {
        TargetDef def = TargetCatalog.find(spec.name()).orElseThrow(() -> new IllegalArgumentException(
                "target.name: unknown target '" + spec.name() + "', expected one of " + TargetCatalog.NAMES));
        for (String key : spec.params().keySet()) {
            ParamDef p = def.param(key).orElseThrow(() -> new IllegalArgumentException(
                    "target." + key + ": not a parameter of " + def.name()));
            double v = spec.params().get(key);
            if (!p.accepts(v)) {
                throw new IllegalArgumentException("target." + key + ": " + v + " is not " + p.allowed());
            }
        }
        P p = new P(def, spec);
        return switch (def.name()) {
            case "gaussian" -> new GaussianTarget(p.get("mean"), p.get("sd"));
            case "mixture" -> new MixtureTarget((int) p.get("modes"), p.get("spacing"), p.get("sd"));
            case "uniform" -> new UniformTarget(p.get("lo"), p.get("hi"));
            case "exponential" -> new ExponentialTarget(p.get("rate"));
            case "laplace" -> new LaplaceTarget(p.get("mean"), p.get("scale"));
            case "ring8" -> new Ring8Target(p.get("radius"), p.get("sd"));
            case "grid25" -> new Grid25Target(p.get("spacing"), p.get("sd"));
            case "line" -> new LineTarget(p.get("length"), p.get("angle"), p.get("sd"));
            case "two-gaussians" -> new TwoGaussiansTarget(p.get("separation"), p.get("sd"));
            case "disjoint" -> new DisjointTarget(p.get("sd"));
            case "moons" -> new MoonsTarget(p.get("noise"));
            case "swissroll" -> new SwissRollTarget(p.get("noise"));
            case "spiral" -> new SpiralTarget(p.get("noise"));
            case TargetCatalog.MNIST -> new MnistTarget(spec.digitSubset(), PixelScale.UNIT);
            case "points" -> {
                if (spec.points() == null || spec.points().size() == 0) {
                    throw new IllegalArgumentException("target.points: the points target needs at least one point");
                }
                yield new PointsTarget(spec.points().xy(), p.get("bandwidth"));
            }
            default -> throw new IllegalArgumentException("target.name: no implementation for " + def.name());
        };
    }

    /** log p(x): the target's own log density when it has one, else log of its density. */
    public static double logDensity(Target t, double[] x, int offset) {
        if (t instanceof Target.LogDensity l) {
            return l.logDensity(x, offset);
        }
        return StrictMath.log(t.density(x, offset));
    }

    /** Parameter lookup with the catalogue default. */
    private record P(TargetDef def, TargetSpec spec) {
        double get(String key) {
            ParamDef d = def.param(key).orElseThrow(() -> new IllegalStateException("catalogue lacks " + key));
            return spec.param(key, d.defaultValue());
        }
    }

    /** A rate or scale: v when v &gt; 0, else IllegalArgumentException "{@code what} must be &gt; 0, was v". */
    static double requirePositive(String what, double v) {
        if (!(v > 0)) {
            throw new IllegalArgumentException(what + " must be > 0, was " + v);
        }
        return v;
    }
}
