package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import lab.minimax.bench.AllObjectives;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.nn.FiniteDiff;
import org.junit.jupiter.api.Test;

/**
 * Centred finite-difference checks (double precision, five-point stencil, δ = 1e-3) of
 * dL_D/dV and dL_G/dV for every objective and both generator losses, on unequal batches (7 real,
 * 5 generated rows in longer arrays), V uniform in [−5, 5] and at least 0.05 away from the hinge
 * kinks V = ±1. Also: gradients are written, not added, and nothing past the row counts is touched.
 */
class ObjectiveGradientTest {
    private static final int N_REAL = 7;
    private static final int N_FAKE = 5;
    private static final double DELTA = 1e-3;
    private static final double SENTINEL = 12345.0;

    @Test
    void lossGradientsMatchFiniteDifferencesForEveryObjective() {
        SplittableRandom rng = new SplittableRandom(21);
        for (ObjectiveSpec spec : AllObjectives.specs()) {
            Objective obj = Objectives.create(spec);
            double max = 0;
            for (int trial = 0; trial < 20; trial++) {
                double[] vReal = randomRows(rng, N_REAL, N_REAL + 2);
                double[] vFake = randomRows(rng, N_FAKE, N_FAKE + 3);
                double[] gReal = filled(N_REAL + 2, Double.NaN);
                double[] gFake = filled(N_FAKE + 3, Double.NaN);
                obj.discriminatorLoss(vReal, N_REAL, vFake, N_FAKE, gReal, gFake);
                for (int i = 0; i < N_REAL; i++) {
                    max = Math.max(max, check(spec, "dL_D/dV_real[" + i + "]", gReal[i], vReal, i,
                            () -> obj.discriminatorLoss(vReal, N_REAL, vFake, N_FAKE, new double[N_REAL], new double[N_FAKE])));
                }
                for (int j = 0; j < N_FAKE; j++) {
                    max = Math.max(max, check(spec, "dL_D/dV_fake[" + j + "]", gFake[j], vFake, j,
                            () -> obj.discriminatorLoss(vReal, N_REAL, vFake, N_FAKE, new double[N_REAL], new double[N_FAKE])));
                }
                assertUntouched(spec, gReal, N_REAL, Double.NaN);
                assertUntouched(spec, gFake, N_FAKE, Double.NaN);
                assertUntouched(spec, vReal, N_REAL, SENTINEL);

                double[] gGen = filled(N_FAKE + 3, Double.NaN);
                obj.generatorLoss(vFake, N_FAKE, gGen);
                for (int j = 0; j < N_FAKE; j++) {
                    max = Math.max(max, check(spec, "dL_G/dV_fake[" + j + "]", gGen[j], vFake, j,
                            () -> obj.generatorLoss(vFake, N_FAKE, new double[N_FAKE])));
                }
                assertUntouched(spec, gGen, N_FAKE, Double.NaN);
            }
            System.out.printf("fd loss  %-28s max rel err %.2e%n", AllObjectives.name(spec), max);
        }
    }

    @Test
    void gradientsAreWrittenNotAdded() {
        SplittableRandom rng = new SplittableRandom(22);
        for (ObjectiveSpec spec : AllObjectives.specs()) {
            Objective obj = Objectives.create(spec);
            double[] vReal = randomRows(rng, N_REAL, N_REAL);
            double[] vFake = randomRows(rng, N_FAKE, N_FAKE);
            double[] a = new double[N_REAL];
            double[] b = new double[N_FAKE];
            double[] c = filled(N_REAL, 99);
            double[] e = filled(N_FAKE, -99);
            assertEquals(obj.discriminatorLoss(vReal, N_REAL, vFake, N_FAKE, a, b),
                    obj.discriminatorLoss(vReal, N_REAL, vFake, N_FAKE, c, e));
            assertTrue(Arrays.equals(a, c) && Arrays.equals(b, e), AllObjectives.name(spec));
            double[] g1 = new double[N_FAKE];
            double[] g2 = filled(N_FAKE, 7);
            assertEquals(obj.generatorLoss(vFake, N_FAKE, g1), obj.generatorLoss(vFake, N_FAKE, g2));
            assertTrue(Arrays.equals(g1, g2), AllObjectives.name(spec));
        }
    }

    @Test
    void nothingOverflowsForAbsVUpTo1e3() {
        for (ObjectiveSpec spec : AllObjectives.specs()) {
            Objective obj = Objectives.create(spec);
            double[][] batches = {{1e3, -1e3, 0, 700, -700}, {-1e3, -1e3, -1e3, -1e3, -1e3}, {1e3, 1e3, 1e3, 1e3, 1e3}};
            for (double[] real : batches) {
                for (double[] fake : batches) {
                    double[] gr = new double[5];
                    double[] gf = new double[5];
                    double[] gg = new double[5];
                    double ld = obj.discriminatorLoss(real, 5, fake, 5, gr, gf);
                    double lg = obj.generatorLoss(fake, 5, gg);
                    double bound = obj.bound(real, 5, fake, 5);
                    String name = AllObjectives.name(spec);
                    assertTrue(Double.isFinite(ld) && Double.isFinite(lg), name + " loss not finite");
                    assertTrue(Double.isFinite(bound) || spec.divergence() == Divergence.LSGAN,
                            name + " bound not finite");
                    for (double[] g : new double[][] {gr, gf, gg}) {
                        for (double x : g) {
                            assertTrue(Double.isFinite(x), name + " gradient not finite");
                        }
                    }
                }
            }
        }
    }

    /** The relative error of one analytic gradient entry against the finite difference. */
    private static double check(ObjectiveSpec spec, String what, double analytic, double[] v, int k,
                                DoubleSupplier loss) {
        double saved = v[k];
        DoubleUnaryOperator at = x -> {
            v[k] = x;
            double l = loss.getAsDouble();
            v[k] = saved;
            return l;
        };
        double fd = FiniteDiff.derivative(at, saved, DELTA);
        double err = FiniteDiff.relativeError(analytic, fd);
        assertTrue(err < 1e-6, AllObjectives.name(spec) + " " + what + " at V = " + saved
                + ": analytic " + analytic + " vs finite difference " + fd);
        return err;
    }

    /** n uniform draws in [−5, 5] at least 0.05 from ±1, then sentinels up to the capacity. */
    private static double[] randomRows(SplittableRandom rng, int n, int capacity) {
        double[] v = filled(capacity, SENTINEL);
        for (int i = 0; i < n; i++) {
            double x;
            do {
                x = rng.nextDouble(-5, 5);
            } while (Math.abs(Math.abs(x) - 1) < 0.05);
            v[i] = x;
        }
        return v;
    }

    private static double[] filled(int n, double x) {
        double[] a = new double[n];
        Arrays.fill(a, x);
        return a;
    }

    private static void assertUntouched(ObjectiveSpec spec, double[] a, int from, double expected) {
        for (int i = from; i < a.length; i++) {
            assertEquals(expected, a[i], AllObjectives.name(spec) + ": entry " + i + " past the row count changed");
        }
    }
}
