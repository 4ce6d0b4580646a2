package lab.minimax.nn.f32;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import lab.minimax.nn.Init;
import lab.minimax.nn.Mlp;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The float32 net against the double engine's {@code Mlp} (itself tested against finite
 * differences) with the same parameters, for every activation of the lab: forward, parameter
 * gradients and input gradients agree to float tolerance; and FloatAdam against a double evaluation of Adam's formula.
 */
class FloatMlpTest {
    private static void agree(double want, float got, double scale, String what) {
        assertTrue(Math.abs(want - got) <= 2e-4 * scale, what + ": double " + want + ", float " + got);
    }

    private static double maxAbs(double[] x, int n) {
        double m = 1e-12;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, Math.abs(x[i]));
        }
        return m;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"relu", "leakyrelu", "tanh", "elu", "linear"})
    void forwardAndBackwardMatchTheDoubleMlp(String activation) {
        int[][] nets = {{2, 64, 64, 1}, {2, 64, 64, 2}, {2, 256, 256, 256, 1}, {3, 9, 5, 2}};
        FloatKernels[] impls = {FloatKernels.plain(), FloatKernels.vector()};
        for (int[] shape : nets) {
            for (FloatKernels K : impls) {
                int in = shape[0], out = shape[shape.length - 1], n = 37;
                int[] hidden = java.util.Arrays.copyOfRange(shape, 1, shape.length - 1);
                SplittableRandom r = new SplittableRandom(shape.length * 31L + out);
                lab.minimax.nn.Activation act = lab.minimax.nn.Activations.byId(activation);
                Mlp ref = new Mlp(in, hidden, out, act, Init.PYTORCH, r);
                FloatMlp net = "relu".equals(activation) ? new FloatMlp(in, hidden, out, K, new SplittableRandom(0))
                        : new FloatMlp(in, hidden, out, FloatActivation.of(act), K, new SplittableRandom(0));
                net.setParameters(ref.parameters());
                DMatrixRMaj X = new DMatrixRMaj(n, in);
                float[] xf = new float[n * in];
                for (int i = 0; i < n * in; i++) {
                    xf[i] = (float) (2 * r.nextDouble() - 1);
                    X.data[i] = xf[i];
                }
                DMatrixRMaj dY = new DMatrixRMaj(n, out);
                float[] dyf = new float[n * out];
                for (int i = 0; i < n * out; i++) {
                    dyf[i] = (float) (r.nextDouble() - 0.5);
                    dY.data[i] = dyf[i];
                }
                String what = activation + " " + K.name() + " " + java.util.Arrays.toString(shape);
                DMatrixRMaj y = ref.forward(X);
                float[] yf = net.forward(xf, n);
                double sy = maxAbs(y.data, n * out);
                for (int i = 0; i < n * out; i++) {
                    agree(y.data[i], yf[i], sy, what + " Y");
                }
                ref.zeroGrad();
                DMatrixRMaj dX = new DMatrixRMaj(n, in);
                ref.backward(dY, true, dX);
                float[] dxf = new float[n * in];
                net.backward(dyf, true, dxf);
                double sx = maxAbs(dX.data, n * in);
                for (int i = 0; i < n * in; i++) {
                    agree(dX.data[i], dxf[i], sx, what + " dX");
                }
                double[][] g = ref.gradients();
                float[][] gf = net.gradients();
                for (int s = 0; s < g.length; s++) {
                    double sg = maxAbs(g[s], g[s].length);
                    for (int i = 0; i < g[s].length; i++) {
                        agree(g[s][i], gf[s][i], sg, what + " grad " + s + "[" + i + "]");
                    }
                }
            }
        }
    }

    /** σ' is read from the output, which needs sign(σ(z)) = sign(z): α ≤ 0 has no float twin. */
    @Test
    void refusesSlopesThatHideTheSignOfZ() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FloatActivation.of(new lab.minimax.nn.LeakyRelu(-0.1)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FloatActivation.of(new lab.minimax.nn.LeakyRelu(0)));
        assertTrue(FloatActivation.of(new lab.minimax.nn.LeakyRelu(0.2)).toString().contains("0.2"));
    }

    @Test
    void floatAdamFollowsTheFormula() {
        float[][] p = {{0.5f, -1f, 2f}};
        float[][] gr = {{0.1f, -0.2f, 0f}};
        double[] pd = {0.5, -1, 2}, m = new double[3], v = new double[3];
        FloatAdam adam = new FloatAdam(1e-3, 0.5, 0.999, 1e-8, p);
        for (int t = 1; t <= 5; t++) {
            adam.step(p, gr);
            for (int i = 0; i < 3; i++) {
                double g = gr[0][i];
                m[i] = 0.5 * m[i] + 0.5 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                double mh = m[i] / (1 - Math.pow(0.5, t)), vh = v[i] / (1 - Math.pow(0.999, t));
                pd[i] -= 1e-3 * mh / (Math.sqrt(vh) + 1e-8);
                assertTrue(Math.abs(pd[i] - p[0][i]) < 1e-6, "t=" + t + " i=" + i + ": " + pd[i] + " vs " + p[0][i]);
            }
        }
    }
}
