package lab.minimax.nn;

/**
 * TEST ORACLE: a feed-forward net of {@link DoubleLinearLayer}s in double, A₀ = X,
 * Z_l = A_l(A_{l−1}) + b_l, A_l = σ(Z_l) for hidden l, V = Z_L, with σ, σ', σ'' from the
 * activation's scalar definitions: forward, back-propagation, the input gradient, and the WGAN-GP
 * penalty with its weight gradient by double backprop (the recipe of {@link StackGradientPenalty},
 * written out in scalar loops).
 */
final class DoubleStack {
    final DoubleLinearLayer[] layers;
    final Activation act;
    /** norms[l] normalises Z_l (hidden l), or null; length L + 1. */
    final DoubleBatchNorm[] norms;
    /** The last forward's Z_l and A_l (A[0] = X), l = 0..L. */
    double[][] Z, A;
    int n;

    DoubleStack(Activation act, DoubleLinearLayer... layers) {
        this.layers = layers;
        this.act = act;
        this.norms = new DoubleBatchNorm[layers.length + 1];
    }

    int L() {
        return layers.length;
    }

    double[] forward(double[] x, int rows) {
        n = rows;
        int L = L();
        Z = new double[L + 1][];
        A = new double[L + 1][];
        A[0] = x.clone();
        for (int l = 1; l <= L; l++) {
            Z[l] = layers[l - 1].linear(A[l - 1], n, true);
            if (norms[l] != null) {
                Z[l] = norms[l].forward(Z[l], n, layers[l - 1].outSize());
            }
            A[l] = new double[Z[l].length];
            for (int t = 0; t < Z[l].length; t++) {
                A[l][t] = l < L ? act.value(Z[l][t]) : Z[l][t];
            }
        }
        return A[L].clone();
    }

    /** The signs of the hidden pre-activations of the last forward (to keep FD steps off the kinks). */
    boolean[] hiddenSigns() {
        int total = 0;
        for (int l = 1; l < L(); l++) {
            total += Z[l].length;
        }
        boolean[] s = new boolean[total];
        int o = 0;
        for (int l = 1; l < L(); l++) {
            for (double z : Z[l]) {
                s[o++] = z > 0;
            }
        }
        return s;
    }

    /** The smallest |Z| over the hidden pre-activations of the last forward. */
    double kinkMargin() {
        double m = Double.POSITIVE_INFINITY;
        for (int l = 1; l < L(); l++) {
            for (double z : Z[l]) {
                m = Math.min(m, Math.abs(z));
            }
        }
        return m;
    }

    /** ADDS dL/dθ for dL/dY = dY of the last forward when weightGrads; returns dL/dX. */
    double[] backward(double[] dY, boolean weightGrads) {
        double[] G = dY.clone();
        for (int l = L(); l >= 1; l--) {
            if (norms[l] != null) {
                G = norms[l].backward(G);
            }
            if (weightGrads) {
                layers[l - 1].accumulate(A[l - 1], G, n, true);
            }
            double[] D = layers[l - 1].backwardInput(G, n);
            if (l > 1) {
                for (int t = 0; t < D.length; t++) {
                    D[t] *= act.derivative(Z[l - 1][t]);
                }
            }
            G = D;
        }
        return G;
    }

    /** ∇ₓV, rows of the input (outputs must be 1 per row). */
    double[] inputGradient(double[] x, int rows) {
        forward(x, rows);
        double[] one = new double[rows];
        java.util.Arrays.fill(one, 1);
        return backward(one, false);
    }

    void zeroGrad() {
        for (DoubleLinearLayer l : layers) {
            l.zeroGrad();
        }
        for (DoubleBatchNorm b : norms) {
            if (b != null) {
                b.zeroGrad();
            }
        }
    }

    /** P = (λ/n) Σ_i (‖∇ₓV(x̂_i)‖ − 1)², ADDING dP/dθ into the gradients. */
    double gradientPenalty(double[] xHat, int rows, double lambda) {
        forward(xHat, rows);
        final int L = L();
        double[][] Gs = new double[L + 1][];
        double[][] Ds = new double[L][];
        Gs[L] = new double[rows];
        java.util.Arrays.fill(Gs[L], 1);
        for (int l = L; l >= 1; l--) {
            Ds[l - 1] = layers[l - 1].backwardInput(Gs[l], n);
            if (l > 1) {
                Gs[l - 1] = new double[Ds[l - 1].length];
                for (int t = 0; t < Ds[l - 1].length; t++) {
                    Gs[l - 1][t] = Ds[l - 1][t] * act.derivative(Z[l - 1][t]);
                }
            }
        }
        int d0 = layers[0].inSize();
        double[] g = Ds[0];
        double[] dBar = new double[g.length];
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            double sq = 0;
            for (int j = 0; j < d0; j++) {
                sq += g[i * d0 + j] * g[i * d0 + j];
            }
            double norm = Math.sqrt(sq);
            sum += (norm - 1) * (norm - 1);
            double coef = norm > 0 ? 2 * lambda / rows * (norm - 1) / norm : 0;
            for (int j = 0; j < d0; j++) {
                dBar[i * d0 + j] = coef * g[i * d0 + j];
            }
        }
        double[][] zBar = new double[L][];
        for (int l = 1; l <= L; l++) {
            layers[l - 1].accumulate(dBar, Gs[l], n, false);
            if (l < L) {
                double[] gBar = layers[l - 1].linear(dBar, n, false);
                zBar[l] = new double[gBar.length];
                double[] next = new double[gBar.length];
                for (int t = 0; t < gBar.length; t++) {
                    zBar[l][t] = gBar[t] * Ds[l][t] * act.secondDerivative(Z[l][t]);
                    next[t] = gBar[t] * act.derivative(Z[l][t]);
                }
                dBar = next;
            }
        }
        if (L > 1) {
            double[] S = zBar[L - 1];
            for (int l = L - 1; l >= 1; l--) {
                layers[l - 1].accumulate(A[l - 1], S, n, true);
                if (l > 1) {
                    double[] back = layers[l - 1].backwardInput(S, n);
                    for (int t = 0; t < back.length; t++) {
                        back[t] = back[t] * act.derivative(Z[l - 1][t]) + zBar[l - 1][t];
                    }
                    S = back;
                }
            }
        }
        return lambda * sum / rows;
    }
}
