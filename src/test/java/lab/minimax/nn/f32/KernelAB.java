package lab.minimax.nn.f32;

import java.util.Arrays;
import java.util.SplittableRandom;

/** A/B of two float kernel implementations on the step's shapes, interleaved (not a test). */
public final class KernelAB {
    private KernelAB() {
    }

    interface Op {
        void run(FloatKernels k);
    }

    public static void main(String[] args) {
        FloatKernels a = new OldVectorFloatKernels(), b = FloatKernels.vector();
        SplittableRandom r = new SplittableRandom(1);
        int big = 1024 * 256;
        float[] x = new float[big], y = new float[big], w = new float[256 * 256], bias = new float[256], c = new float[big];
        for (float[] f : new float[][]{x, y, w, bias}) {
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) (r.nextDouble() - 0.5);
            }
        }
        String[] names = {"L fwd 1024x256x256 relu", "L bwd mask 1024x256x256", "L dW 256x1024x256 (tA)",
            "S fwd 512x64x64 relu", "S bwd mask 512x64x64", "S dW 64x512x64 (tA)", "S out 512x64x1 (tB)"};
        long[] flops = {1024L * 256 * 256, 1024L * 256 * 256, 1024L * 256 * 256, 512 * 64 * 64, 512 * 64 * 64, 512 * 64 * 64, 512 * 64};
        Op[] ops = {
            k -> k.mult(x, w, bias, null, c, 1024, 256, 256, FloatKernels.Epilogue.BIAS_RELU),
            k -> k.mult(x, w, null, y, c, 1024, 256, 256, FloatKernels.Epilogue.MASK),
            k -> k.multTransA(x, y, c, 256, 1024, 256),
            k -> k.mult(x, w, bias, null, c, 512, 64, 64, FloatKernels.Epilogue.BIAS_RELU),
            k -> k.mult(x, w, null, y, c, 512, 64, 64, FloatKernels.Epilogue.MASK),
            k -> k.multTransA(x, y, c, 64, 512, 64),
            k -> k.multTransB(x, w, bias, c, 512, 64, 1),
        };
        int reps = 7;
        for (int warm = 0; warm < 3; warm++) {
            for (int o = 0; o < ops.length; o++) {
                for (int i = 0; i < (int) Math.max(5, 2e7 / flops[o]); i++) {
                    ops[o].run(a);
                    ops[o].run(b);
                }
            }
        }
        for (int o = 0; o < ops.length; o++) {
            double[][] gf = new double[2][reps];
            for (int rep = 0; rep < reps; rep++) {
                for (int s = 0; s < 2; s++) {
                    FloatKernels k = s == 0 ? a : b;
                    int iters = (int) Math.max(5, 4e7 / flops[o]);
                    for (int i = 0; i < iters / 4; i++) {
                        ops[o].run(k);
                    }
                    long t0 = System.nanoTime();
                    for (int i = 0; i < iters; i++) {
                        ops[o].run(k);
                    }
                    gf[s][rep] = 2.0 * flops[o] * iters / (System.nanoTime() - t0);
                }
            }
            Arrays.sort(gf[0]);
            Arrays.sort(gf[1]);
            System.out.printf("%-28s old %6.1f GFLOP/s  new %6.1f GFLOP/s  (x%.2f)%n", names[o], gf[0][reps / 2], gf[1][reps / 2],
                    gf[1][reps / 2] / gf[0][reps / 2]);
        }
    }
}
