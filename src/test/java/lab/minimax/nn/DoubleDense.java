package lab.minimax.nn;

/** TEST ORACLE: the affine layer Y = X·W + 1·bᵀ in double (W fanIn × fanOut, as {@link DenseLayer}). */
final class DoubleDense implements DoubleLinearLayer {
    final int in, out;
    final double[] w, b, dw, db;

    DoubleDense(int in, int out) {
        this.in = in;
        this.out = out;
        this.w = new double[in * out];
        this.b = new double[out];
        this.dw = new double[w.length];
        this.db = new double[out];
    }

    @Override
    public int inSize() {
        return in;
    }

    @Override
    public int outSize() {
        return out;
    }

    @Override
    public double[] linear(double[] x, int n, boolean withBias) {
        double[] y = new double[n * out];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < out; j++) {
                double s = withBias ? b[j] : 0;
                for (int p = 0; p < in; p++) {
                    s += x[i * in + p] * w[p * out + j];
                }
                y[i * out + j] = s;
            }
        }
        return y;
    }

    @Override
    public double[] backwardInput(double[] g, int n) {
        double[] dx = new double[n * in];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < in; p++) {
                double s = 0;
                for (int j = 0; j < out; j++) {
                    s += g[i * out + j] * w[p * out + j];
                }
                dx[i * in + p] = s;
            }
        }
        return dx;
    }

    @Override
    public void accumulate(double[] x, double[] g, int n, boolean withBias) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < out; j++) {
                if (withBias) {
                    db[j] += g[i * out + j];
                }
                for (int p = 0; p < in; p++) {
                    dw[p * out + j] += x[i * in + p] * g[i * out + j];
                }
            }
        }
    }

    @Override
    public double[][] parameters() {
        return new double[][]{w, b};
    }

    @Override
    public double[][] gradients() {
        return new double[][]{dw, db};
    }
}
