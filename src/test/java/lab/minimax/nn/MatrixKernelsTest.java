package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Both kernel implementations against a naive triple loop, and against each other. */
class MatrixKernelsTest {
    private static final int[] SIZES = {1, 3, 17, 64, 65, 257};
    private static final double EPS = Math.ulp(1.0);
    private static final double GUARD = -12345.678;

    enum Op { AB, ATB, ABT }

    static List<MatrixKernels> implementations() {
        List<MatrixKernels> ks = new ArrayList<>();
        ks.add(MatrixKernels.plain());
        if (MatrixKernels.vectorAvailable()) {
            ks.add(MatrixKernels.vector());
        }
        return ks;
    }

    @Test
    void vectorModuleIsPresentUnderTheBuild() {
        // the pom adds --add-modules jdk.incubator.vector to Surefire: both paths are tested
        assertTrue(MatrixKernels.vectorAvailable());
        assertEquals("vector", MatrixKernels.vector().name());
        assertEquals("plain", MatrixKernels.plain().name());
    }

    @Test
    void everyShapeMatchesTheNaiveProduct() {
        SplittableRandom rng = new SplittableRandom(42);
        double worst = 0;
        int cases = 0;
        for (int m : SIZES) {
            for (int k : SIZES) {
                for (int n : SIZES) {
                    for (Op op : Op.values()) {
                        // bias and accumulate combinations, cycled over the shapes
                        boolean acc = ((m + k + n + op.ordinal()) & 1) == 0;
                        boolean withBias = op == Op.AB && ((m + 2 * k + n) % 3 != 0);
                        worst = Math.max(worst, check(rng, op, m, k, n, acc, withBias));
                        cases++;
                    }
                }
            }
        }
        System.out.printf("kernels: %d cases, max |C − naive| / error bound %.3f%n", cases, worst);
    }

    @Test
    void allFlagCombinationsOnOddShapes() {
        SplittableRandom rng = new SplittableRandom(7);
        int[][] shapes = {{1, 1, 1}, {3, 17, 65}, {65, 3, 17}, {17, 65, 3}, {5, 8, 16}, {9, 64, 1}, {257, 1, 9}};
        for (int[] s : shapes) {
            for (Op op : Op.values()) {
                for (boolean acc : new boolean[]{false, true}) {
                    for (boolean bias : op == Op.AB ? new boolean[]{false, true} : new boolean[]{false}) {
                        check(rng, op, s[0], s[1], s[2], acc, bias);
                    }
                }
            }
        }
    }

