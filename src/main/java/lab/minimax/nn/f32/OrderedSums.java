package lab.minimax.nn.f32;

/**
 * The scalar parts shared by both {@link FloatKernels}: an element's start value and the narrow
 * product C = A·Bᵀ + bias, summed in the contract's order (from the start value, p = 0..k−1, one
 * {@code Math.fma} per p). Eight rows run at a time so that eight independent FMA chains overlap
 * (enough to keep both FMA pipes busy at four cycles' latency); then four, then one.
 */
final class OrderedSums {
    private OrderedSums() {
    }

    /** An element's start: bias[j] for the bias epilogues, else 0. */
    static float start(float[] bias, int j, FloatKernels.Epilogue e) {
        return e == FloatKernels.Epilogue.BIAS || e == FloatKernels.Epilogue.BIAS_RELU ? bias[j] : 0f;
    }

    /** Rows [i0, i1) of C = A·Bᵀ + 1·biasᵀ: C_ij = fma-sum over p of A_ip·B_jp from bias_j (or 0). */
    static void multTransB(float[] a, float[] b, float[] bias, float[] c, int m, int k, int n, int i0, int i1) {
        int i = i0;
        for (; i + 8 <= i1; i += 8) {
            final int a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
            final int a4 = a3 + k, a5 = a4 + k, a6 = a5 + k, a7 = a6 + k;
            for (int j = 0; j < n; j++) {
                final int bj = j * k;
                float s0 = bias == null ? 0f : bias[j], s1 = s0, s2 = s0, s3 = s0;
                float s4 = s0, s5 = s0, s6 = s0, s7 = s0;
                for (int p = 0; p < k; p++) {
                    float w = b[bj + p];
                    s0 = Math.fma(a[a0 + p], w, s0);
                    s1 = Math.fma(a[a1 + p], w, s1);
                    s2 = Math.fma(a[a2 + p], w, s2);
                    s3 = Math.fma(a[a3 + p], w, s3);
                    s4 = Math.fma(a[a4 + p], w, s4);
                    s5 = Math.fma(a[a5 + p], w, s5);
                    s6 = Math.fma(a[a6 + p], w, s6);
                    s7 = Math.fma(a[a7 + p], w, s7);
                }
                c[i * n + j] = s0;
                c[(i + 1) * n + j] = s1;
                c[(i + 2) * n + j] = s2;
                c[(i + 3) * n + j] = s3;
                c[(i + 4) * n + j] = s4;
                c[(i + 5) * n + j] = s5;
                c[(i + 6) * n + j] = s6;
                c[(i + 7) * n + j] = s7;
            }
        }
        for (; i + 4 <= i1; i += 4) {
            final int a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
            for (int j = 0; j < n; j++) {
                final int bj = j * k;
                float s0 = bias == null ? 0f : bias[j], s1 = s0, s2 = s0, s3 = s0;
                for (int p = 0; p < k; p++) {
                    float w = b[bj + p];
                    s0 = Math.fma(a[a0 + p], w, s0);
                    s1 = Math.fma(a[a1 + p], w, s1);
                    s2 = Math.fma(a[a2 + p], w, s2);
                    s3 = Math.fma(a[a3 + p], w, s3);
                }
                c[i * n + j] = s0;
                c[(i + 1) * n + j] = s1;
                c[(i + 2) * n + j] = s2;
                c[(i + 3) * n + j] = s3;
            }
        }
        for (; i < i1; i++) {
            final int ai = i * k;
            for (int j = 0; j < n; j++) {
                final int bj = j * k;
                float s = bias == null ? 0f : bias[j];
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a[ai + p], b[bj + p], s);
                }
                c[i * n + j] = s;
            }
        }
    }
}
