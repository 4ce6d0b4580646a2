package lab.minimax.distribution;

/**
 * {@code spiral}: two interleaved spiral arms ±r(t)(cos t, sin t), r(t) = 2.5·t/(3π),
 * t ∈ [0, 3π] (1.5 turns, meeting at the origin, 0.83 apart radially), each with half the mass
 * spread uniformly in arclength, blurred by N(0, noise²). A fine mixture ({@link CurveMixture}).
 */
public final class SpiralTarget extends MixtureBackedTarget {
    static final double T = 3 * Math.PI;
    static final double R = 2.5;
    private final double count;

    public SpiralTarget(double noise) {
        super("spiral", build(noise), false);
        this.count = 2 * CurveMixture.length(SpiralTarget::x, SpiralTarget::y, 0, T) / (2 * noise);
    }

    static double x(double t) {
        return R * t / T * StrictMath.cos(t);
    }

    static double y(double t) {
        return R * t / T * StrictMath.sin(t);
    }

    /** |c'(t)| = (R/T)·√(1 + t²). */
    static double speed(double t) {
        return R / T * Math.sqrt(1 + t * t);
    }

    private static GaussianMixture build(double noise) {
        CurveMixture c = new CurveMixture();
        double maxSpeed = speed(T);
        c.addCurve(SpiralTarget::x, SpiralTarget::y, SpiralTarget::speed, 0, T, maxSpeed, noise, 0.5);
        c.addCurve(t -> -x(t), t -> -y(t), SpiralTarget::speed, 0, T, maxSpeed, noise, 0.5);
        return c.build(noise);
    }

    /** Total curve length over 2σ. */
    @Override
    public double localCount() {
        return Math.max(1, count);
    }
}