    /**
     * Runs op on random data with every implementation and returns the largest
     * |C − C_naive| / bound, where bound = 2(k+2)ε·Σ|terms| is the classical error bound of a
     * recursive dot product (any summation order); asserts it is ≤ 1 and that the elements past
     * m·n are untouched.
     */
    private static double check(SplittableRandom rng, Op op, int m, int k, int n, boolean acc, boolean withBias) {
        double[] a = random(rng, m * k);
        double[] b = random(rng, k * n);
        double[] bias = withBias ? random(rng, n) : null;
        double[] c0 = random(rng, m * n);
        double[] ref = new double[m * n];
        double[] mag = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0, abs = 0;
                for (int p = 0; p < k; p++) {
                    double aip = op == Op.ATB ? a[p * m + i] : a[i * k + p];
                    double bpj = op == Op.ABT ? b[j * k + p] : b[p * n + j];
                    s += aip * bpj;
                    abs += Math.abs(aip * bpj);
                }
                if (bias != null) {
                    s += bias[j];
                    abs += Math.abs(bias[j]);
                }
                if (acc) {
                    s += c0[i * n + j];
                    abs += Math.abs(c0[i * n + j]);
                }
                ref[i * n + j] = s;
                mag[i * n + j] = abs;
            }
        }
        double worst = 0;
        for (MatrixKernels kern : implementations()) {
            double[] c = new double[m * n + 5];
            System.arraycopy(c0, 0, c, 0, m * n);
            for (int t = m * n; t < c.length; t++) {
                c[t] = GUARD;
            }
            if (!acc) {
                for (int t = 0; t < m * n; t++) {
                    c[t] = Double.NaN; // must be overwritten, never read
                }
            }
            switch (op) {
                case AB -> kern.mult(a, b, bias, c, m, k, n, acc);
                case ATB -> kern.multTransA(a, b, c, m, k, n, acc);
                default -> kern.multTransB(a, b, c, m, k, n, acc);
            }
            for (int t = 0; t < m * n; t++) {
                double bound = 2 * (k + 2) * EPS * mag[t] + Double.MIN_NORMAL;
                double r = Math.abs(c[t] - ref[t]) / bound;
                String where = kern.name() + " " + op + " m=" + m + " k=" + k + " n=" + n
                        + " acc=" + acc + " bias=" + withBias + " at " + t;
                assertTrue(r <= 1, where + ": " + c[t] + " vs " + ref[t]);
                worst = Math.max(worst, r);
            }
            for (int t = m * n; t < c.length; t++) {
                assertEquals(GUARD, c[t], 0, "wrote past C");
            }
        }
        return worst;
    }

    /**
     * ReLU forward and mask against the branch's definition, bit for bit, on every length up to a
     * few vectors (so the vector body and the tail both run) and on the bit trick's edge cases.
     */
    @Test
    void reluPassesMatchTheBranchBitForBit() {
        double[] edges = {-0.0, 0.0, Double.NaN, Double.longBitsToDouble(0xfff8000000000000L),
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE,
            Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -2.5, 3.25};
        SplittableRandom rng = new SplittableRandom(4);
        for (MatrixKernels K : implementations()) {
            for (int len = 0; len <= 37; len++) {
                double[] z = new double[len], g = new double[len];
                for (int i = 0; i < len; i++) {
                    z[i] = i < edges.length && len > 20 ? edges[i] : rng.nextDouble() - 0.5;
                    g[i] = rng.nextDouble() - 0.5;
                }
                double[] a = new double[len + 1], gm = java.util.Arrays.copyOf(g, len + 1);
                a[len] = GUARD;
                gm[len] = GUARD;
                K.relu(z, a, len);
                K.reluMask(z, gm, len);
                for (int i = 0; i < len; i++) {
                    String at = K.name() + " len " + len + " z = " + z[i];
                    assertEquals(Double.doubleToRawLongBits(z[i] > 0 ? z[i] : 0.0), Double.doubleToRawLongBits(a[i]), "relu, " + at);
                    assertEquals(Double.doubleToRawLongBits(z[i] > 0 ? g[i] : 0.0), Double.doubleToRawLongBits(gm[i]), "mask, " + at);
                }
                assertEquals(GUARD, a[len], "relu wrote past len");
                assertEquals(GUARD, gm[len], "mask wrote past len");
            }
        }
    }

    @Test
    void plainAndVectorAgreeOnATrainingShape() {
        SplittableRandom rng = new SplittableRandom(9);
        int m = 256, k = 64, n = 64;
        double[] a = random(rng, m * k), b = random(rng, k * n), bias = random(rng, n);
        double[] c1 = new double[m * n], c2 = new double[m * n];
        MatrixKernels.plain().mult(a, b, bias, c1, m, k, n, false);
        MatrixKernels.vector().mult(a, b, bias, c2, m, k, n, false);
        for (int t = 0; t < c1.length; t++) {
            assertEquals(c1[t], c2[t], 1e-13);
        }
    }

    @Test
    void matrixOverloadsCheckAndReshape() {
        MatrixKernels kern = MatrixKernels.selected();
        DMatrixRMaj A = new DMatrixRMaj(new double[][]{{1, 2}, {3, 4}, {5, 6}});
        DMatrixRMaj B = new DMatrixRMaj(new double[][]{{1, 0, -1}, {2, 1, 0}});
        DMatrixRMaj C = new DMatrixRMaj(1, 1);
        kern.mult(A, B, new double[]{10, 20, 30}, C, false);
        assertEquals(3, C.numRows);
        assertEquals(3, C.numCols);
        assertEquals(1 + 4 + 10, C.get(0, 0), 0);
        assertEquals(5 * -1 + 0 + 30, C.get(2, 2), 0);
        kern.multTransA(A, A, C, false); // AᵀA 2×2
        assertEquals(1 + 9 + 25, C.get(0, 0), 0);
        assertEquals(2 + 12 + 30, C.get(0, 1), 0);
        kern.multTransB(A, A, C, false); // AAᵀ 3×3
        assertEquals(3 + 8, C.get(0, 1), 0);
        kern.multTransB(A, A, C, true);
        assertEquals(2 * (3 + 8), C.get(0, 1), 0);
        assertThrows(IllegalArgumentException.class, () -> kern.mult(A, A, null, new DMatrixRMaj(1, 1), false));
        assertThrows(IllegalArgumentException.class, () -> kern.multTransA(A, B, new DMatrixRMaj(1, 1), false));
        assertThrows(IllegalArgumentException.class, () -> kern.multTransB(A, B, new DMatrixRMaj(1, 1), false));
        assertThrows(IllegalArgumentException.class, () -> kern.mult(A, B, null, new DMatrixRMaj(2, 3), true));
        assertThrows(IllegalArgumentException.class, () -> kern.mult(A, B, new double[2], C, false));
    }

    @Test
    void selectionHonoursThePropertyAndTheModule() {
        assertSame(MatrixKernels.plain(), KernelProvider.select("plain", true));
        assertSame(MatrixKernels.plain(), KernelProvider.select(" PLAIN ", false));
        assertSame(MatrixKernels.plain(), KernelProvider.select(null, false));
        assertSame(MatrixKernels.plain(), KernelProvider.select("", false));
        assertSame(MatrixKernels.vector(), KernelProvider.select(null, true));
        assertSame(MatrixKernels.vector(), KernelProvider.select("vector", true));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> KernelProvider.select("vector", false));
        assertTrue(missing.getMessage().contains("--add-modules jdk.incubator.vector"), missing.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> KernelProvider.select("simd", true));
        assertTrue(bad.getMessage().contains("plain|vector"), bad.getMessage());
        String forced = System.getProperty(MatrixKernels.PROPERTY);
        assertEquals(forced == null ? "vector" : forced.trim().toLowerCase(), MatrixKernels.selected().name());
    }

    static double[] random(SplittableRandom rng, int len) {
        double[] x = new double[len];
        for (int i = 0; i < len; i++) {
            x[i] = 2 * rng.nextDouble() - 1;
        }
        return x;
    }
}
