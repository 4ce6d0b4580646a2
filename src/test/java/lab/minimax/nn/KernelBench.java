package lab.minimax.nn;

import java.util.SplittableRandom;

/**
 * Prints GFLOP/s of the plain and Vector API kernels on the shapes of a training step (not a
 * test: run {@code java --add-modules jdk.incubator.vector -cp ... lab.minimax.nn.KernelBench}).
 */
public final class KernelBench {
    private KernelBench() {
    }

    public static void main(String[] args) {
        int[][] shapes = {{256, 64, 64}, {512, 64, 64}, {512, 256, 256}, {512, 2, 64}, {512, 64, 1}};
        System.out.println("vector lanes (double): " + (MatrixKernels.vectorAvailable() ? VectorKernels.lanes() : 0));
        MatrixKernels[] ks = MatrixKernels.vectorAvailable()
                ? new MatrixKernels[]{MatrixKernels.plain(), MatrixKernels.vector()}
                : new MatrixKernels[]{MatrixKernels.plain()};
        for (int pass = 0; pass < 2; pass++) {
            for (int[] s : shapes) {
                for (MatrixKernels kern : ks) {
                    for (String op : new String[]{"A·B", "Aᵀ·B", "A·Bᵀ"}) {
                        double g = gflops(kern, op, s[0], s[1], s[2], pass == 0 ? 0.2 : 0.5);
                        if (pass == 1) {
                            System.out.printf("%-6s %-5s m=%d k=%d n=%d  %.2f GFLOP/s%n",
                                    kern.name(), op, s[0], s[1], s[2], g);
                        }
                    }
                }
            }
        }
    }

    static double gflops(MatrixKernels kern, String op, int m, int k, int n, double seconds) {
        SplittableRandom rng = new SplittableRandom(1);
        double[] a = new double[m * k], b = new double[k * n], c = new double[m * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextDouble() - 0.5;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = rng.nextDouble() - 0.5;
        }
        long reps = 0;
        long t0 = System.nanoTime();
        long t;
        do {
            for (int r = 0; r < 20; r++) {
                switch (op) {
                    case "A·B":
                        kern.mult(a, b, null, c, m, k, n, false);
                        break;
                    case "Aᵀ·B": // A stored k×m: same array size, C m×n
                        kern.multTransA(a, b, c, m, k, n, false);
                        break;
                    default: // A m×k · (n×k)ᵀ with B of the same size
                        kern.multTransB(a, b, c, m, k, n, false);
                        break;
                }
            }
            reps += 20;
            t = System.nanoTime();
        } while (t - t0 < seconds * 1e9);
        double flop = 2.0 * m * k * n * reps;
        return flop / (t - t0);
    }
}
