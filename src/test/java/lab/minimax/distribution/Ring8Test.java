package lab.minimax.distribution;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Ring8Test {
    @Test
    void eightDistinctModesAtAngles2PiKOver8() {
        Modes m = new Ring8Target(2, 0.02).modes().orElseThrow();
        assertEquals(8, m.count());
        boolean[] seen = new boolean[8];
        for (int k = 0; k < 8; k++) {
            double x = m.center(k, 0);
            double y = m.center(k, 1);
            assertEquals(2, Math.hypot(x, y), 1e-12);
            double a = Math.atan2(y, x);
            int slot = (int) Math.round(((a + 2 * Math.PI) % (2 * Math.PI)) / (2 * Math.PI / 8)) % 8;
            assertEquals(0, Math.abs(a - Math.atan2(Math.sin(2 * Math.PI * slot / 8), Math.cos(2 * Math.PI * slot / 8))), 1e-12);
            assertTrue(!seen[slot], "two modes at angle slot " + slot);
            seen[slot] = true;
            assertEquals(0.02, m.sd()[k]);
            assertEquals(1.0 / 8, m.weights()[k], 1e-15);
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
    }

    @Test
    void densityPeaksAtEachCentreWithTheGaussianHeight() {
        Ring8Target t = new Ring8Target(2, 0.05);
        Modes m = t.modes().orElseThrow();
        for (int k = 0; k < 8; k++) {
            double[] c = {m.center(k, 0), m.center(k, 1)};
            // neighbours 2·2·sin(π/8) ≈ 1.53 apart = 30σ: only the own mode counts
            assertEquals(1.0 / 8 / (2 * Math.PI * 0.05 * 0.05), t.density(c, 0), 1e-10);
            double[] off = {c[0] * 1.01, c[1] * 1.01};
            assertTrue(t.density(off, 0) < t.density(c, 0));
        }
    }

    @Test
    void mixtureTargetsExposeModesOthersDoNot() {
        for (Target t : Fixtures.all()) {
            boolean expected = switch (t.name()) {
                case "gaussian", "mixture", "ring8", "grid25", "two-gaussians", "disjoint" -> true;
                default -> false;
            };
            assertEquals(expected, t.modes().isPresent(), t.name());
        }
        Modes g = Targets.create(Fixtures.spec("grid25")).modes().orElseThrow();
        assertEquals(25, g.count());
        double[] xs = new double[25];
        for (int k = 0; k < 25; k++) {
            xs[k] = g.center(k, 0) + 10 * g.center(k, 1);
        }
        Arrays.sort(xs);
        for (int k = 1; k < 25; k++) {
            assertTrue(xs[k] > xs[k - 1], "grid25 modes distinct");
        }
        Modes d = Targets.create(Fixtures.spec("disjoint")).modes().orElseThrow();
        assertTrue(d.weights()[0] != d.weights()[2], "disjoint clusters have unequal weights");
    }
}
