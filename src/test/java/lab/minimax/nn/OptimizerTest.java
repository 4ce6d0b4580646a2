package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Each optimizer against an independent hand computation. The expected values are written in
 * the textbook forms (closed forms for a constant gradient; bias-corrected m̂, v̂ for Adam),
 * not in the implementation's operation order.
 */
class OptimizerTest {
    private static float[][] params() {
        return new float[][]{{1.0f, -2.0f, 0.25f}, {0.5f}};
    }

    private static double[][] dparams() {
        return new double[][]{{1.0, -2.0, 0.25}, {0.5}};
    }

    /** g = ∇f for f(θ) = Σ c_i θ_i² with c = (1, 3, 0.5 | 2): g_i = 2 c_i θ_i. */
    private static final double[][] C = {{1.0, 3.0, 0.5}, {2.0}};

    private static void quadraticGradient(float[][] p, float[][] g) {
        for (int s = 0; s < p.length; s++) {
            for (int i = 0; i < p[s].length; i++) {
                g[s][i] = (float) (2 * C[s][i] * p[s][i]);
            }
        }
    }

    @Test
    void sgdWithConstantGradientFollowsTheGeometricSeries() {
        double lr = 0.1, mu = 0.9;
        float[][] p = params();
        float[][] g = {{0.5f, -1.0f, 2.0f}, {-0.25f}};
        Sgd sgd = new Sgd(lr, mu, p);
        int T = 5;
        for (int t = 0; t < T; t++) {
            sgd.step(p, g);
        }
        // buf_t = g(1 − μᵗ)/(1 − μ); θ_T = θ₀ − lr·g·Σ_{t=1..T} (1 − μᵗ)/(1 − μ)
        double series = 0;
        for (int t = 1; t <= T; t++) {
            series += (1 - Math.pow(mu, t)) / (1 - mu);
        }
        float[][] p0 = params();
        for (int s = 0; s < p.length; s++) {
            for (int i = 0; i < p[s].length; i++) {
                assertEquals(p0[s][i] - lr * g[s][i] * series, p[s][i], 2e-6 * (1 + Math.abs(p[s][i])));
            }
        }
    }

    @Test
    void plainSgdOnTheQuadratic() {
        // θ ← θ − lr·2cθ = (1 − 2·lr·c)θ, so θ_T = (1 − 2·lr·c)ᵀ θ₀
        double lr = 0.05;
        float[][] p = params(), g = Optimizer.zerosLike(p);
        Sgd sgd = new Sgd(lr, 0, p);
        for (int t = 0; t < 7; t++) {
            quadraticGradient(p, g);
            sgd.step(p, g);
        }
        float[][] p0 = params();
        for (int s = 0; s < p.length; s++) {
            for (int i = 0; i < p[s].length; i++) {
                assertEquals(Math.pow(1 - 2 * lr * C[s][i], 7) * p0[s][i], p[s][i], 2e-6 * (1 + Math.abs(p[s][i])));
            }
        }
    }

    @Test
    void adamWithConstantGradientTakesSignSteps() {
        // m̂_t = g and v̂_t = g² for every t, so each step is lr·g/(|g| + ε)
        double lr = 0.01, eps = 1e-8;
        float[][] p = params();
        float[][] g = {{0.5f, -1e-3f, 2.0f}, {-0.25f}};
        Adam adam = new Adam(lr, 0.5, 0.999, eps, p);
        for (int t = 0; t < 4; t++) {
            adam.step(p, g);
        }
        float[][] p0 = params();
        for (int s = 0; s < p.length; s++) {
            for (int i = 0; i < p[s].length; i++) {
                double stepT = lr * g[s][i] / (Math.abs(g[s][i]) + eps);
                assertEquals(p0[s][i] - 4 * stepT, p[s][i], 2e-6 * (1 + Math.abs(p[s][i])));
            }
        }
        assertEquals(4, adam.steps());
    }

    @Test
    void adamMatchesTheTextbookRecursionOnAQuadratic() {
        double lr = 0.02, b1 = 0.9, b2 = 0.99, eps = 1e-6;
        float[][] p = params(), g = Optimizer.zerosLike(p);
        Adam adam = new Adam(lr, b1, b2, eps, p);
        // hand computation, scalar by scalar: m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), θ −= lr·m̂/(√v̂ + ε)
        double[][] q = dparams();
        double[][] m = {new double[3], new double[1]}, v = {new double[3], new double[1]};
        for (int t = 1; t <= 6; t++) {
            quadraticGradient(p, g);
            adam.step(p, g);
            for (int s = 0; s < q.length; s++) {
                for (int i = 0; i < q[s].length; i++) {
                    double gi = 2 * C[s][i] * q[s][i];
                    m[s][i] = b1 * m[s][i] + (1 - b1) * gi;
                    v[s][i] = b2 * v[s][i] + (1 - b2) * gi * gi;
                    double mHat = m[s][i] / (1 - Math.pow(b1, t));
                    double vHat = v[s][i] / (1 - Math.pow(b2, t));
                    q[s][i] -= lr * mHat / (Math.sqrt(vHat) + eps);
                }
            }
            for (int s = 0; s < q.length; s++) {
                for (int i = 0; i < q[s].length; i++) {
                    assertEquals(q[s][i], p[s][i], 2e-6 * (1 + Math.abs(p[s][i])), "step " + t);
                }
            }
        }
    }

