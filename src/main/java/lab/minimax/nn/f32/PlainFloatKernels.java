package lab.minimax.nn.f32;

/**
 * {@link FloatKernels} in plain Java loops (i-p-j order: each C[i, j] gets its products in p order,
 * one {@code Math.fma} each, as the contract fixes; the JIT vectorises the j loop).
 */
final class PlainFloatKernels implements FloatKernels {
    static final PlainFloatKernels INSTANCE = new PlainFloatKernels();

    @Override
    public String name() {
        return "plain";
    }

    @Override
    public void mult(float[] a, float[] b, float[] bias, float[] mask, float[] c, int m, int k, int n, Epilogue e,
                     int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            int ci = i * n;
            // c_i = start + Σ_p a_ip · b_p (rows of B), p in order
            begin(bias, c, ci, n, e);
            for (int p = 0; p < k; p++) {
                float aip = a[i * k + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] = Math.fma(aip, b[bp + j], c[ci + j]);
                }
            }
            applyEpilogue(c, mask, ci, n, e);
        }
    }

    /** Row c[ci .. ci+n) set to the sums' start: the bias, or 0. */
    private static void begin(float[] bias, float[] c, int ci, int n, Epilogue e) {
        if (e == Epilogue.BIAS || e == Epilogue.BIAS_RELU) {
            System.arraycopy(bias, 0, c, ci, n);
        } else {
            java.util.Arrays.fill(c, ci, ci + n, 0f);
        }
    }

    /** The elementwise part of an epilogue on c[ci .. ci+n). */
    static void applyEpilogue(float[] c, float[] mask, int ci, int n, Epilogue e) {
        if (e == Epilogue.BIAS_RELU) {
            for (int j = ci; j < ci + n; j++) {
                c[j] = Math.max(0f, c[j]);
            }
        } else if (e == Epilogue.MASK) {
            // c = mask > 0 ? c : 0 without a branch (half of them would mispredict): AND c's bits
            // with all ones when mask's bits are in [1, +∞'s bits] as a signed int, else 0
            for (int j = ci; j < ci + n; j++) {
                int m = Float.floatToRawIntBits(mask[j]);
                int live = (-m >> 31) & ((m - 0x7f800001) >> 31);
                c[j] = Float.intBitsToFloat(Float.floatToRawIntBits(c[j]) & live);
            }
        }
    }

    @Override
    public void multTransA(float[] a, float[] b, float[] c, int m, int k, int n, int i0, int i1) {
        java.util.Arrays.fill(c, i0 * n, i1 * n, 0f);
        // C_i· = Σ_p A_pi · B_p·, p in order
        for (int p = 0; p < k; p++) {
            int ap = p * m, bp = p * n;
            for (int i = i0; i < i1; i++) {
                float api = a[ap + i];
                int ci = i * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] = Math.fma(api, b[bp + j], c[ci + j]);
                }
            }
        }
    }

    @Override
    public void multTransB(float[] a, float[] b, float[] bias, float[] c, int m, int k, int n, int i0, int i1) {
        OrderedSums.multTransB(a, b, bias, c, m, k, n, i0, i1);
    }

    @Override
    public void multTransB(float[] a, float[] b, float[] mask, float[] c, int m, int k, int n, Epilogue e,
                           int i0, int i1) {
        // C = epilogue(A·(Bᵀ)), Bᵀ formed in scratch
        mult(a, Transposes.of(b, n, k), null, mask, c, m, k, n, e, i0, i1);
    }
}
