package lab.minimax.nn;

/**
 * SGD with momentum, torch.optim.SGD semantics (dampening 0, no Nesterov, no weight decay):
 * buf ← μ·buf + g (buf = g at the first step, which equals μ·0 + g), θ ← θ − lr·buf; with μ = 0
 * simply θ ← θ − lr·g.
 */
public final class Sgd implements Optimizer {
    private double lr;
    private final double momentum;
    private final double[][] buf;

    /**
     * @param lr       learning rate &gt; 0
     * @param momentum μ in [0, 1)
     * @param params   the parameter arrays to size the state from
     */
    public Sgd(double lr, double momentum, double[][] params) {
        this.lr = Optimizer.requireLearningRate(lr);
        this.momentum = Optimizer.requireRange("momentum", momentum, 0, 1);
        this.buf = Optimizer.zerosLike(params);
    }

    @Override
    public void step(double[][] params, double[][] grads) {
        Optimizer.checkShapes(buf, params, grads);
        final double mu = momentum;
        final double eta = lr;
        for (int t = 0; t < params.length; t++) {
            final double[] p = params[t], g = grads[t], v = buf[t];
            if (mu == 0) {
                for (int i = 0; i < p.length; i++) {
                    p[i] -= eta * g[i];
                }
            } else {
                for (int i = 0; i < p.length; i++) {
                    double b = mu * v[i] + g[i];
                    v[i] = b;
                    p[i] -= eta * b;
                }
            }
        }
    }

    @Override
    public double learningRate() {
        return lr;
    }

    @Override
    public void setLearningRate(double lr) {
        this.lr = Optimizer.requireLearningRate(lr);
    }
}
