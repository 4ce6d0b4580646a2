package lab.minimax.metrics;

import lab.minimax.distribution.GaussianMixture;
import lab.minimax.distribution.GaussianTarget;
import lab.minimax.distribution.Ring8Target;
import lab.minimax.distribution.Target;
import lab.minimax.random.SplitMix64;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smoothed divergences against closed forms (two Gaussians), against Monte Carlo with 10⁶
 * samples (two Gaussian mixtures), on a perfect generator (its noise floor) and on ring8's modes.
 * The figures printed here are the README's table.
 */
class SmoothedDivergencesTest {
    private static void row(String name, double h, int n, String what, double exact, double ours) {
        System.out.printf("TABLE | %s | %s | %.3f | %d | %.5f | %.5f | %+.5f |%n", name, what, h, n, exact, ours, ours - exact);
    }

    /** KL(N(m1, s1²) ‖ N(m2, s2²)) = log(s2/s1) + (s1² + (m1 − m2)²)/(2 s2²) − ½. */
    private static double klGauss(double m1, double s1, double m2, double s2) {
        return StrictMath.log(s2 / s1) + (s1 * s1 + (m1 - m2) * (m1 - m2)) / (2 * s2 * s2) - 0.5;
    }

    private static double pdf(double x, double m, double s) {
        double z = (x - m) / s;
        return StrictMath.exp(-0.5 * z * z) / (Math.sqrt(2 * Math.PI) * s);
    }

    /** JS of two 1D Gaussians by the midpoint rule on [−20, 20] with 400,000 points. */
    private static double jsGauss(double m1, double s1, double m2, double s2) {
        int k = 400_000;
        double dx = 40.0 / k;
        double js = 0;
        for (int i = 0; i < k; i++) {
            double x = -20 + (i + 0.5) * dx;
            double p = pdf(x, m1, s1);
            double q = pdf(x, m2, s2);
            double m = 0.5 * (p + q);
            if (p > 0) {
                js += p * StrictMath.log(p / m);
            }
            if (q > 0) {
                js += q * StrictMath.log(q / m);
            }
        }
        return 0.5 * js * dx;
    }

    @Test
    void twoGaussiansMatchTheClosedForms() {
        // p = N(0, 1), q = N(0.5, 0.8²), h = 0.5: p_h = N(0, 1.25), q_h = N(0.5, 0.89)
        double h = 0.5;
        Target p = new GaussianTarget(0, 1);
        double sp = Math.sqrt(1 + h * h);
        double sq = Math.sqrt(0.64 + h * h);
        for (int n : new int[]{1000, 20000}) {
            double[] x = new double[n];
            SplitMix64 rng = new SplitMix64(3);
            for (int i = 0; i < n; i++) {
                x[i] = 0.5 + 0.8 * rng.nextGaussian();
            }
            SmoothedDivergences.Result r = new SmoothedDivergences(p, h).compute(x, n, 0, 0);
            double kl = klGauss(0, sp, 0.5, sq);
            double rkl = klGauss(0.5, sq, 0, sp);
            double js = jsGauss(0, sp, 0.5, sq);
            row("N(0,1) vs N(0.5,0.8²)", h, n, "JS", js, r.js());
            row("N(0,1) vs N(0.5,0.8²)", h, n, "KL(p_h‖q_h)", kl, r.kl());
            row("N(0,1) vs N(0.5,0.8²)", h, n, "KL(q_h‖p_h)", rkl, r.reverseKl());
            double tol = n == 1000 ? 0.02 : 0.004;
            assertEquals(js, r.js(), tol, "JS at n = " + n);
            assertEquals(kl, r.kl(), 2 * tol, "KL at n = " + n);
            assertEquals(rkl, r.reverseKl(), 2 * tol, "reverse KL at n = " + n);
        }
    }

    /** ring8's 8 modes with unequal weights and σ = 0.1: a generator that found every mode unevenly. */
    private static GaussianMixture uneven() {
        GaussianMixture ring = ((Ring8Target) ring8()).mixture();
        double[] c = ring.modes().centers();
        double[] sd = new double[8];
        java.util.Arrays.fill(sd, 0.1);
        return new GaussianMixture(2, c, sd, new double[]{0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05});
    }

    private static Target ring8() {
        return new Ring8Target(2, 0.02);
    }

