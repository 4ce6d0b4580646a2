package lab.minimax.nn;

import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;

/**
 * The WGAN-GP penalty of a {@link LayerStack} critic and its weight gradient by double backprop:
 * {@link GradientPenalty}'s recipe with each layer's linear map A_l in place of X·W_l (its
 * adjoint Aᵀ for ·W_lᵀ). Forward A₀ = x̂, Z_l = A_l(A_{l−1}) + b_l, A_l = σ(Z_l), V = Z_L; the
 * input gradient G_L = 1, D_{l−1} = A_lᵀ(G_l), G_{l−1} = D_{l−1} ⊙ σ'(Z_{l−1}), g = D₀;
 * P = (λ/n) Σ_i (‖g_i‖ − 1)². Adjoints, from the input side up:
 * <pre>
 *   D̄₀ = (2λ/n)(‖g_i‖ − 1)/‖g_i‖ · g_i                (row i; 0 where g_i = 0)
 *   for l = 1..L:  dW_l += ∂⟨D̄_{l−1}, A_lᵀ(G_l)⟩/∂W_l = ∂⟨G_l, A_l(D̄_{l−1})⟩/∂W_l
 *                  Ḡ_l = A_l(D̄_{l−1})                 (l &lt; L)
 *                  Z̄_l = Ḡ_l ⊙ D_l ⊙ σ''(Z_l),  D̄_l = Ḡ_l ⊙ σ'(Z_l)
 * </pre>
 * then S_{L−1} = Z̄_{L−1}, dW_l += ∂⟨S_l, A_l(A_{l−1})⟩/∂W_l, db_l += 1ᵀS_l,
 * S_{l−1} = A_lᵀ(S_l) ⊙ σ'(Z_{l−1}) + Z̄_{l−1} (skipped when σ'' = 0). Norms and the penalty's
 * sum in double. Owns its scratch, reshaped to the batch.
 */
final class StackGradientPenalty {
    private final LayerStack net;
    private final FMatrixRMaj[] D;
    private final FMatrixRMaj[] ZBar;
    private final FMatrixRMaj bar0 = new FMatrixRMaj(0, 1);
    private final FMatrixRMaj bar1 = new FMatrixRMaj(0, 1);

    StackGradientPenalty(LayerStack net) {
        this.net = net;
        int L = net.layers.length;
        D = new FMatrixRMaj[L];
        ZBar = new FMatrixRMaj[L];
        for (int l = 0; l < L; l++) {
            D[l] = new FMatrixRMaj(0, net.width(l));
            ZBar[l] = new FMatrixRMaj(0, net.width(l));
        }
    }

    double compute(FMatrixRMaj xHat, double lambda) {
        final LayerStack m = net;
        final FloatKernels K = m.K;
        final Activation act = m.act;
        final int L = m.layers.length;
        m.forward(xHat);
        final int n = m.rows;
        final FMatrixRMaj one = m.onesColumn(n);
        final boolean secondOrder = !act.isPiecewiseLinear();

        // input-gradient pass: D_{l−1} = A_lᵀ(G_l), G_{l−1} = D_{l−1} ⊙ σ'(Z_{l−1})
        FMatrixRMaj Gl = one;
        for (int l = L; l >= 1; l--) {
            Layer layer = m.layers[l - 1];
            if (l == 1) {
                layer.backwardInput(K, Gl, D[0]);
                break;
            }
            FMatrixRMaj next = m.G[l - 1];
            int len = n * m.width(l - 1);
            if (secondOrder) {
                layer.backwardInput(K, Gl, D[l - 1]);
                next.reshape(n, m.width(l - 1));
                System.arraycopy(D[l - 1].data, 0, next.data, 0, len);
            } else {
                layer.backwardInput(K, Gl, next);
            }
            act.multiplyDerivative(m.A[l - 1].data, next.data, len);
            Gl = next;
        }

        // P = (λ/n) Σ_i (‖g_i‖ − 1)²,  D̄₀[i,:] = (2λ/n)(‖g_i‖ − 1)/‖g_i‖ · g_i
        final int d0 = m.inputDim;
        final float[] g = D[0].data;
        FMatrixRMaj dBar = bar0;
        dBar.reshape(n, d0);
        final float[] gb = dBar.data;
        double sum = 0;
        for (int i = 0, o = 0; i < n; i++, o += d0) {
            double sq = 0;
            for (int j = 0; j < d0; j++) {
                sq += (double) g[o + j] * g[o + j];
            }
            double norm = Math.sqrt(sq);
            sum += (norm - 1) * (norm - 1);
            double coef = norm > 0 ? 2 * lambda / n * (norm - 1) / norm : 0.0;
            for (int j = 0; j < d0; j++) {
                gb[o + j] = (float) (coef * g[o + j]);
            }
        }

        // pass up: dW_l += ∂⟨G_l, A_l(D̄_{l−1})⟩/∂W_l; Ḡ_l = A_l(D̄_{l−1}); Z̄_l, D̄_l
        for (int l = 1; l <= L; l++) {
            Layer layer = m.layers[l - 1];
            layer.accumulateGradients(K, dBar, l == L ? one : m.G[l], false);
            if (l < L) {
                FMatrixRMaj gBar = dBar == bar0 ? bar1 : bar0;
                int len = n * m.width(l);
                layer.multiplyByW(K, dBar, gBar);
                if (secondOrder) {
                    ZBar[l].reshape(n, m.width(l));
                    act.secondOrder(m.A[l].data, D[l].data, gBar.data, ZBar[l].data, len);
                } else {
                    act.multiplyDerivative(m.A[l].data, gBar.data, len);
                }
                dBar = gBar;
            }
        }

        // pass down the forward graph with Z̄ injected: S_{l−1} = A_lᵀ(S_l) ⊙ σ'(Z_{l−1}) + Z̄_{l−1}
        if (secondOrder) {
            for (int l = L - 1; l >= 1; l--) {
                Layer layer = m.layers[l - 1];
                FMatrixRMaj S = ZBar[l];
                // A_{l−1} is the input of the layer's last forward: a convolution reuses its patches
                layer.backward(K, m.A[l - 1], S, true, l > 1 ? bar0 : null);
                if (l > 1) {
                    int len = n * m.width(l - 1);
                    act.multiplyDerivative(m.A[l - 1].data, bar0.data, len);
                    final float[] t = bar0.data;
                    final float[] s = ZBar[l - 1].data;
                    for (int i = 0; i < len; i++) {
                        s[i] += t[i];
                    }
                }
            }
        }
        return lambda * sum / n;
    }
}
