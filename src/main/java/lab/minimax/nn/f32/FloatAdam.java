package lab.minimax.nn.f32;

/**
 * Adam in float32 with torch.optim.Adam semantics (bias-corrected, ε added to the corrected √v),
 * one fused pass over all parameter arrays per step. At step t (from 1):
 * <pre>
 *   m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂)g²
 *   θ ← θ − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
 * </pre>
 */
public final class FloatAdam {
    private final float lr, beta1, beta2, eps;
    private final float[][] m, v;
    private long t;

    public FloatAdam(double lr, double beta1, double beta2, double eps, float[][] params) {
        if (!(lr >= 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps > 0)) {
            throw new IllegalArgumentException("Adam needs lr >= 0, beta1 and beta2 in [0, 1), eps > 0");
        }
        this.lr = (float) lr;
        this.beta1 = (float) beta1;
        this.beta2 = (float) beta2;
        this.eps = (float) eps;
        m = new float[params.length][];
        v = new float[params.length][];
        for (int s = 0; s < params.length; s++) {
            m[s] = new float[params[s].length];
            v[s] = new float[params[s].length];
        }
    }

    public void step(float[][] params, float[][] grads) {
        t++;
        final float b1 = beta1, b2 = beta2, e = eps, c1 = 1 - b1, c2 = 1 - b2;
        final float stepSize = (float) (lr / (1 - Math.pow(beta1, t)));
        final float invSqrtBc2 = (float) (1 / Math.sqrt(1 - Math.pow(beta2, t)));
        for (int s = 0; s < params.length; s++) {
            final float[] p = params[s], g = grads[s], ms = m[s], vs = v[s];
            for (int i = 0; i < p.length; i++) {
                float gi = g[i];
                float mi = b1 * ms[i] + c1 * gi;
                float vi = b2 * vs[i] + c2 * gi * gi;
                ms[i] = mi;
                vs[i] = vi;
                p[i] -= stepSize * (mi / ((float) Math.sqrt(vi) * invSqrtBc2 + e));
            }
        }
    }

    /** Steps taken so far. */
    public long steps() {
        return t;
    }
}
