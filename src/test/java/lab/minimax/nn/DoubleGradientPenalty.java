package lab.minimax.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * TEST ORACLE: the former double-precision penalty. The WGAN-GP penalty of a critic V = Mlp with outputDim 1, and its weight gradient by double
 * backprop (package-private; owns its scratch, reshaped to the batch).
 *
 * <p>Notation: forward A₀ = x̂, Z_l = A_{l−1}W_l + b_l, A_l = σ(Z_l), V = Z_L. The input
 * gradient is the backward pass with dV = 1: G_L = 1, D_{l−1} = G_l·W_lᵀ, G_{l−1} = D_{l−1} ⊙
 * σ'(Z_{l−1}), g = ∇ₓV = D₀. The penalty P = (λ/n) Σ_i (‖g_i‖ − 1)². Adjoints (bars) of that
 * backward pass, run from the input side up:
 * <pre>
 *   D̄₀ = (2λ/n)(‖g_i‖ − 1)/‖g_i‖ · g_i                       (row i; 0 where g_i = 0)
 *   for l = 1..L:  dW_l += D̄_{l−1}ᵀ·G_l                      (from D_{l−1} = G_l W_lᵀ)
 *                  Ḡ_l = D̄_{l−1}·W_l                        (l &lt; L; G_L = 1 is constant)
 *                  Z̄_l = Ḡ_l ⊙ D_l ⊙ σ''(Z_l),  D̄_l = Ḡ_l ⊙ σ'(Z_l)
 * </pre>
 * and finally Z̄ is back-propagated through the forward pass like an ordinary gradient:
 * S_{L−1} = Z̄_{L−1}; dW_l += A_{l−1}ᵀ S_l, db_l += 1ᵀS_l, S_{l−1} = (S_l W_lᵀ) ⊙ σ'(Z_{l−1}) +
 * Z̄_{l−1}. For piecewise-linear σ (σ'' = 0) the Z̄ pass vanishes and is skipped.
 */
final class DoubleGradientPenalty {
    private final DoubleMlp net;
    /** D[l] = D_l (n × d_l), l = 0..L−1. */
    private final DMatrixRMaj[] D;
    /** ZBar[l] = Z̄_l, then S_l (n × d_l), hidden l. */
    private final DMatrixRMaj[] ZBar;
    /** Ping-pong buffers for D̄ and scratch. */
    private final DMatrixRMaj bar0 = new DMatrixRMaj(0, 1);
    private final DMatrixRMaj bar1 = new DMatrixRMaj(0, 1);

    DoubleGradientPenalty(DoubleMlp net) {
        this.net = net;
        int L = net.layers.length;
        D = new DMatrixRMaj[L];
        ZBar = new DMatrixRMaj[L];
        for (int l = 0; l < L; l++) {
            D[l] = new DMatrixRMaj(0, net.width(l));
            ZBar[l] = new DMatrixRMaj(0, net.width(l));
        }
    }

    double compute(DMatrixRMaj xHat, double lambda) {
        final DoubleMlp m = net;
        final DoubleKernels K = m.K;
        final Activation act = m.act;
        final int L = m.layers.length;
        m.forward(xHat);
        final int n = m.rows;
        final DMatrixRMaj one = m.onesColumn(n);
        final boolean secondOrder = !act.isPiecewiseLinear();

        // input-gradient pass: D_{l−1} = G_l·W_lᵀ, G_{l−1} = D_{l−1} ⊙ σ'(Z_{l−1})
        DMatrixRMaj Gl = one;
        for (int l = L; l >= 1; l--) {
            m.layers[l - 1].backwardInput(K, Gl, D[l - 1]);
            if (l > 1) {
                int len = n * m.width(l - 1);
                DMatrixRMaj next = m.G[l - 1];
                next.reshape(n, m.width(l - 1));
                System.arraycopy(D[l - 1].data, 0, next.data, 0, len);
                DoubleMlp.multiplyDerivative(act, m.Z[l - 1].data, m.A[l - 1].data, next.data, len);
                Gl = next;
            }
        }

        // P = (λ/n) Σ_i (‖g_i‖ − 1)²,  D̄₀[i,:] = (2λ/n)(‖g_i‖ − 1)/‖g_i‖ · g_i
        final int d0 = m.inputDim;
        final double[] g = D[0].data;
        DMatrixRMaj dBar = bar0;
        dBar.reshape(n, d0);
        final double[] gb = dBar.data;
        double sum = 0;
        for (int i = 0, o = 0; i < n; i++, o += d0) {
            double sq = 0;
            for (int j = 0; j < d0; j++) {
                sq += g[o + j] * g[o + j];
            }
            double norm = Math.sqrt(sq);
            sum += (norm - 1) * (norm - 1);
            double coef = norm > 0 ? 2 * lambda / n * (norm - 1) / norm : 0.0;
            for (int j = 0; j < d0; j++) {
                gb[o + j] = coef * g[o + j];
            }
        }

        // pass up: dW_l += D̄_{l−1}ᵀ·G_l; Ḡ_l = D̄_{l−1}·W_l; Z̄_l, D̄_l
        for (int l = 1; l <= L; l++) {
            DoubleDenseLayer layer = m.layers[l - 1];
            layer.accumulateGradients(K, dBar, l == L ? one : m.G[l], false);
            if (l < L) {
                DMatrixRMaj gBar = dBar == bar0 ? bar1 : bar0;
                layer.multiplyByW(K, dBar, gBar);
                int len = n * m.width(l);
                if (secondOrder) {
                    ZBar[l].reshape(n, m.width(l));
                    DoubleMlp.secondOrder(act, m.Z[l].data, m.A[l].data, D[l].data, gBar.data, ZBar[l].data, len);
                } else {
                    DoubleMlp.multiplyDerivative(act, m.Z[l].data, m.A[l].data, gBar.data, len);
                }
                dBar = gBar;
            }
        }

        // pass down the forward graph with Z̄ injected: S_{l−1} = (S_l W_lᵀ) ⊙ σ'(Z_{l−1}) + Z̄_{l−1}
        if (secondOrder) {
            for (int l = L - 1; l >= 1; l--) {
                DoubleDenseLayer layer = m.layers[l - 1];
                DMatrixRMaj S = ZBar[l];
                layer.accumulateGradients(K, m.A[l - 1], S, true);
                if (l > 1) {
                    int len = n * m.width(l - 1);
                    layer.backwardInput(K, S, bar0);
                    DoubleMlp.multiplyDerivative(act, m.Z[l - 1].data, m.A[l - 1].data, bar0.data, len);
                    final double[] t = bar0.data;
                    final double[] s = ZBar[l - 1].data;
                    for (int i = 0; i < len; i++) {
                        s[i] += t[i];
                    }
                }
            }
        }
        return lambda * sum / n;
    }
}
