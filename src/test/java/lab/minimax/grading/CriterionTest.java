package lab.minimax.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Criterion}: the list reads, each holds as its operator says, bad text is refused naming what is allowed. */
class CriterionTest {
    @Test
    void readsTheIssuesExample() {
        List<Criterion> l = Criterion.parseList("modesCovered>=20, highQualityFraction >= 0.9,reverseKl<=0.1");
        assertEquals(List.of(new Criterion("modesCovered", ">=", 20), new Criterion("highQualityFraction", ">=", 0.9),
                new Criterion("reverseKl", "<=", 0.1)), l);
        assertEquals("modesCovered>=20, highQualityFraction>=0.9, reverseKl<=0.1", Criterion.text(l));
        assertEquals(l, Criterion.parseList(Criterion.text(l)));
        assertEquals(List.of(new Criterion("modesCovered", ">=", 25)), Criterion.parseList("modesCovered ≥ 25"));
        assertEquals(List.of(new Criterion("mmd2", "<", 1e-3)), Criterion.parseList("mmd2<1e-3"));
        assertEquals(List.of(), Criterion.parseList("  "));
    }

    @Test
    void holds() {
        Criterion ge = new Criterion("modesCovered", ">=", 20);
        assertTrue(ge.holds(20));
        assertTrue(ge.holds(25));
        assertFalse(ge.holds(19.999));
        assertFalse(ge.holds(Double.NaN));
        Criterion gt = new Criterion("modesCovered", ">", 20);
        assertFalse(gt.holds(20));
        assertTrue(gt.holds(21));
        Criterion le = new Criterion("reverseKl", "<=", 0.1);
        assertTrue(le.holds(0.1));
        assertFalse(le.holds(0.1000001));
        assertFalse(le.holds(Double.POSITIVE_INFINITY));
        Criterion lt = new Criterion("reverseKl", "<", 0.1);
        assertFalse(lt.holds(0.1));
        assertTrue(lt.holds(-1));
    }

    @Test
    void metricNamesAreTheEvaluationsColumns() {
        List<String> names = Criterion.metricNames();
        for (String n : List.of("modesCovered", "highQualityFraction", "modeReverseKl", "reverseKl", "slicedW", "w1", "mmd2",
                "js", "kl", "modesCoveredFraction")) {
            assertTrue(names.contains(n), n + " in " + names);
        }
        assertFalse(names.contains("lossD"), "a training statistic is not graded");
        assertFalse(names.contains("samples"));
    }

    static void refused(String text, String words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Criterion.parseList(text));
        assertTrue(e.getMessage().contains(words), "expected \"" + words + "\" in: " + e.getMessage());
    }

    @Test
    void badTextIsRefusedNamingWhatIsAllowed() {
        refused("modes>=20", "unknown metric 'modes' in 'modes>=20' (known: modesCovered, highQualityFraction");
        refused("modesCovered=20", "'modesCovered=20' is not metric>=value");
        refused("modesCovered>=lots", "'lots' in 'modesCovered>=lots' is not a number");
        refused("modesCovered>=NaN", "is not a number");
        refused("modesCovered>=1e999", "is not a finite number");
        refused("modesCovered>=20,,js<=1", "an empty criterion");
        refused(">=20", "is not metric>=value");
        assertThrows(IllegalArgumentException.class, () -> new Criterion("modesCovered", "==", 1));
    }
}
