package lab.minimax.gan;

import lab.minimax.gan.DiracGan.Update;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dirac-GAN against its maths: the field is the game's gradient, and the two schemes' fates. */
class DiracGanTest {

    @Test
    void fIsLogSigmoidAndFPrimeItsDerivative() {
        for (double t = -30; t <= 30; t += 0.37) {
            double direct = -Math.log(1 + Math.exp(-t));
            assertEquals(direct, DiracGan.f(t), 1e-12 * Math.max(1, Math.abs(direct)), "f(" + t + ")");
            double e = 1e-5;
            double fd = (DiracGan.f(t + e) - DiracGan.f(t - e)) / (2 * e);
            assertEquals(fd, DiracGan.fPrime(t), 1e-8, "f'(" + t + ")");
        }
        assertEquals(0.5, DiracGan.fPrime(0), 0);
    }

    @Test
    void fieldIsMinusDThetaAndPlusDPsiOfTheLossByFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(6);
        double e = 1e-6;
        for (int i = 0; i < 200; i++) {
            double t = rng.nextDouble(-3, 3);
            double p = rng.nextDouble(-3, 3);
            double dT = (DiracGan.loss(t + e, p) - DiracGan.loss(t - e, p)) / (2 * e);
            double dP = (DiracGan.loss(t, p + e) - DiracGan.loss(t, p - e)) / (2 * e);
            double[] v = DiracGan.field(t, p);
            assertEquals(-dT, v[0], 1e-8, "v_theta at " + t + ", " + p);
            assertEquals(dP, v[1], 1e-8, "v_psi at " + t + ", " + p);
        }
        double[] zero = DiracGan.field(0, 0);
        assertEquals(0, zero[0], 0);
        assertEquals(0, zero[1], 0);
    }

    @Test
    void simultaneousUpdatesGrowTheRadiusByOnePlusHSquaredFPrimeSquaredEachStep() {
        double h = 0.1;
        DiracGan g = new DiracGan(1, 1);
        double start = g.radius2();
        double r = start;
        for (int i = 0; i < 2000; i++) {
            // |(θ, ψ) + h v|² = (θ² + ψ²)(1 + h² f'(ψθ)²), since v ⟂ (θ, ψ) and |v|² = f'² (θ² + ψ²)
            double fp = DiracGan.fPrime(g.psi() * g.theta());
            double expected = r * (1 + h * h * fp * fp);
            g.step(Update.SIMULTANEOUS, h);
            double next = g.radius2();
            assertTrue(next > r, "theta^2 + psi^2 must grow strictly at step " + i);
            assertEquals(expected, next, 1e-12 * expected, "step " + i);
            r = next;
        }
        assertTrue(r > 1.5 * start, "spirals out: " + start + " -> " + r);
    }

    @Test
    void alternatingUpdatesStayBoundedWhereSimultaneousOnesDoNot() {
        double h = 0.1;
        DiracGan alt = new DiracGan(1, 1);
        DiracGan sim = new DiracGan(1, 1);
        double start = alt.radius2();
        double lo = start;
        double hi = start;
        for (int i = 0; i < 20_000; i++) {
            alt.step(Update.ALTERNATING, h);
            sim.step(Update.SIMULTANEOUS, h);
            lo = Math.min(lo, alt.radius2());
            hi = Math.max(hi, alt.radius2());
        }
        assertTrue(hi < 2 * start && lo > start / 2, "alternating stays within a factor 2: [" + lo + ", " + hi + "]");
        assertTrue(sim.radius2() > 4 * start, "simultaneous left: " + sim.radius2());
    }

    @Test
    void nearTheEquilibriumAlternatingConservesTheLinearisedInvariant() {
        // linearised (f' = 1/2, a = h/2): θ' = θ − aψ, ψ' = ψ + aθ' keeps Q = θ² + ψ² − aθψ
        double h = 0.2;
        double a = h / 2;
        DiracGan g = new DiracGan(1e-3, 0);
        double q0 = 1e-6;
        for (int i = 0; i < 5000; i++) {
            g.step(Update.ALTERNATING, h);
            double q = g.theta() * g.theta() + g.psi() * g.psi() - a * g.theta() * g.psi();
            assertEquals(q0, q, 1e-4 * q0, "step " + i);
        }
    }

    @Test
    void trajectoryAndGridHaveTheDocumentedLayout() {
        double[] tr = DiracGan.trajectory(1, 0.5, Update.SIMULTANEOUS, 0.1, 3);
        assertEquals(8, tr.length);
        DiracGan g = new DiracGan(1, 0.5);
        for (int i = 1; i <= 3; i++) {
            g.step(Update.SIMULTANEOUS, 0.1);
            assertEquals(g.theta(), tr[2 * i], 0);
            assertEquals(g.psi(), tr[2 * i + 1], 0);
        }
        double[] grid = DiracGan.fieldGrid(4, 2);
        assertEquals(64, grid.length);
        // cell (ix = 3, iy = 0): θ = 1.5, ψ = −1.5
        int o = 4 * 3;
        assertEquals(1.5, grid[o], 1e-15);
        assertEquals(-1.5, grid[o + 1], 1e-15);
        double[] v = DiracGan.field(1.5, -1.5);
        assertEquals(v[0], grid[o + 2], 0);
        assertEquals(v[1], grid[o + 3], 0);
    }
}
