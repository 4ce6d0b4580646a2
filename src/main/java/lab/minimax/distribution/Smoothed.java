package lab.minimax.distribution;

import java.util.random.RandomGenerator;

/**
 * The smoothed target p_h = p ⊛ N(0, h² I) of a {@link Smoothable} target: its exact density
 * (the target's closed form), and samples X + hZ. Its box is the target's widened by 5h.
 */
public final class Smoothed implements Target, Target.LogDensity {
    private final Target base;
    private final double h;
    private final Target.LogDensity log;

    private Smoothed(Target base, double h, Target.LogDensity log) {
        this.base = base;
        this.h = h;
        this.log = log;
    }

    /** p_h for target t and bandwidth h &gt; 0; IllegalArgumentException for a target without a closed form. */
    public static Smoothed of(Target t, double h) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("smoothing: h must be a positive number, was " + h);
        }
        if (!(t instanceof Smoothable s)) {
            throw new IllegalArgumentException("smoothing: no closed form of p ⊛ N(0, h²) for target " + t.name());
        }
        return new Smoothed(t, h, s.smoothedBy(h));
    }

    public double h() {
        return h;
    }

    @Override
    public String name() {
        return base.name() + "⊛N(0," + h + "²)";
    }

    @Override
    public int dim() {
        return base.dim();
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        base.sample(rng, out, n);
        for (int i = 0; i < n * dim(); i++) {
            out[i] += h * rng.nextGaussian();
        }
    }

    @Override
    public double density(double[] x, int offset) {
        return StrictMath.exp(log.logDensity(x, offset));
    }

    @Override
    public double logDensity(double[] x, int offset) {
        return log.logDensity(x, offset);
    }

    @Override
    public Box box() {
        Box b = base.box();
        double[] lo = b.lo().clone();
        double[] hi = b.hi().clone();
        for (int d = 0; d < lo.length; d++) {
            lo[d] -= 5 * h;
            hi[d] += 5 * h;
        }
        return new Box(lo, hi);
    }
}
