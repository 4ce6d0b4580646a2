package lab.minimax.nn;

import java.util.SplittableRandom;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;

/**
 * A hand-run micro-measure (not a test): forward + backward of issue 14's DCGAN G and D at batch
 * 64 on one thread (its CPU time), per kernel path, with the share of the four convolutions' GEMMs, and a
 * direct-loop float convolution beside im2col + GEMM for D's second layer. Prints figures only.
 * Run after {@code ./mvnw -o -Pproduction test-compile}:
 * <pre>
 *   java --add-modules jdk.incubator.vector -cp target/classes:target/test-classes:$(cat cp.txt) lab.minimax.nn.ConvBench
 * </pre>
 * with cp.txt from {@code ./mvnw -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class ConvBench {
    private static final int N = 64;

    private ConvBench() {
    }

    public static void main(String[] args) {
        double warm = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        double measure = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        FloatKernels[] paths = FloatKernels.vectorAvailable()
                ? new FloatKernels[]{FloatKernels.vector(), FloatKernels.plain()} : new FloatKernels[]{FloatKernels.plain()};
        for (FloatKernels K : paths) {
            run(K, warm, measure);
        }
    }

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    /**
     * Median over 5 chunks of this thread's CPU time per step, in ms, after a warm-up: CPU time,
     * not wall time, so that the other processes of a shared machine (which deschedule this one)
     * count less. Each chunk lasts about measure/5 seconds of CPU time.
     */
    private static double time(Runnable step, double warm, double measure) {
        long t0 = MX.getCurrentThreadCpuTime();
        long n = 0;
        while (MX.getCurrentThreadCpuTime() - t0 < warm * 1e9 || n < 3) {
            step.run();
            n++;
        }
        double perStep = (MX.getCurrentThreadCpuTime() - t0) / 1e9 / n;
        int k = (int) Math.max(1, measure / 5 / perStep);
        double[] ms = new double[5];
        for (int c = 0; c < 5; c++) {
            long c0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < k; i++) {
                step.run();
            }
            ms[c] = (MX.getCurrentThreadCpuTime() - c0) / 1e6 / k;
        }
        java.util.Arrays.sort(ms);
        return ms[2];
    }

    private static void run(FloatKernels K, double warm, double measure) {
        SplittableRandom rng = new SplittableRandom(1);
        Activation lrelu = new LeakyRelu(0.2);
        LayerStack g = LayerStack.dcganGenerator(64, 64, 32, 1, new Relu(), Init.PYTORCH, rng, K);
        LayerStack d = LayerStack.dcganCritic(1, 32, 64, lrelu, Init.PYTORCH, rng, K);
        FMatrixRMaj z = MlpOracleTest.randomFloats(rng, N, 64, 1);
        FMatrixRMaj dY = MlpOracleTest.randomFloats(rng, N, 784, 1e-3);
        FMatrixRMaj x = MlpOracleTest.randomFloats(rng, N, 784, 1);
        FMatrixRMaj dV = MlpOracleTest.randomFloats(rng, N, 1, 1e-3);
        FMatrixRMaj dx = new FMatrixRMaj(1, 1);

        // multiply-adds per sample: forward F; backward = dW (F) + dX (F, but not into z)
        long gF = 64L * 3136 + macs(g, 1) + macs(g, 2), dF = macs(d, 0) + macs(d, 1) + 3136;
        long gFB = N * (gF + gF + macs(g, 1) + macs(g, 2)), dFB = N * 3 * dF;
        double rg = time(() -> {
            g.zeroGrad();
            g.forward(z);
            g.backward(dY, true, null);
        }, warm, measure);
        double rd = time(() -> {
            d.zeroGrad();
            d.forward(x);
            d.backward(dV, true, dx);
        }, warm, measure);
        double rp = time(() -> d.gradientPenalty(x, 10), warm, measure);
        System.out.printf("[%s] G fwd+bwd (θ) batch %d: %.2f ms, %.0f MFLOP, %.1f GFLOP/s%n", K.name(), N, rg,
                2e-6 * gFB, 2e-6 * gFB / rg);
        System.out.printf("[%s] D fwd+bwd (θ and x) batch %d: %.2f ms, %.0f MFLOP, %.1f GFLOP/s%n", K.name(), N, rd,
                2e-6 * dFB, 2e-6 * dFB / rd);
        System.out.printf("[%s] D gradient penalty (fwd, ∇ₓV, double backprop) batch %d: %.2f ms%n", K.name(), N, rp);

        convTParts(g, K, warm / 4, measure / 4);
        breakdown("G", g, z, K, warm / 4, measure / 4);
        breakdown("D", d, x, K, warm / 4, measure / 4);

        // D's second convolution: the layer's forward against its GEMM alone and a direct loop
        Conv2d c2 = (Conv2d) d.layers[1];
        FMatrixRMaj a1 = MlpOracleTest.randomFloats(rng, N, c2.inSize(), 1), out = new FMatrixRMaj(1, 1);
        float[] col = new float[N * c2.g.positions() * c2.g.taps];
        c2.g.im2col(a1.data, N, col);
        float[] y = new float[N * c2.outSize()];
        double rl = time(() -> c2.forward(K, a1, out, false), warm, measure);
        double rm = time(() -> K.mult(col, c2.W().data, c2.b(), null, y, N * c2.g.positions(),
                c2.g.taps, c2.cOut, FloatKernels.Epilogue.BIAS), warm, measure);
        double ri = time(() -> c2.g.im2col(a1.data, N, col), warm, measure);
        double rdir = time(() -> direct(c2, a1.data, y), warm, measure);
        double fl = 2e-6 * N * c2.macsPerSample();
        System.out.printf("[%s] D conv2 14×14×32→7×7×64 fwd (%.0f MFLOP): layer %.2f ms = im2col %.2f + GEMM %.2f (%.1f GFLOP/s);"
                + " direct loops %.2f ms (%.1f GFLOP/s)%n", K.name(), fl, rl, ri, rm, fl / rm, rdir,
                fl / rdir);
    }

    /** G's first transposed convolution: X·W alone and col2im alone. */
    private static void convTParts(LayerStack g, FloatKernels K, double warm, double measure) {
        ConvTranspose2d t = (ConvTranspose2d) g.layers[1];
        int m = N * t.hIn * t.wIn;
        float[] x = ConvOracleTest.randomFloats(new SplittableRandom(3), m * t.cIn, 1);
        float[] col = new float[m * t.g.taps];
        float[] y = new float[N * t.outSize()];
        double mm = (time(() -> K.mult(x, t.W().data, null, null, col, m, t.cIn, t.g.taps,
                FloatKernels.Epilogue.NONE), warm, measure));
        double c2i = (time(() -> t.g.col2im(col, N, t.b(), y), warm, measure));
        System.out.printf("[%s] G convT1 fwd: X·W %.2f ms (%.1f GFLOP/s), col2im %.2f ms%n", K.name(), mm,
                2e-6 * m * t.cIn * t.g.taps / mm, c2i);
    }

    /** Each layer's forward, weight gradient and input gradient alone, at the activations of one forward. */
    private static void breakdown(String net, LayerStack s, FMatrixRMaj in, FloatKernels K, double warm, double measure) {
        s.forward(in);
        StringBuilder sb = new StringBuilder("[" + K.name() + "] " + net + " per layer (fwd / dW / dX ms):");
        for (int l = 0; l < s.layers.length; l++) {
            Layer layer = s.layers[l];
            FMatrixRMaj X = s.A[l];
            FMatrixRMaj Z = new FMatrixRMaj(1, 1), dX = new FMatrixRMaj(1, 1);
            layer.forward(K, X, Z, false);
            FMatrixRMaj G = MlpOracleTest.randomFloats(new SplittableRandom(l), X.numRows, layer.outSize(), 1e-3);
            double f = (time(() -> layer.forward(K, X, Z, false), warm, measure));
            double w = (time(() -> layer.accumulateGradients(K, X, G, true), warm, measure));
            double b = (time(() -> layer.backwardInput(K, G, dX), warm, measure));
            sb.append(String.format("  %s %.2f / %.2f / %.2f", layer, f, w, b));
        }
        System.out.println(sb);
    }

    private static long macs(LayerStack s, int l) {
        Layer layer = s.layers[l];
        return layer instanceof Conv2d c ? c.macsPerSample() : ((ConvTranspose2d) layer).macsPerSample();
    }

    /** Y[i, oh, ow, :] = b + Σ_{kh, kw, c} X[i, h, w, c]·W[(kh, kw, c), :], output channels innermost. */
    private static void direct(Conv2d l, float[] x, float[] y) {
        ConvGeometry g = l.g;
        final float[] w = l.W().data, b = l.b();
        final int co = l.cOut;
        for (int i = 0; i < N; i++) {
            for (int oh = 0; oh < g.Ho; oh++) {
                for (int ow = 0; ow < g.Wo; ow++) {
                    int yo = ((i * g.Ho + oh) * g.Wo + ow) * co;
                    System.arraycopy(b, 0, y, yo, co);
                    for (int kh = 0; kh < g.k; kh++) {
                        int h = oh * g.s - g.p + kh;
                        if (h < 0 || h >= g.H) {
                            continue;
                        }
                        for (int kw = 0; kw < g.k; kw++) {
                            int ww = ow * g.s - g.p + kw;
                            if (ww < 0 || ww >= g.W) {
                                continue;
                            }
                            int xo = ((i * g.H + h) * g.W + ww) * g.C;
                            int wo = (kh * g.k + kw) * g.C * co;
                            for (int c = 0; c < g.C; c++) {
                                float xv = x[xo + c];
                                int wr = wo + c * co;
                                for (int o = 0; o < co; o++) {
                                    y[yo + o] += xv * w[wr + o];
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
