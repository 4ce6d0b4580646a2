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

    @Test
    void plainAndVectorAgree() {
        SplittableRandom r = new SplittableRandom(3);
        int m = 512, k = 256, n = 256;
        float[] a = random(r, m * k), b = random(r, k * n), bias = random(r, n);
        float[] c1 = new float[m * n], c2 = new float[m * n];
        FloatKernels.plain().mult(a, b, bias, null, c1, m, k, n, FloatKernels.Epilogue.BIAS_RELU);
        FloatKernels.vector().mult(a, b, bias, null, c2, m, k, n, FloatKernels.Epilogue.BIAS_RELU);
        for (int i = 0; i < c1.length; i++) {
            assertEquals(c1[i], c2[i], 1e-4f * (1 + Math.abs(c1[i])), "element " + i);
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
