package lab.minimax.metrics;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import lab.minimax.distribution.Box;
import lab.minimax.distribution.GaussianTarget;
import lab.minimax.distribution.Normal;
import lab.minimax.distribution.Quadrature;
import lab.minimax.distribution.Ring8Target;
import lab.minimax.distribution.UniformTarget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plug-in divergences of p = N(0, 1) and q̂ = KDE of 100,000 samples of q = N(1, 1.2²) against
 * closed forms and independent quadrature. The KDE estimates q smoothed by its kernel,
 * q̃ = N(1, 1.2² + h²) (h ≈ 0.106): the tests compare tightly with the divergence to q̃
 * (sampling noise only, tolerance 0.004) and loosely with the divergence to q itself
 * (smoothing bias included, tolerance 0.012).
 */
class PlugInDivergencesTest {
    static final int N = 100_000;
    static GaussianTarget p;
    static Kde kde;
    static GridDensity pg;
    static GridDensity qg;
    static double sq;
    static double sqSmooth;

    @BeforeAll
    static void setUp() {
        p = new GaussianTarget(0, 1);
        double[] x = new double[N];
        new GaussianTarget(1, 1.2).sample(new SplittableRandom(7), x, N);
        kde = Kde.forTarget(p, x, N);
        // a line wide enough for both p and q (q's mass beyond p's box matters for KL(q‖p))
        Grid g = new Grid(new Box(new double[]{-9}, new double[]{11}), 4000);
        pg = GridDensity.exact(p, g);
        qg = kde.onGrid(g, pg);
        sq = 1.2;
        sqSmooth = Math.sqrt(1.44 + kde.bandwidth() * kde.bandwidth());
    }

