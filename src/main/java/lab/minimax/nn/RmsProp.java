package lab.minimax.nn;

/**
 * RMSProp with torch.optim.RMSprop semantics (centered = false, no weight decay):
 * <pre>
 *   v ← αv + (1 − α)g²,   u = g / (√v + ε)
 *   momentum μ &gt; 0: buf ← μ·buf + u, θ ← θ − lr·buf;   else θ ← θ − lr·u
 * </pre>
 */
public final class RmsProp extends RateOptimizer {
    private final double alpha;
    private final double eps;
    private final double momentum;
    private final float[][] v;
    private final float[][] buf;

    /**
     * @param lr       learning rate &gt; 0
     * @param alpha    smoothing constant α in [0, 1)
     * @param eps      ε &gt; 0
     * @param momentum μ in [0, 1)
     * @param params   the parameter arrays to size the state from
     */
    public RmsProp(double lr, double alpha, double eps, double momentum, float[][] params) {
        super(lr);
        this.alpha = Optimizer.requireRange("alpha", alpha, 0, 1);
        this.eps = Optimizer.requireEps(eps);
        this.momentum = Optimizer.requireRange("momentum", momentum, 0, 1);
        this.v = Optimizer.zerosLike(params);
        this.buf = Optimizer.zerosLike(params);
    }

    @Override
    public void step(float[][] params, float[][] grads) {
        Optimizer.checkShapes(v, params, grads);
        final float a = (float) alpha, c = (float) (1 - alpha), e = (float) eps, mu = (float) momentum;
        final float eta = (float) lr;
        for (int s = 0; s < params.length; s++) {
            final float[] p = params[s], g = grads[s], vs = v[s], bs = buf[s];
            for (int i = 0; i < p.length; i++) {
                float gi = g[i];
                float vi = a * vs[i] + c * gi * gi;
                vs[i] = vi;
                float u = gi / ((float) Math.sqrt(vi) + e);
                if (mu > 0) {
                    u += mu * bs[i];
                    bs[i] = u;
                }
                p[i] -= eta * u;
            }
        }
    }

    /** v of every parameter array, then the momentum buffer (live; the buffer stays 0 without momentum). */
    @Override
    public float[][] state() {
        float[][] s = new float[2 * v.length][];
        System.arraycopy(v, 0, s, 0, v.length);
        System.arraycopy(buf, 0, s, v.length, buf.length);
        return s;
    }
}
