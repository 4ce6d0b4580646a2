package lab.minimax.nn.f32;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A hand-run micro-measure (not a test): the products of issue 14's two bench steps (the MLP's
 * 784/512/256-wide layers at batch 64 and 128, and the DCGAN's convolution GEMMs), each alone on
 * one thread, as GFLOP/s from the median of 5 chunks of the thread's CPU time. Run after
 * {@code ./mvnw -o test-compile}:
 * <pre>
 *   java --add-modules jdk.incubator.vector -cp target/classes:target/test-classes:$(cat cp.txt) \
 *       lab.minimax.nn.f32.GemmShapesBench [seconds per shape]
 * </pre>
 */
public final class GemmShapesBench {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private GemmShapesBench() {
    }

    /** kind: "AB" (mult, bias), "ATB" (multTransA), "ABT" (multTransB, mask); m, k, n of C = m×n over k. */
    private static final Object[][] SHAPES = {
        {"AB", 256, 256, 256, "256³"},
        {"AB", 128, 784, 512, "D1 fwd [X;X~]"},
        {"AB", 64, 512, 784, "G3 fwd"},
        {"AB", 128, 512, 256, "D2 fwd"},
        {"AB", 64, 256, 512, "G2 fwd"},
        {"ATB", 784, 128, 512, "D1 dW"},
        {"ATB", 512, 64, 784, "G3 dW"},
        {"ATB", 512, 128, 256, "D2 dW"},
        {"ABT", 128, 256, 512, "D2 dX"},
        {"ABT", 64, 512, 784, "D1 dX (G step)"},
        {"ABT", 64, 784, 512, "G3 dX"},
        {"AB", 3136, 512, 64, "conv2 fwd"},
        {"AB", 3136, 64, 512, "convT1 X·W"},
        {"ATB", 512, 3136, 64, "conv2 dW"},
        {"ATB", 64, 3136, 512, "convT1 dW"},
        {"ABT", 3136, 64, 512, "conv2 dX"},
        {"ABT", 3136, 512, 64, "convT1 dX"},
        {"AB", 12544, 16, 32, "conv1 fwd"},
        {"AB", 12544, 32, 16, "convT2 X·W"},
    };

    public static void main(String[] args) {
        double secs = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        FloatKernels K = FloatKernels.selected();
        SplittableRandom r = new SplittableRandom(1);
        for (Object[] s : SHAPES) {
            String kind = (String) s[0];
            int m = (Integer) s[1], k = (Integer) s[2], n = (Integer) s[3];
            float[] a = rnd(r, m * k), b = rnd(r, k * n), bias = rnd(r, n), mask = rnd(r, m * n), c = new float[m * n];
            Runnable op = switch (kind) {
                case "AB" -> () -> K.mult(a, b, bias, null, c, m, k, n, FloatKernels.Epilogue.BIAS);
                case "ATB" -> () -> K.multTransA(a, b, c, m, k, n);
                default -> () -> K.multTransB(a, b, mask, c, m, k, n, FloatKernels.Epilogue.MASK);
            };
            double ms = time(op, secs);
            System.out.printf("[%s L=%d] %-4s %5d×%4d×%4d %-16s %8.3f ms %6.1f GFLOP/s%n", K.name(),
                    jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.length(), kind, m, k, n, s[4], ms,
                    2e-6 * m * k * n / ms);
        }
    }

    private static float[] rnd(SplittableRandom r, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (2 * r.nextDouble() - 1);
        }
        return x;
    }

    private static double time(Runnable op, double secs) {
        long t0 = MX.getCurrentThreadCpuTime();
        long n = 0;
        while (MX.getCurrentThreadCpuTime() - t0 < secs * 0.5e9 || n < 3) {
            op.run();
            n++;
        }
        double per = (MX.getCurrentThreadCpuTime() - t0) / 1e9 / n;
        int k = (int) Math.max(1, secs / 10 / per);
        double[] ms = new double[5];
        for (int c = 0; c < 5; c++) {
            long c0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < k; i++) {
                op.run();
            }
            ms[c] = (MX.getCurrentThreadCpuTime() - c0) / 1e6 / k;
        }
        Arrays.sort(ms);
        return ms[2];
    }
}
