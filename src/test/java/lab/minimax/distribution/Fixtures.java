package lab.minimax.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import lab.minimax.distribution.Target.LocalScale;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetSpec;

/** Every catalogue target with its defaults, plus a few non-default variants. */
final class Fixtures {
    private Fixtures() {
    }

    static List<Target> all() {
        List<Target> list = new ArrayList<>();
        for (String name : TargetCatalog.NAMES) {
            if (TargetCatalog.isImage(name)) {
                continue; // the image target has no density (MnistTarget)
            }
            list.add(Targets.create(spec(name)));
        }
        list.add(Targets.create(new TargetSpec("mixture", Map.of("modes", 3.0, "spacing", 1.0, "sd", 0.6), null)));
        list.add(Targets.create(new TargetSpec("line", Map.of("angle", 30.0, "length", 3.0, "sd", 0.1), null)));
        list.add(Targets.create(new TargetSpec("ring8", Map.of("radius", 1.0, "sd", 0.1), null)));
        list.add(Targets.create(new TargetSpec("laplace", Map.of("mean", 1.5, "scale", 0.3), null)));
        list.add(Targets.create(new TargetSpec("uniform", Map.of("lo", -3.0, "hi", 5.0), null)));
        return list;
    }

    static TargetSpec spec(String name) {
        if (name.equals("points")) {
            return new TargetSpec(name, Map.of("bandwidth", 0.15), userPoints());
        }
        return TargetSpec.of(name);
    }

    /** 40 points on a wobbly "S", as a user might draw them. */
    static PointSet userPoints() {
        SplittableRandom r = new SplittableRandom(7);
        double[] xy = new double[80];
        for (int i = 0; i < 40; i++) {
            double t = -1.5 + 3.0 * i / 39;
            xy[2 * i] = Math.sin(2 * t) + 0.05 * r.nextGaussian();
            xy[2 * i + 1] = t + 0.05 * r.nextGaussian();
        }
        return new PointSet(xy);
    }

    /** The smallest scale to resolve when integrating the target's density. */
    static double scale(Target t) {
        if (t instanceof LocalScale s) {
            return s.localSd();
        }
        Box b = t.box();
        return (b.hi()[0] - b.lo()[0]) / 200;
    }

    /** Kinks and jumps of a 1D density: Q(0), Q(½), Q(1) where finite. */
    static double[] breaks(Target t) {
        if (!(t instanceof Univariate u)) {
            return new double[0];
        }
        return java.util.stream.DoubleStream.of(u.quantile(0), u.quantile(0.5), u.quantile(1))
                .filter(Double::isFinite).toArray();
    }

    static String label(Target t) {
        return t.name() + " " + t.box().lo()[0];
    }
}
