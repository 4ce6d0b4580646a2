package lab.minimax.metrics;

/**
 * One-dimensional Gaussian kernel weights on a regular line of points, without one exp per point:
 * for x_i = x0 + iΔ and g_k = exp(−(d + kΔ)²/(2h²)) (d = x_{i0} − s, i0 the point nearest s),
 * g_{k+1} = g_k·r_k with r_k = exp(−(2dΔ + Δ²)/(2h²))·c^k, c = exp(−Δ²/h²); the same with −d
 * going down. Three exps per sample and axis; the relative rounding error grows like k·1e-16.
 * The 2D kernel is the product of two such lines (separable).
 */
final class GaussianSplat {
    private GaussianSplat() {
    }

    /**
     * Fills w[i] = exp(−(x_i − s)²/(2h²)) for the points with |x_i − s| ≤ radius.
     *
     * @param range out: first and last index written
     * @return false when no point lies within the radius
     */
    static boolean fill(double s, double x0, double step, int n, double h, double radius, double[] w, int[] range) {
        double lo = Math.ceil((s - radius - x0) / step);
        double hi = Math.floor((s + radius - x0) / step);
        int iLo = (int) Math.max(0, lo);
        int iHi = (int) Math.min(n - 1, hi);
        if (iLo > iHi || hi < 0 || lo > n - 1) {
            return false;
        }
        int i0 = (int) Math.max(iLo, Math.min(iHi, Math.rint((s - x0) / step)));
        double inv2h2 = 0.5 / (h * h);
        double d = x0 + i0 * step - s;
        double g0 = StrictMath.exp(-d * d * inv2h2);
        double c = StrictMath.exp(-2 * step * step * inv2h2);
        w[i0] = g0;
        double g = g0;
        double r = StrictMath.exp(-(2 * d * step + step * step) * inv2h2);
        for (int i = i0 + 1; i <= iHi; i++) {
            g *= r;
            r *= c;
            w[i] = g;
        }
        g = g0;
        r = StrictMath.exp(-(-2 * d * step + step * step) * inv2h2);
        for (int i = i0 - 1; i >= iLo; i--) {
            g *= r;
            r *= c;
            w[i] = g;
        }
        range[0] = iLo;
        range[1] = iHi;
        return true;
    }
}
