package lab.minimax.nn;

/**
 * SGD with momentum, torch.optim.SGD semantics (dampening 0, no Nesterov, no weight decay):
 * buf ← μ·buf + g (buf = g at the first step, which equals μ·0 + g), θ ← θ − lr·buf; with μ = 0
 * simply θ ← θ − lr·g.
 */
public final class Sgd extends RateOptimizer {
    private final double momentum;
    private final float[][] buf;

    /**
     * @param lr       learning rate &gt; 0
     * @param momentum μ in [0, 1)
     * @param params   the parameter arrays to size the state from
     */
    public Sgd(double lr, double momentum, float[][] params) {
        super(lr);
        this.momentum = Optimizer.requireRange("momentum", momentum, 0, 1);
        this.buf = Optimizer.zerosLike(params);
    }

    @Override
    public void step(float[][] params, float[][] grads) {
        Optimizer.checkShapes(buf, params, grads);
        final float mu = (float) momentum;
        final float eta = (float) lr;
        for (int t = 0; t < params.length; t++) {
            final float[] p = params[t], g = grads[t], v = buf[t];
            if (mu == 0) {
                for (int i = 0; i < p.length; i++) {
                    p[i] -= eta * g[i];
                }
            } else {
                for (int i = 0; i < p.length; i++) {
                    float b = mu * v[i] + g[i];
                    v[i] = b;
                    p[i] -= eta * b;
                }
            }
        }
    }

    /** The momentum buffer of every parameter array (live; it stays 0 without momentum). */
    @Override
    public float[][] state() {
        return buf.clone();
    }
}
