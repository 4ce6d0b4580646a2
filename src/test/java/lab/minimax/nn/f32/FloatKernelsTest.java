package lab.minimax.nn.f32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Both float kernel implementations against a double-precision evaluation of the definition, on
 * shapes that exercise full tiles, 1-vector tiles and scalar row and column remainders.
 */
class FloatKernelsTest {
    private static final int[][] SHAPES = {
        {1, 1, 1}, {4, 2, 64}, {7, 3, 33}, {256, 64, 64}, {13, 64, 2}, {9, 17, 1}, {5, 1, 70}, {33, 256, 48},
        // the packed large-shape path (k·n ≥ 16384, n whole tiles), with 4-row and 1-row remainders and a partial block
        {20, 256, 64}, {13, 200, 96}};

    private static float[] random(SplittableRandom r, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (2 * r.nextDouble() - 1);
        }
        return x;
    }

    private static FloatKernels[] impls() {
        return FloatKernelProvider.modulePresent()
                ? new FloatKernels[]{FloatKernels.plain(), FloatKernels.vector()}
                : new FloatKernels[]{FloatKernels.plain()};
    }

    /** |x − y| ≤ 1e-5·(1 + Σ|terms|): float rounding of a k-term sum. */
    private static void close(double want, float got, double scale, String what) {
        assertTrue(Math.abs(want - got) <= 1e-5 * (1 + scale), what + ": want " + want + ", got " + got);
    }

    @Test
    void vectorImplementationIsAvailableHere() {
        // the build adds --add-modules jdk.incubator.vector to every JVM (pom.xml)
        assertTrue(FloatKernelProvider.modulePresent());
        assertEquals("vector", FloatKernels.vector().name());
    }

    @Test
    void multWithEveryEpilogueMatchesDefinition() {
        SplittableRandom r = new SplittableRandom(1);
        for (FloatKernels K : impls()) {
            for (int[] s : SHAPES) {
                int m = s[0], k = s[1], n = s[2];
                float[] a = random(r, m * k), b = random(r, k * n), bias = random(r, n), mask = random(r, m * n);
                for (FloatKernels.Epilogue e : FloatKernels.Epilogue.values()) {
                    float[] c = random(r, m * n); // garbage: must be overwritten
                    K.mult(a, b, bias, mask, c, m, k, n, e);
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            double sum = 0, scale = 0;
                            for (int p = 0; p < k; p++) {
                                sum += (double) a[i * k + p] * b[p * n + j];
                                scale += Math.abs((double) a[i * k + p] * b[p * n + j]);
                            }
                            if (e == FloatKernels.Epilogue.BIAS || e == FloatKernels.Epilogue.BIAS_RELU) {
                                sum += bias[j];
                            }
                            if (e == FloatKernels.Epilogue.BIAS_RELU) {
                                sum = Math.max(0, sum);
                            }
                            if (e == FloatKernels.Epilogue.MASK && !(mask[i * n + j] > 0)) {
                                sum = 0;
                            }
                            close(sum, c[i * n + j], scale, K.name() + " " + e + " " + m + "x" + k + "x" + n);
                        }
                    }
                }
            }
        }
    }

    @Test
    void transposedProductsMatchDefinition() {
        SplittableRandom r = new SplittableRandom(2);
        for (FloatKernels K : impls()) {
            for (int[] s : SHAPES) {
                int m = s[0], k = s[1], n = s[2];
                // C = Aᵀ·B, A k×m, B k×n
                float[] a = random(r, k * m), b = random(r, k * n), c = random(r, m * n);
                K.multTransA(a, b, c, m, k, n);
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        double sum = 0, scale = 0;
                        for (int p = 0; p < k; p++) {
                            sum += (double) a[p * m + i] * b[p * n + j];
                            scale += Math.abs((double) a[p * m + i] * b[p * n + j]);
                        }
                        close(sum, c[i * n + j], scale, K.name() + " transA " + m + "x" + k + "x" + n);
                    }
                }
                // C = A·Bᵀ + bias, A m×k, B n×k
                float[] a2 = random(r, m * k), b2 = random(r, n * k), bias = random(r, n), c2 = random(r, m * n);
                K.multTransB(a2, b2, bias, c2, m, k, n);
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        double sum = bias[j], scale = 0;
                        for (int p = 0; p < k; p++) {
                            sum += (double) a2[i * k + p] * b2[j * k + p];
                            scale += Math.abs((double) a2[i * k + p] * b2[j * k + p]);
                        }
                        close(sum, c2[i * n + j], scale, K.name() + " transB " + m + "x" + k + "x" + n);
                    }
                }
            }
        }
    }

    /**
     * The contract's fixed order, bit for bit: every product of both implementations equals the
     * scalar evaluation "start (bias or 0), then Math.fma over p = 0..k−1 in order" exactly, for
     * every shape and epilogue — so plain and vector, and any vector width, give the same bits.
     */
    @Test
    void everyProductIsTheOrderedFmaSumBitForBit() {
        SplittableRandom r = new SplittableRandom(3);
        int[][] shapes = {{512, 256, 256}, {33, 64, 48}, {8, 2, 64}, {5, 64, 1}, {13, 64, 2}, {20, 256, 64}, {7, 3, 33},
            {36, 300, 64}};
        for (FloatKernels K : impls()) {
            for (int[] s : shapes) {
                int m = s[0], k = s[1], n = s[2];
                float[] a = random(r, m * k), b = random(r, k * n), bias = random(r, n), mask = random(r, m * n);
                float[] at = random(r, k * m), bt = random(r, n * k), c0 = random(r, m * n);
                for (FloatKernels.Epilogue e : FloatKernels.Epilogue.values()) {
                    float[] c = c0.clone();
                    K.mult(a, b, bias, mask, c, m, k, n, e);
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            int idx = i * n + j;
                            float acc = e == FloatKernels.Epilogue.BIAS || e == FloatKernels.Epilogue.BIAS_RELU ? bias[j] : 0f;
                            for (int p = 0; p < k; p++) {
                                acc = Math.fma(a[i * k + p], b[p * n + j], acc);
                            }
                            if (e == FloatKernels.Epilogue.BIAS_RELU) {
                                acc = Math.max(acc, 0f);
                            } else if (e == FloatKernels.Epilogue.MASK && !(mask[idx] > 0f)) {
                                acc = 0f;
                            }
                            assertEquals(Float.floatToRawIntBits(acc), Float.floatToRawIntBits(c[idx]),
                                    K.name() + " mult " + e + " " + m + "x" + k + "x" + n + " at " + i + "," + j);
                        }
                    }
                }
                float[] ct = c0.clone();
                K.multTransA(at, b, ct, m, k, n);
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        float acc = 0f;
                        for (int p = 0; p < k; p++) {
                            acc = Math.fma(at[p * m + i], b[p * n + j], acc);
                        }
                        assertEquals(Float.floatToRawIntBits(acc), Float.floatToRawIntBits(ct[i * n + j]),
                                K.name() + " transA " + m + "x" + k + "x" + n);
                    }
                }
                float[] c = c0.clone();
                K.multTransB(a, bt, bias, c, m, k, n);
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        float acc = bias[j];
                        for (int p = 0; p < k; p++) {
                            acc = Math.fma(a[i * k + p], bt[j * k + p], acc);
                        }
                        assertEquals(Float.floatToRawIntBits(acc), Float.floatToRawIntBits(c[i * n + j]),
                                K.name() + " transB " + m + "x" + k + "x" + n);
                    }
                }
                // C = epilogue(A·Bᵀ) of any width (B packed straight from Bᵀ, or transposed in scratch)
                for (FloatKernels.Epilogue e : new FloatKernels.Epilogue[]{FloatKernels.Epilogue.NONE, FloatKernels.Epilogue.MASK}) {
                    float[] cw = c0.clone();
                    K.multTransB(a, bt, mask, cw, m, k, n, e);
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            int idx = i * n + j;
                            float acc = 0f;
                            for (int p = 0; p < k; p++) {
                                acc = Math.fma(a[i * k + p], bt[j * k + p], acc);
                            }
                            if (e == FloatKernels.Epilogue.MASK && !(mask[idx] > 0f)) {
                                acc = 0f;
                            }
                            assertEquals(Float.floatToRawIntBits(acc), Float.floatToRawIntBits(cw[idx]),
                                    K.name() + " transB " + e + " " + m + "x" + k + "x" + n + " at " + i + "," + j);
                        }
                    }
                }
            }
        }
    }

    /** The MASK epilogue keeps C where mask > 0 (not −0, not NaN, +∞ and the smallest subnormal included), on both paths. */
    @Test
    void maskEpilogueHandlesSignedZerosNaNsAndInfinities() {
        float[] special = {-0f, 0f, Float.NaN, Float.intBitsToFloat(0xffc00000), Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, 1e-30f, -2.5f, 3f};
        int m = 4, k = 1, n = 50; // full vector tiles and a scalar column tail
        float[] a = new float[m * k], b = new float[k * n], mask = new float[m * n];
        java.util.Arrays.fill(a, 1f);
        for (int j = 0; j < n; j++) {
            b[j] = 1.5f + j;
        }
        for (int i = 0; i < m * n; i++) {
            mask[i] = special[(i * 7) % special.length];
        }
        for (FloatKernels K : impls()) {
            float[] c = new float[m * n];
            K.mult(a, b, null, mask, c, m, k, n, FloatKernels.Epilogue.MASK);
            for (int i = 0; i < m * n; i++) {
                float want = mask[i] > 0f ? 1.5f + i % n : 0f;
                assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(c[i]), K.name() + " mask " + mask[i]);
            }
        }
    }
}
