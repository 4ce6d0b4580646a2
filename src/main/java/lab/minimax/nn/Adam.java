package lab.minimax.nn;

import lab.minimax.nn.f32.FloatOps;

/**
 * Adam with torch.optim.Adam semantics (bias-corrected, no AMSGrad, no weight decay), one pass
 * over all parameters per step. At step t (from 1):
 * <pre>
 *   m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂)g²
 *   θ ← θ − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
 * </pre>
 * in PyTorch's operation order (m as in torch 1.13's {@code mul_(β₁).add_(g, 1 − β₁)}; newer
 * versions use {@code lerp}, equal up to rounding).
 */
public final class Adam extends RateOptimizer {
    /** The update loop (plain or Vector API, the same bits). */
    private static final FloatOps OPS = FloatOps.selected();
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final float[][] m;
    private final float[][] v;
    private long t;

    /**
     * @param lr     learning rate &gt; 0
     * @param beta1  β₁ in [0, 1)
     * @param beta2  β₂ in [0, 1)
     * @param eps    ε &gt; 0 (added to the bias-corrected √v, as PyTorch does)
     * @param params the parameter arrays to size the moments from
     */
    public Adam(double lr, double beta1, double beta2, double eps, float[][] params) {
        super(lr);
        this.beta1 = Optimizer.requireRange("beta1", beta1, 0, 1);
        this.beta2 = Optimizer.requireRange("beta2", beta2, 0, 1);
        this.eps = Optimizer.requireEps(eps);
        this.m = Optimizer.zerosLike(params);
        this.v = Optimizer.zerosLike(params);
    }

    @Override
    public void step(float[][] params, float[][] grads) {
        Optimizer.checkShapes(m, params, grads);
        t++;
        final float b1 = (float) beta1, b2 = (float) beta2, e = (float) eps;
        final float c1 = (float) (1 - beta1), c2 = (float) (1 - beta2);
        // the bias corrections in double (StrictMath: the same bits everywhere), then float32
        final float stepSize = (float) (lr / (1 - StrictMath.pow(beta1, t)));
        final float sqrtBc2 = (float) Math.sqrt(1 - StrictMath.pow(beta2, t));
        for (int s = 0; s < params.length; s++) {
            // m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², θ ← θ − stepSize·m / (√v / √(1 − β₂ᵗ) + ε)
            OPS.adam(params[s], grads[s], m[s], v[s], b1, c1, b2, c2, stepSize, sqrtBc2, e);
        }
    }

    /** Steps taken so far. */
    public long steps() {
        return t;
    }

    /** m of every parameter array, then v (live). */
    @Override
    public float[][] state() {
        float[][] s = new float[2 * m.length][];
        System.arraycopy(m, 0, s, 0, m.length);
        System.arraycopy(v, 0, s, m.length, v.length);
        return s;
    }

    /** t, the steps taken so far. */
    @Override
    public long stepCount() {
        return t;
    }

    @Override
    public void setStepCount(long t) {
        if (t < 0) {
            throw new IllegalArgumentException("Adam's step count must be >= 0, got " + t);
        }
        this.t = t;
    }
}
