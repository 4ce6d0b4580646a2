package lab.minimax.nn.f32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Both {@link FloatOps}: against closed forms where float arithmetic is exact, against the
 * formulas in double where it is not, and the Vector API path against the plain loops bit for
 * bit (the lanes must not change any element's order of operations). The column counts cover
 * 4-vector blocks, single vectors and scalar remainders at 16 lanes (and so at 8 and 4).
 */
class FloatOpsTest {
    private static final int[] COLS = {1, 2, 15, 16, 17, 33, 64, 65, 100, 256, 300};

    private static FloatOps[] impls() {
        return FloatKernelProvider.modulePresent()
                ? new FloatOps[]{FloatOps.plain(), FloatOps.vector()}
                : new FloatOps[]{FloatOps.plain()};
    }

    private static float[] random(SplittableRandom r, int n, double scale) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (scale * (2 * r.nextDouble() - 1));
        }
        return x;
    }

    @Test
    void vectorOpsAreSelectedWithTheVectorKernels() {
        assertEquals(FloatKernels.selected().name(), FloatOps.selected().name());
        assertEquals("vector", FloatOps.vector().name());
    }

    @Test
    void columnSumsOfSmallIntegersAreExact() {
        // G[i, j] = i − 2j: Σ_{i<n} G[i, j] = n(n − 1)/2 − 2jn, exact in float (all below 2²⁴)
        for (FloatOps ops : impls()) {
            for (int cols : COLS) {
                int rows = 37;
                float[] g = new float[rows * cols];
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        g[i * cols + j] = i - 2 * j;
                    }
                }
                float[] db = new float[cols];
                for (int j = 0; j < cols; j++) {
                    db[j] = 5 + j;
                }
                ops.addColumnSums(g, rows, cols, db);
                for (int j = 0; j < cols; j++) {
                    float want = 5 + j + rows * (rows - 1) / 2f - 2f * j * rows;
                    assertEquals(want, db[j], 0f, ops.name() + " cols=" + cols + " j=" + j);
                }
            }
        }
    }

    @Test
    void columnSumsFollowTheRowOrderOnEveryPath() {
        SplittableRandom r = new SplittableRandom(3);
        for (int cols : COLS) {
            int rows = 513;
            float[] g = random(r, rows * cols, 1);
            float[] start = random(r, cols, 1);
            float[] want = new float[cols];
            double[] exact = new double[cols];
            for (int j = 0; j < cols; j++) {
                // the contract: from db[j], i = 0..rows−1, one float addition each
                float s = start[j];
                double d = start[j];
                for (int i = 0; i < rows; i++) {
                    s += g[i * cols + j];
                    d += g[i * cols + j];
                }
                want[j] = s;
                exact[j] = d;
            }
            for (FloatOps ops : impls()) {
                float[] db = start.clone();
                ops.addColumnSums(g, rows, cols, db);
                assertArrayEquals(want, db, 0f, ops.name() + " cols=" + cols);
                for (int j = 0; j < cols; j++) {
                    // rows float additions of terms ≤ 1: error ≤ rows·2⁻²⁴·Σ|partial sums| ≲ 1e-4 here
                    assertTrue(Math.abs(db[j] - exact[j]) < 1e-3, ops.name() + " cols=" + cols + " j=" + j);
                }
            }
        }
    }

    @Test
    void addIsElementwise() {
        for (FloatOps ops : impls()) {
            for (int len : COLS) {
                float[] d = new float[len + 3];
                float[] t = new float[len + 3];
                for (int i = 0; i < d.length; i++) {
                    d[i] = i;
                    t[i] = 0.5f * i;
                }
                ops.add(t, d, len);
                for (int i = 0; i < d.length; i++) {
                    assertEquals(i < len ? 1.5f * i : i, d[i], 0f, ops.name() + " len=" + len + " i=" + i);
                }
            }
        }
    }

    @Test
    void adamMatchesItsFormulaAndIsTheSameBitsOnEveryPath() {
        SplittableRandom r = new SplittableRandom(4);
        float b1 = 0.5f, c1 = 0.5f, b2 = 0.9f, c2 = 0.1f, step = 1e-3f, sqrtBc2 = 0.3f, eps = 1e-8f;
        for (int len : new int[]{1, 15, 16, 17, 31, 1000, 4417}) {
            float[] p0 = random(r, len, 1), g = random(r, len, 0.1), m0 = random(r, len, 0.05);
            float[] v0 = random(r, len, 0.01);
            for (int i = 0; i < len; i++) {
                v0[i] = Math.abs(v0[i]);
            }
            float[][] results = new float[impls().length][];
            int at = 0;
            for (FloatOps ops : impls()) {
                float[] p = p0.clone(), m = m0.clone(), v = v0.clone();
                ops.adam(p, g, m, v, b1, c1, b2, c2, step, sqrtBc2, eps);
                for (int i = 0; i < len; i++) {
                    double mi = 0.5 * m0[i] + 0.5 * g[i];
                    double vi = 0.9 * v0[i] + 0.1 * (double) g[i] * g[i];
                    double pi = p0[i] - 1e-3 * mi / (Math.sqrt(vi) / 0.3 + 1e-8);
                    assertEquals(mi, m[i], 1e-6 * (Math.abs(mi) + 1e-6), "m " + ops.name() + " i=" + i);
                    assertEquals(vi, v[i], 1e-6 * (vi + 1e-9), "v " + ops.name() + " i=" + i);
                    // the step is ≤ 1e-3·0.3·|m|/√v·…: a float-rounded step on a value ~1
                    assertEquals(pi, p[i], 2e-7 * (1 + Math.abs(pi)), "p " + ops.name() + " i=" + i);
                }
                float[] all = new float[3 * len];
                System.arraycopy(p, 0, all, 0, len);
                System.arraycopy(m, 0, all, len, len);
                System.arraycopy(v, 0, all, 2 * len, len);
                results[at++] = all;
            }
            for (int i = 1; i < results.length; i++) {
                assertArrayEquals(results[0], results[i], 0f, "len=" + len + ": the paths differ");
            }
        }
    }

    @Test
    void leakyReluIsTheScalarRuleBitForBitWithSignedZerosNaNsAndInfinities() {
        SplittableRandom r = new SplittableRandom(7);
        float[] special = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE,
            -Float.MIN_VALUE, 1e-30f, -1e-30f};
        for (int len : COLS) {
            float[] a = random(r, len, 3), g = random(r, len, 2);
            for (int i = 0; i < len; i += 3) {
                a[i] = special[(i / 3) % special.length];
                g[(i * 7) % len] = special[(i / 3 + 4) % special.length];
            }
            float[] wantA = new float[len], wantG = new float[len];
            for (int i = 0; i < len; i++) {
                wantA[i] = a[i] > 0 ? a[i] : 0.2f * a[i];
                wantG[i] = a[i] > 0 ? g[i] : 0.2f * g[i];
            }
            for (FloatOps ops : impls()) {
                float[] x = a.clone(), y = g.clone();
                ops.leakyReluBackward(a, y, len, 0.2f);
                ops.leakyRelu(x, len, 0.2f);
                for (int i = 0; i < len; i++) {
                    assertEquals(Float.floatToRawIntBits(wantA[i]), Float.floatToRawIntBits(x[i]),
                            ops.name() + " leakyRelu len " + len + " at " + i);
                    assertEquals(Float.floatToRawIntBits(wantG[i]), Float.floatToRawIntBits(y[i]),
                            ops.name() + " leakyReluBackward len " + len + " at " + i);
                }
            }
        }
    }
}
