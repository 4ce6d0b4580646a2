package lab.minimax.nn.f32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Splitting a product by rows over two threads gives bit-identical results to the wrapped kernels
 * (each row is computed by the same code), for every product and epilogue, on shapes with and
 * without row remainders; a failure on the worker reaches the caller.
 */
class ParallelFloatKernelsTest {
    private static float[] random(SplittableRandom r, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (2 * r.nextDouble() - 1);
        }
        return x;
    }

    @Test
    void rowSplitIsBitIdenticalToOneThread() {
        int[][] shapes = {{8, 3, 5}, {37, 64, 64}, {64, 17, 33}, {512, 256, 40}, {9, 64, 1}, {130, 2, 64},
            // split at row 20: rows 20..44 packed on the caller, rows 40..44 unpacked tiles on one thread
            {44, 300, 64}};
        SplittableRandom r = new SplittableRandom(7);
        for (FloatKernels base : new FloatKernels[]{FloatKernels.plain(), FloatKernels.vector()}) {
            try (ParallelFloatKernels par = new ParallelFloatKernels(base, 0)) {
                for (int[] s : shapes) {
                    int m = s[0], k = s[1], n = s[2];
                    float[] a = random(r, m * k), b = random(r, k * n), bias = random(r, n), mask = random(r, m * n);
                    for (FloatKernels.Epilogue e : FloatKernels.Epilogue.values()) {
                        float[] c1 = random(r, m * n), c2 = c1.clone();
                        base.mult(a, b, bias, mask, c1, m, k, n, e);
                        par.mult(a, b, bias, mask, c2, m, k, n, e);
                        assertArrayEquals(c1, c2, base.name() + " mult " + e + " " + m + "x" + k + "x" + n);
                    }
                    float[] at = random(r, k * m), bt = random(r, n * k);
                    float[] c1 = new float[m * n], c2 = random(r, m * n);
                    base.multTransA(at, b, c1, m, k, n);
                    par.multTransA(at, b, c2, m, k, n);
                    assertArrayEquals(c1, c2, base.name() + " transA " + m + "x" + k + "x" + n);
                    base.multTransB(a, bt, bias, c1, m, k, n);
                    par.multTransB(a, bt, bias, c2, m, k, n);
                    assertArrayEquals(c1, c2, base.name() + " transB " + m + "x" + k + "x" + n);
                }
            }
        }
    }

    @Test
    void workerFailureReachesTheCaller() {
        try (ParallelFloatKernels par = new ParallelFloatKernels(FloatKernels.plain(), 0)) {
            // C too short for the worker's rows [0, 8): the worker throws, the caller reports it
            float[] a = new float[16 * 4], b = new float[4 * 4];
            assertThrows(RuntimeException.class, () -> par.mult(a, b, null, null, new float[8], 16, 4, 4,
                    FloatKernels.Epilogue.NONE));
            // and it still works afterwards
            float[] c1 = new float[64], c2 = new float[64];
            FloatKernels.plain().mult(a, b, null, null, c1, 16, 4, 4, FloatKernels.Epilogue.NONE);
            par.mult(a, b, null, null, c2, 16, 4, 4, FloatKernels.Epilogue.NONE);
            assertArrayEquals(c1, c2);
        }
    }
}
