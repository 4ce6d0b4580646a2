package lab.minimax.nn;

/** The learning rate every optimiser holds: checked on construction and on change, read by {@link #step}. */
abstract class RateOptimizer implements Optimizer {
    /** The current learning rate, finite and ≥ 0. */
    double lr;

    RateOptimizer(double lr) {
        this.lr = Optimizer.requireLearningRate(lr);
    }

    @Override
    public final double learningRate() {
        return lr;
    }

    @Override
    public final void setLearningRate(double lr) {
        this.lr = Optimizer.requireLearningRate(lr);
    }
}