    @Test
    void twoGaussianMixturesMatchMonteCarloWithAMillionSamples() {
        Target p = ring8();
        double h = SmoothingBandwidth.of(p);
        GaussianMixture q = uneven();
        GaussianMixture ph = ((Ring8Target) p).mixture().widened(h);
        GaussianMixture qh = q.widened(h);
        // Monte Carlo: KL(a‖b) = E_a[log a − log b]; JS = ½E_p[log(p/m)] + ½E_q[log(q/m)], m = (p + q)/2
        int mc = 1_000_000;
        SplitMix64 rng = new SplitMix64(11);
        double[] s = new double[2 * mc];
        ph.sample(rng, s, mc);
        double kl = 0;
        double js = 0;
        for (int i = 0; i < mc; i++) {
            double a = ph.logDensity(s, 2 * i);
            double b = qh.logDensity(s, 2 * i);
            kl += a - b;
            js += a - PlugInDivergences.logMean(a, b);
        }
        qh.sample(rng, s, mc);
        double rkl = 0;
        for (int i = 0; i < mc; i++) {
            double a = ph.logDensity(s, 2 * i);
            double b = qh.logDensity(s, 2 * i);
            rkl += b - a;
            js += b - PlugInDivergences.logMean(a, b);
        }
        kl /= mc;
        rkl /= mc;
        js /= 2.0 * mc;
        for (int n : new int[]{1000, 10000}) {
            double[] x = new double[2 * n];
            q.sample(new SplitMix64(5), x, n);
            SmoothedDivergences.Result r = new SmoothedDivergences(p).compute(x, n, 0, 0);
            row("ring8 vs uneven 8 modes σ=0.1", h, n, "JS", js, r.js());
            row("ring8 vs uneven 8 modes σ=0.1", h, n, "KL(p_h‖q_h)", kl, r.kl());
            row("ring8 vs uneven 8 modes σ=0.1", h, n, "KL(q_h‖p_h)", rkl, r.reverseKl());
            double tol = n == 1000 ? 0.02 : 0.005;
            assertEquals(js, r.js(), tol, "JS at n = " + n);
            assertEquals(kl, r.kl(), 3 * tol, "KL at n = " + n);
            assertEquals(rkl, r.reverseKl(), 3 * tol, "reverse KL at n = " + n);
        }
    }

    @Test
    void aPerfectGeneratorReadsAlmostZeroTheNoiseFloor() {
        for (Target p : new Target[]{ring8(), new GaussianTarget(0, 1)}) {
            for (int n : new int[]{1000, 10000}) {
                double[] x = new double[n * p.dim()];
                p.sample(new SplitMix64(17), x, n);
                SmoothedDivergences.Result r = new SmoothedDivergences(p).compute(x, n, 40, 1);
                row(p.name() + ": n real samples as q", r.h(), n, "JS", 0, r.js());
                row(p.name() + ": n real samples as q", r.h(), n, "KL(p_h‖q_h)", 0, r.kl());
                row(p.name() + ": n real samples as q", r.h(), n, "KL(q_h‖p_h)", 0, r.reverseKl());
                System.out.printf("BOOT %s n=%d [%.5f, %.5f]%n", p.name(), n, r.jsLow(), r.jsHigh());
                assertTrue(r.js() < (n == 1000 ? 0.01 : 0.002), p.name() + " n = " + n + ": " + r.js());
                assertTrue(r.jsLow() <= r.js() + 1e-12 && r.js() <= r.jsHigh() + 0.01, r.toString());
            }
        }
    }

    /** n samples on the first {@code covered} of ring8's modes (equal shares), σ = 0.1. */
    private static double[] onModes(int covered, int n) {
        double[] c = ((Ring8Target) ring8()).mixture().modes().centers();
        double[] cc = java.util.Arrays.copyOf(c, 2 * covered);
        double[] x = new double[2 * n];
        GaussianMixture.equal(2, cc, 0.1).sample(new SplitMix64(23), x, n);
        return x;
    }

    @Test
    void onRing8EightModesReadAtMostATenthOfTwoModesAndPlugInDoesNot() {
        Target p = ring8();
        SmoothedDivergences s = new SmoothedDivergences(p);
        double all = s.compute(onModes(8, 1000), 1000, 0, 0).js();
        double two = s.compute(onModes(2, 1000), 1000, 0, 0).js();
        double four = s.compute(onModes(4, 1000), 1000, 0, 0).js();
        System.out.printf("RING8 smoothed JS: 8/8 %.4f, 4/8 %.4f, 2/8 %.4f%n", all, four, two);
        assertTrue(all <= two / 10, all + " vs " + two);
        assertTrue(all < four && four < two, "falls as modes are found");
        assertEquals(-1, MissedModes.firstMissed(p.modes().get(), onModes(8, 1000), 1000));
        assertTrue(MissedModes.firstMissed(p.modes().get(), onModes(2, 1000), 1000) >= 2, "KL(p‖q) is +∞");
    }

    @Test
    void theBootstrapIsDeterministicAndHoldsTheExactValue() {
        Target p = ring8();
        double[] x = new double[2000];
        uneven().sample(new SplitMix64(5), x, 1000);
        SmoothedDivergences s = new SmoothedDivergences(p);
        SmoothedDivergences.Result a = s.compute(x, 1000, SmoothedDivergences.BOOTSTRAP, 9);
        SmoothedDivergences.Result b = s.compute(x, 1000, SmoothedDivergences.BOOTSTRAP, 9);
        assertEquals(a, b);
        assertTrue(a.jsLow() < a.js() && a.js() < a.jsHigh(), a.toString());
    }
}
