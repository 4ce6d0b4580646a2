package lab.minimax.distribution;

import java.util.random.RandomGenerator;

/**
 * {@code line}: a segment of length L through 0 in direction θ, blurred by N(0, σ² I)
 * (isotropic: the ends are rounded): X = U·d + σZ with U ~ U[−L/2, L/2], d = (cos θ, sin θ),
 * Z ~ N(0, I). With a = x·d (along) and b = x·n
 * (across, n = (−sin θ, cos θ)) the exact density is
 * p(x) = (1/L)·[Φ((a + L/2)/σ) − Φ((a − L/2)/σ)]·φ(b/σ)/σ,
 * the difference taken on the tail nearer to a, so it keeps its relative accuracy.
 */
public final class LineTarget implements Target, Target.LogDensity, Target.LocalScale, Smoothable {
    private final double length;
    private final double sd;
    private final double c;
    private final double s;
    private final double angleDegrees;

    /** @param angleDegrees direction θ in degrees */
    public LineTarget(double length, double angleDegrees, double sd) {
        if (!(length > 0) || !(sd > 0)) {
            throw new IllegalArgumentException("line: length and sd must be > 0");
        }
        this.length = length;
        this.sd = sd;
        this.angleDegrees = angleDegrees;
        double th = Math.toRadians(angleDegrees);
        this.c = StrictMath.cos(th);
        this.s = StrictMath.sin(th);
    }

    @Override
    public String name() {
        return "line";
    }

    @Override
    public int dim() {
        return 2;
    }

    /** Per point: one uniform (position along the segment), then isotropic noise σ·(Z1, Z2). */
    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            double u = (rng.nextDouble() - 0.5) * length;
            double z1 = sd * rng.nextGaussian();
            double z2 = sd * rng.nextGaussian();
            out[2 * i] = u * c + z1;
            out[2 * i + 1] = u * s + z2;
        }
    }

    @Override
    public double density(double[] x, int offset) {
        double a = x[offset] * c + x[offset + 1] * s;
        double b = -x[offset] * s + x[offset + 1] * c;
        return along(a) * Normal.pdf(b / sd) / sd;
    }

    /** (1/L)·P(a − L/2 ≤ σZ ≤ a + L/2), on the tail nearer to a. */
    private double along(double a) {
        double zHi = (a + 0.5 * length) / sd;
        double zLo = (a - 0.5 * length) / sd;
        double p = a >= 0 ? Normal.sf(zLo) - Normal.sf(zHi) : Normal.cdf(zHi) - Normal.cdf(zLo);
        return Math.max(p, 0) / length;
    }

    @Override
    public double logDensity(double[] x, int offset) {
        double a = x[offset] * c + x[offset + 1] * s;
        double b = -x[offset] * s + x[offset + 1] * c;
        double p = along(a);
        double logAlong;
        if (p > 1e-280) {
            logAlong = StrictMath.log(p);
        } else {
            // far tail: log(S(z1) − S(z2)) = log S(z1) + log(1 − e^(log S(z2) − log S(z1))), z1 < z2
            double aa = Math.abs(a);
            double z1 = (aa - 0.5 * length) / sd;
            double z2 = (aa + 0.5 * length) / sd;
            double l1 = Normal.logSf(z1);
            double l2 = Normal.logSf(z2);
            logAlong = l1 + StrictMath.log(-StrictMath.expm1(l2 - l1)) - StrictMath.log(length);
        }
        return logAlong + Normal.logPdf(b / sd) - StrictMath.log(sd);
    }

    /** U·d + σZ + hZ' = the same segment blurred by N(0, (σ² + h²) I). */
    @Override
    public Target.LogDensity smoothedBy(double h) {
        return new LineTarget(length, angleDegrees, Math.sqrt(sd * sd + h * h))::logDensity;
    }

    @Override
    public Box box() {
        double hx = 0.5 * length * Math.abs(c) + 5 * sd;
        double hy = 0.5 * length * Math.abs(s) + 5 * sd;
        return new Box(new double[]{-hx, -hy}, new double[]{hx, hy});
    }

    @Override
    public double localSd() {
        return sd;
    }

    /** Length over 2σ. */
    @Override
    public double localCount() {
        return Math.max(1, length / (2 * sd));
    }

    @Override
    public String toString() {
        return name();
    }
}
