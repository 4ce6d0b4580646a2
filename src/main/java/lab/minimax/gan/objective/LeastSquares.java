package lab.minimax.gan.objective;

/**
 * LSGAN (Mao et al. 2017) on the raw output V (no sigmoid, so that a = −1 is reachable):
 * L_D = ½E_p[(V − b)²] + ½E_q[(V − a)²], L_G = ½E_q[(V − c)²]. Usual choices: a = 0, b = c = 1,
 * or a = −1, b = 1, c = 0. There is no variational bound: {@link #bound} is NaN.
 */
public final class LeastSquares implements Objective {
    private final double a;
    private final double b;
    private final double c;

    /**
     * @param a the target of generated rows in D's loss
     * @param b the target of real rows in D's loss
     * @param c the target the generator pushes its rows to
     */
    public LeastSquares(double a, double b, double c) {
        this.a = finite("objective.a", a);
        this.b = finite("objective.b", b);
        this.c = finite("objective.c", c);
    }

    private static double finite(String field, double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + x);
        }
        return x;
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    public double c() {
        return c;
    }

    @Override
    public double discriminatorLoss(double[] vReal, int nReal, double[] vFake, int nFake,
                                    double[] gradReal, double[] gradFake) {
        Rows.check("vReal", nReal, vReal, gradReal);
        Rows.check("vFake", nFake, vFake, gradFake);
        // L_D = (1/(2n_p)) Σ (V_i − b)² + (1/(2n_q)) Σ (V_j − a)²;  dL_D/dV_i = (V_i − b)/n_p
        return 0.5 * squares(vReal, nReal, b, gradReal) / nReal + 0.5 * squares(vFake, nFake, a, gradFake) / nFake;
    }

    @Override
    public double generatorLoss(double[] vFake, int nFake, double[] gradFake) {
        Rows.check("vFake", nFake, vFake, gradFake);
        // L_G = (1/(2n_q)) Σ (V_j − c)²
        return 0.5 * squares(vFake, nFake, c, gradFake) / nFake;
    }

    /** Σ (v_i − t)² over i &lt; n, setting grad_i = (v_i − t)/n. */
    private static double squares(double[] v, int n, double t, double[] grad) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = v[i] - t;
            sum += d * d;
            grad[i] = d / n;
        }
        return sum;
    }

    @Override
    public double bound(double[] vReal, int nReal, double[] vFake, int nFake) {
        return Double.NaN;
    }

    /** The score itself. */
    @Override
    public double display(double v) {
        return v;
    }

    @Override
    public String toString() {
        return "LSGAN(a " + a + ", b " + b + ", c " + c + ")";
    }
}
