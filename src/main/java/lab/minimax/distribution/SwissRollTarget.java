package lab.minimax.distribution;

/**
 * {@code swissroll}: the curve (t cos t, t sin t)/7.5, t ∈ [1.5π, 4.5π] (scikit-learn's swiss roll
 * projected on its first and third coordinates and scaled by 1/7.5, as in the WGAN-GP toy
 * script), mass uniform in t, blurred by N(0, noise²). A fine mixture ({@link CurveMixture}).
 */
public final class SwissRollTarget extends MixtureBackedTarget {
    static final double T0 = 1.5 * Math.PI;
    static final double T1 = 4.5 * Math.PI;
    static final double SCALE = 7.5;
    private final double count;

    public SwissRollTarget(double noise) {
        super("swissroll", build(noise), false);
        this.count = CurveMixture.length(SwissRollTarget::x, SwissRollTarget::y, T0, T1) / (2 * noise);
    }

    static double x(double t) {
        return t * StrictMath.cos(t) / SCALE;
    }

    static double y(double t) {
        return t * StrictMath.sin(t) / SCALE;
    }

    private static GaussianMixture build(double noise) {
        CurveMixture c = new CurveMixture();
        // |c'(t)| = √(1 + t²)/7.5, largest at t1
        double maxSpeed = Math.sqrt(1 + T1 * T1) / SCALE;
        c.addCurve(SwissRollTarget::x, SwissRollTarget::y, t -> 1, T0, T1, maxSpeed, noise, 1);
        return c.build(noise);
    }

    /** Curve length over 2σ. */
    @Override
    public double localCount() {
        return Math.max(1, count);
    }
}