    @Test
    void adamMinimisesAQuadratic() {
        // f(θ) = Σ c_i (θ_i − t_i)², minimum at θ = t
        float[][] target = {{3.0f, -1.0f, 0.0f}, {-2.5f}};
        float[][] p = params(), g = Optimizer.zerosLike(p);
        Adam adam = new Adam(0.05, 0.9, 0.999, 1e-8, p);
        for (int step = 0; step < 3000; step++) {
            for (int s = 0; s < p.length; s++) {
                for (int i = 0; i < p[s].length; i++) {
                    g[s][i] = (float) (2 * C[s][i] * (p[s][i] - target[s][i]));
                }
            }
            if (step == 2000) {
                adam.setLearningRate(0.005);
            }
            adam.step(p, g);
        }
        for (int s = 0; s < p.length; s++) {
            for (int i = 0; i < p[s].length; i++) {
                assertEquals(target[s][i], p[s][i], 1e-3);
            }
        }
        assertEquals(0.005, adam.learningRate(), 0);
    }

    @Test
    void rmsPropWithConstantGradientMatchesItsClosedForm() {
        // v_t = (1 − αᵗ)g², u_t = g/(|g|√(1 − αᵗ) + ε); buf_t = μ·buf_{t−1} + u_t; θ −= lr·buf_t
        double lr = 0.01, alpha = 0.99, eps = 1e-8, mu = 0.5;
        float[][] g = {{0.5f, -1.0f, 2.0f}, {-0.25f}};
        for (double momentum : new double[]{0.0, mu}) {
            float[][] p = params();
            RmsProp rms = new RmsProp(lr, alpha, eps, momentum, p);
            for (int t = 0; t < 5; t++) {
                rms.step(p, g);
            }
            float[][] p0 = params();
            for (int s = 0; s < p.length; s++) {
                for (int i = 0; i < p[s].length; i++) {
                    double theta = p0[s][i], buf = 0;
                    for (int t = 1; t <= 5; t++) {
                        double u = g[s][i] / (Math.abs(g[s][i]) * Math.sqrt(1 - Math.pow(alpha, t)) + eps);
                        buf = momentum * buf + u;
                        theta -= lr * buf;
                    }
                    assertEquals(theta, p[s][i], 2e-6 * (1 + Math.abs(p[s][i])), "momentum " + momentum);
                }
            }
        }
    }

    @Test
    void rmsPropOnTheQuadratic() {
        double lr = 0.01, alpha = 0.9, eps = 1e-8;
        float[][] p = params(), g = Optimizer.zerosLike(p);
        RmsProp rms = new RmsProp(lr, alpha, eps, 0, p);
        double[][] q = dparams(), v = {new double[3], new double[1]};
        for (int t = 1; t <= 4; t++) {
            quadraticGradient(p, g);
            rms.step(p, g);
            for (int s = 0; s < q.length; s++) {
                for (int i = 0; i < q[s].length; i++) {
                    double gi = 2 * C[s][i] * q[s][i];
                    v[s][i] = alpha * v[s][i] + (1 - alpha) * gi * gi;
                    q[s][i] -= lr * gi / (Math.sqrt(v[s][i]) + eps);
                    assertEquals(q[s][i], p[s][i], 2e-6 * (1 + Math.abs(p[s][i])));
                }
            }
        }
    }

    @Test
    void badArgumentsNameTheField() {
        float[][] p = params();
        assertMessage(() -> new Adam(-1e-3, 0.9, 0.999, 1e-8, p), "lr");
        assertMessage(() -> new Adam(1e-3, 1.0, 0.999, 1e-8, p), "beta1");
        assertMessage(() -> new Adam(1e-3, 0.9, -0.1, 1e-8, p), "beta2");
        assertMessage(() -> new Adam(1e-3, 0.9, 0.999, 0, p), "eps");
        assertMessage(() -> new Sgd(1e-3, 1.5, p), "momentum");
        assertMessage(() -> new RmsProp(1e-3, 1.0, 1e-8, 0, p), "alpha");
        Sgd sgd = new Sgd(0.1, 0, p);
        assertMessage(() -> sgd.step(new float[][]{{1f}}, new float[][]{{1f}}), "parameter arrays");
        assertMessage(() -> sgd.step(p, new float[][]{{1f, 2f}, {3f}}), "length");
        assertMessage(() -> sgd.setLearningRate(Double.NaN), "lr");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable e, String field) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(field), ex.getMessage());
    }
}