    /** KL(N(m1, s1²) ‖ N(m2, s2²)) = log(s2/s1) + (s1² + (m1−m2)²)/(2 s2²) − ½. */
    static double klGauss(double m1, double s1, double m2, double s2) {
        return Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) * (m1 - m2)) / (2 * s2 * s2) - 0.5;
    }

    /** ∫ q f(p/q) for p = N(0,1), q = N(1, s²) by Gauss–Legendre quadrature on [−20, 22]. */
    static double fByQuadrature(double s, DoubleUnaryOperator f) {
        return fByQuadrature(s, f, -20, 22);
    }

    static double fByQuadrature(double s, DoubleUnaryOperator f, double lo, double hi) {
        return Quadrature.integrate(x -> {
            double a = Normal.pdf(x);
            double b = Normal.pdf((x - 1) / s) / s;
            return b * f.applyAsDouble(a / b);
        }, lo, hi, 40_000);
    }

    static final DoubleUnaryOperator JS2 = u -> u * Math.log(u) - (u + 1) * Math.log((1 + u) / 2); // 2·JSD
    static final DoubleUnaryOperator PEARSON = u -> (u - 1) * (u - 1);
    static final DoubleUnaryOperator HELLINGER = u -> (Math.sqrt(u) - 1) * (Math.sqrt(u) - 1);
    static final DoubleUnaryOperator TV = u -> 0.5 * Math.abs(u - 1);

    // the same generators as perspectives q·f(p/q), written plainly in p and q (the gan package's
    // FDivergence classes have the stable forms; these only need the Gaussian test's range)
    static final Perspective KL_P = (lp, lq) -> lp == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lp) * (lp - lq);
    static final Perspective RKL_P = (lp, lq) -> lq == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lq) * (lq - lp);
    static final Perspective JS2_P = (lp, lq) -> {
        double m = PlugInDivergences.logMean(lp, lq);
        return (lp == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lp) * (lp - m))
                + (lq == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lq) * (lq - m));
    };
    static final Perspective PEARSON_P = (lp, lq) -> {
        double a = Math.exp(lp);
        double b = Math.exp(lq);
        return (a - b) * (a - b) / b;
    };
    static final Perspective HELLINGER_P = (lp, lq) -> {
        double d = Math.exp(lp / 2) - Math.exp(lq / 2);
        return d * d;
    };
    static final Perspective TV_P = (lp, lq) -> 0.5 * Math.abs(Math.exp(lp) - Math.exp(lq));

    @Test
    void klReverseKlAndJsAgainstClosedFormsAndQuadrature() {
        PlugInDivergences.Divergences d = PlugInDivergences.compute(pg, qg);
        assertEquals(N, d.n());
        assertEquals(4000, d.gridPoints());
        // the reference values 0.3768 and 0.5377 are these closed forms
        assertEquals(0.3768, klGauss(0, 1, 1, sq), 1e-4);
        assertEquals(0.5377, klGauss(1, sq, 0, 1), 1e-4);
        assertEquals(klGauss(0, 1, 1, sqSmooth), d.kl(), 0.004);
        assertEquals(klGauss(0, 1, 1, sq), d.kl(), 0.012);
        assertEquals(klGauss(1, sqSmooth, 0, 1), d.reverseKl(), 0.004);
        assertEquals(klGauss(1, sq, 0, 1), d.reverseKl(), 0.012);
        double jsSmooth = fByQuadrature(sqSmooth, JS2) / 2;
        double js = fByQuadrature(sq, JS2) / 2;
        assertEquals(0.1967, 2 * js, 1e-4); // the f-GAN "js" reference (2·JSD)
        assertEquals(jsSmooth, d.js(), 0.002);
        assertEquals(js, d.js(), 0.006);
        assertEquals(d.js() / Math.log(2), d.jsBits(), 1e-15);
    }

    @Test
    void fDivergencesAgreeWithTheirSpecialCasesAndQuadrature() {
        PlugInDivergences.Divergences d = PlugInDivergences.compute(pg, qg);
        assertEquals(d.kl(), PlugInDivergences.fDivergence(pg, qg, KL_P).value(), 1e-9);
        assertEquals(d.reverseKl(), PlugInDivergences.fDivergence(pg, qg, RKL_P).value(), 1e-9);
        assertEquals(2 * d.js(), PlugInDivergences.fDivergence(pg, qg, JS2_P).value(), 1e-9);
        // issue reference values: pearson 0.7877, hellinger 0.2096, tv 0.3569
        assertEquals(0.7877, fByQuadrature(sq, PEARSON), 1e-4);
        assertEquals(0.2096, fByQuadrature(sq, HELLINGER), 1e-4);
        assertEquals(0.3569, fByQuadrature(sq, TV), 1e-4);
        double[][] checks = {
                {fByQuadrature(sqSmooth, HELLINGER), PlugInDivergences.fDivergence(pg, qg, HELLINGER_P).value(), 0.003},
                {fByQuadrature(sqSmooth, TV), PlugInDivergences.fDivergence(pg, qg, TV_P).value(), 0.004}};
        for (double[] c : checks) {
            assertEquals(c[0], c[1], c[2]);
        }
        // Pearson ∫ p²/q̂ − … lives in q̂'s tails: over [−9, 11] the KDE (no sample beyond ≈ −4.5)
        // makes it astronomically large (near x = −8, p ≈ e^−34 and q̂ ≈ e^−680: p²/q̂ ≈ e^610);
        // on [−4, 6], where q̂ has samples, it matches quadrature
        double wide = PlugInDivergences.fDivergence(pg, qg, PEARSON_P).value();
        assertTrue(wide > 1e250, "Pearson over q̂'s empty tails " + wide);
        Grid inner = new Grid(new Box(new double[]{-4}, new double[]{6}), 2000);
        GridDensity pi = GridDensity.exact(p, inner);
        GridDensity qi = kde.onGrid(inner, pi);
        assertEquals(fByQuadrature(sqSmooth, PEARSON, -4, 6), PlugInDivergences.fDivergence(pi, qi, PEARSON_P).value(), 0.01);
        assertEquals(fByQuadrature(sq, PEARSON, -4, 6), PlugInDivergences.fDivergence(pi, qi, PEARSON_P).value(), 0.03);
        Estimate e = PlugInDivergences.fDivergence(pg, qg, PEARSON_P);
        assertEquals(N, e.n());
    }

    @Test
    void ring8MissingModesInTwoDimensions() {
        Ring8Target t = new Ring8Target(2, 0.05);
        int n = 8000;
        double[] x = new double[2 * n];
        Ring8Target one = new Ring8Target(2, 0.05);
        one.sample(new SplittableRandom(1), x, n);
        for (int i = 0; i < n; i++) { // fold every sample onto mode 0 (rotate it back by its angle)
            double a = Math.round(Math.atan2(x[2 * i + 1], x[2 * i]) / (Math.PI / 4)) * (Math.PI / 4);
            double c = Math.cos(-a);
            double s = Math.sin(-a);
            double u = x[2 * i];
            double v = x[2 * i + 1];
            x[2 * i] = c * u - s * v;
            x[2 * i + 1] = s * u + c * v;
        }
        Grid g = new Grid(t.box(), 400); // Δ ≈ 0.011 ≤ h ≈ 0.022
        PlugInDivergences.Divergences d = PlugInDivergences.compute(t, Kde.forTarget(t, x, n), g);
        // q = mode 0 only: JS = ½[(1/8)log(2/9) + log(16/9) + (7/8)log 2] (modes do not overlap)
        double expected = 0.5 * (Math.log(2.0 / 9) / 8 + Math.log(16.0 / 9) + 7 * Math.log(2) / 8);
        assertEquals(expected, d.js(), 0.01);
        assertTrue(Double.isFinite(d.kl()) && d.kl() > 100, "KL(p‖q̂) over missed modes: " + d.kl());
        // all modes missed: rotate the perfect ring by π/8 → JS ≈ log 2
        double[] y = new double[2 * n];
        t.sample(new SplittableRandom(2), y, n);
        double co = Math.cos(Math.PI / 8);
        double si = Math.sin(Math.PI / 8);
        for (int i = 0; i < n; i++) {
            double u = y[2 * i];
            double v = y[2 * i + 1];
            y[2 * i] = co * u - si * v;
            y[2 * i + 1] = si * u + co * v;
        }
        PlugInDivergences.Divergences far = PlugInDivergences.compute(t, Kde.forTarget(t, y, n), g);
        assertEquals(Math.log(2), far.js(), 2e-3);
        assertEquals(1, far.jsBits(), 3e-3);
    }

    @Test
    void perfectRing8GeneratorHasASmallNoiseFloor() {
        Ring8Target t = new Ring8Target(2, 0.05);
        int n = 20_000;
        double[] x = new double[2 * n];
        t.sample(new SplittableRandom(3), x, n);
        Kde kde = Kde.forTarget(t, x, n);
        Grid g = new Grid(t.box(), 400);
        PlugInDivergences.Divergences d = PlugInDivergences.compute(t, kde, g);
        // JS of N(0, σ²I) and N(0, (σ² + h²)I) in 2D, by radial quadrature (well separated modes)
        double s1 = 0.05 * 0.05;
        double s2 = s1 + kde.bandwidth() * kde.bandwidth();
        double jsSmooth = 0.5 * Quadrature.integrate(r -> {
            double a = Math.exp(-r * r / (2 * s1)) / (2 * Math.PI * s1);
            double b = Math.exp(-r * r / (2 * s2)) / (2 * Math.PI * s2);
            double m = 0.5 * (a + b);
            double v = (a > 0 ? a * Math.log(a / m) : 0) + (b > 0 ? b * Math.log(b / m) : 0);
            return 2 * Math.PI * r * v;
        }, 0, 1, 20_000);
        // KDE smoothing bias (jsSmooth ≈ 6e-4) plus its sampling noise, (1/8)∫Var q̂/p ≈ 1e-3 or so
        assertTrue(d.js() > jsSmooth && d.js() < 0.006, "perfect generator JS " + d.js() + ", smoothing only " + jsSmooth);
        assertEquals(n, d.n());
        // the floor falls with the sample size
        int big = 80_000;
        double[] y = new double[2 * big];
        t.sample(new SplittableRandom(4), y, big);
        double jsBig = PlugInDivergences.compute(t, Kde.forTarget(t, y, big), g).js();
        assertTrue(jsBig < 0.7 * d.js(), "JS at 80k samples " + jsBig + " vs 20k " + d.js());
    }

    @Test
    void reverseKlIsInfiniteWhereTheTargetHasNoSupport() {
        UniformTarget u = new UniformTarget(-1, 1);
        int n = 20_000;
        double[] x = new double[n];
        u.sample(new SplittableRandom(4), x, n);
        Grid g = new Grid(u.box(), 2400);
        PlugInDivergences.Divergences d = PlugInDivergences.compute(u, Kde.forTarget(u, x, n), g);
        assertEquals(Double.POSITIVE_INFINITY, d.reverseKl());
        assertTrue(d.js() > 0 && d.js() < 0.05, "JS " + d.js());
        assertTrue(Double.isFinite(d.kl()));
        assertEquals(Double.POSITIVE_INFINITY, PlugInDivergences.fDivergence(u, Kde.forTarget(u, x, n), g, RKL_P).value());
        // where p = 0 (outside [−1, 1]) KL adds nothing: 0·log 0 = 0
        assertTrue(Double.isFinite(PlugInDivergences.fDivergence(u, Kde.forTarget(u, x, n), g, KL_P).value()));
    }
}
