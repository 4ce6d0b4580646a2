package lab.minimax.metrics;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import lab.minimax.distribution.Box;
import lab.minimax.distribution.GaussianTarget;
import lab.minimax.distribution.Normal;
import lab.minimax.distribution.Ring8Target;
import lab.minimax.distribution.SwissRollTarget;
import lab.minimax.distribution.UniformTarget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KdeTest {
    /** Direct sum of every kernel, no cut-off: the reference. */
    static double naive(double[] x, int n, int dim, double h, double[] pt) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d2 = 0;
            for (int d = 0; d < dim; d++) {
                double t = pt[d] - x[i * dim + d];
                d2 += t * t;
            }
            s += Math.exp(-d2 / (2 * h * h));
        }
        return s / n / Math.pow(Math.sqrt(2 * Math.PI) * h, dim);
    }

    @Test
    void gridSplatAndPointValuesMatchTheDirectSum() {
        for (int dim = 1; dim <= 2; dim++) {
            int n = 500;
            double[] x = new double[n * dim];
            if (dim == 1) {
                new GaussianTarget(0.2, 1).sample(new SplittableRandom(1), x, n);
            } else {
                new Ring8Target(2, 0.2).sample(new SplittableRandom(1), x, n);
            }
            double h = 0.13;
            Kde kde = new Kde(x, n, dim, h);
            double[] lo = new double[dim];
            double[] hi = new double[dim];
            java.util.Arrays.fill(lo, -3);
            java.util.Arrays.fill(hi, 3.2);
            Grid g = new Grid(new Box(lo, hi), dim == 1 ? 777 : 97);
            double[] v = new double[g.size()];
            kde.densityOnGrid(g, v);
            double peak = 1 / Math.pow(Math.sqrt(2 * Math.PI) * h, dim);
            double[] pt = new double[dim];
            for (int k = 0; k < g.size(); k++) {
                g.point(k, pt, 0);
                double ref = naive(x, n, dim, h, pt);
                double tol = 1e-12 * peak + (ref > 1e-12 * peak ? 1e-9 * ref : 1e-12 * peak);
                assertEquals(ref, v[k], tol, "grid point " + k);
                assertEquals(ref, kde.density(pt, 0), tol);
                if (ref > 1e-200) {
                    assertEquals(Math.log(ref), kde.logDensity(pt, 0), 1e-10 * Math.max(1, Math.abs(Math.log(ref))));
                }
            }
        }
    }

    @Test
    void logDensityIsExactFarFromEverySample() {
        double[] x = {0.5, -1};
        Kde kde = new Kde(x, 1, 2, 0.1);
        double[] far = {30.5, -1};
        // one kernel: log q = −d²/(2h²) − log(2πh²)
        assertEquals(-900 / 0.02 - Math.log(2 * Math.PI * 0.01), kde.logDensity(far, 0), 1e-9);
        assertEquals(0, kde.density(far, 0));
    }

    @Test
    void manySamplesRecoverTheSmoothedDensity() {
        int n = 100_000;
        double[] x = new double[n];
        GaussianTarget t = new GaussianTarget(0, 1);
        t.sample(new SplittableRandom(2), x, n);
        Kde kde = Kde.forTarget(t, x, n);
        // pointwise sd of q̂ at the mode ≈ √(q R(K)/(n h)) ≈ 0.0033, so a max over the line stays below ~0.012
        // normal-reference rule with the target's σ: (4/(3n))^(1/5) = 1.0592·n^(−1/5)
        assertEquals(Math.pow(4.0 / 3, 0.2) * Math.pow(n, -0.2), kde.bandwidth(), 1e-12);
        double h = kde.bandwidth();
        Grid g = new Grid(new Box(new double[]{-6}, new double[]{6}), 1200);
        double[] v = new double[g.size()];
        kde.densityOnGrid(g, v);
        double mass = 0;
        double maxErr = 0;
        double s = Math.sqrt(1 + h * h); // E q̂ = N(0, 1 + h²)
        for (int k = 0; k < g.size(); k++) {
            mass += v[k] * g.cellVolume();
            maxErr = Math.max(maxErr, Math.abs(v[k] - Normal.pdf(g.coord(0, k) / s) / s));
        }
        assertEquals(1, mass, 1e-6);
        assertTrue(maxErr < 0.015, "max |q̂ − q*K_h| = " + maxErr);
    }

    @Test
    void bandwidthFollowsTheModeScaleNotTheGlobalSpread() {
        int n = 2000;
        double[] x = new double[2 * n];
        Ring8Target ring = new Ring8Target(2, 0.02);
        ring.sample(new SplittableRandom(3), x, n);
        double h = Bandwidth.forKde(ring, x, n);
        assertEquals(0.02 * Math.pow(n / 8.0, -1.0 / 6), h, 1e-15); // 2D normal reference per mode
        assertTrue(Bandwidth.silverman(x, n, 2) > 20 * h, "global rule would blur the ring");
        double[] y = new double[n];
        new UniformTarget(-1, 1).sample(new SplittableRandom(4), y, n);
        double hu = Bandwidth.forKde(new UniformTarget(-1, 1), y, n);
        assertTrue(hu > 0.05 && hu < 0.15, "Silverman on a U[−1,1] sample of 2000: " + hu);
        double[] collapsed = new double[n]; // all zeros: no spread, falls back to the target scale
        assertTrue(Bandwidth.forKde(new UniformTarget(-1, 1), collapsed, n) > 0);
        double[] roll = new double[2 * n];
        SwissRollTarget sr = new SwissRollTarget(0.05);
        sr.sample(new SplittableRandom(5), roll, n);
        assertTrue(Bandwidth.forKde(sr, roll, n) <= 0.05, "curve targets use the noise scale");
        assertEquals(0.05, Bandwidth.modeScale(sr));
        assertEquals(1, Bandwidth.modeScale(new GaussianTarget(3, 1)), 1e-9);
    }

    @Test
    void onGridResolvesLogsWhereTheTargetHasMass() {
        Ring8Target t = new Ring8Target(2, 0.05);
        int n = 500;
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) { // a collapsed generator: everything near mode 0
            x[2 * i] = 2 + 0.05 * Math.sin(i);
            x[2 * i + 1] = 0.05 * Math.cos(3 * i);
        }
        Kde kde = Kde.forTarget(t, x, n);
        Grid g = new Grid(t.box(), 120);
        GridDensity p = GridDensity.exact(t, g);
        GridDensity q = kde.onGrid(g, p);
        double[] pt = new double[2];
        int resolvedFar = 0;
        for (int k = 0; k < g.size(); k++) {
            double l = q.logDensity()[k];
            if (p.density()[k] * g.cellVolume() >= 1e-18) {
                assertTrue(Double.isFinite(l), "log q̂ must be resolved where p has mass");
                if (q.density()[k] < 1e-12) {
                    g.point(k, pt, 0);
                    assertEquals(kde.logDensity(pt, 0), l, 0);
                    resolvedFar++;
                }
            }
        }
        assertTrue(resolvedFar > 100, "missed modes resolved exactly: " + resolvedFar);
        assertEquals(n, q.n());
    }
}
