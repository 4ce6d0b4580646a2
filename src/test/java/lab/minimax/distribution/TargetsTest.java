package lab.minimax.distribution;

import java.util.Map;

import org.junit.jupiter.api.Test;

import lab.minimax.distribution.Target.LogDensity;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;
import lab.minimax.experiment.TargetSpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetsTest {
    @Test
    void everyCatalogueTargetIsBuiltWithItsNameAndDimension() {
        for (TargetDef def : TargetCatalog.ALL) {
            Target t = Targets.create(Fixtures.spec(def.name()));
            assertEquals(def.name(), t.name());
            assertEquals(def.dim(), t.dim());
            assertEquals(def.dim(), t.box().dim());
            if (TargetCatalog.isImage(def.name())) {
                assertTrue(t instanceof MnistTarget, def.name());
                continue;
            }
            assertTrue(t instanceof LogDensity, def.name());
            assertEquals(def.dim() == 1, t instanceof Univariate, def.name() + " is Univariate iff 1D");
        }
    }

    @Test
    void missingParametersTakeCatalogueDefaults() {
        Modes m = Targets.create(TargetSpec.of("ring8")).modes().orElseThrow();
        assertEquals(2, Math.hypot(m.center(3, 0), m.center(3, 1)), 1e-12);
        assertEquals(0.02, m.sd()[0]);
        Modes two = Targets.create(new TargetSpec("two-gaussians", Map.of("sd", 0.3), null)).modes().orElseThrow();
        assertEquals(4, two.center(1, 0) - two.center(0, 0), 1e-12);
        assertEquals(0.3, two.sd()[0]);
        Modes mix = Targets.create(new TargetSpec("mixture", Map.of("modes", 3.0), null)).modes().orElseThrow();
        assertEquals(3, mix.count());
        assertEquals(-4, mix.center(0, 0), 1e-12);
    }

    @Test
    void invalidSpecsThrowNamingTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> Targets.create(TargetSpec.of("nope")));
        assertTrue(e.getMessage().contains("target.name"));
        e = assertThrows(IllegalArgumentException.class,
                () -> Targets.create(new TargetSpec("ring8", Map.of("sd", 5.0), null)));
        assertTrue(e.getMessage().contains("target.sd") && e.getMessage().contains("[0.005, 1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Targets.create(new TargetSpec("ring8", Map.of("colour", 1.0), null)));
        assertTrue(e.getMessage().contains("target.colour"));
        e = assertThrows(IllegalArgumentException.class,
                () -> Targets.create(new TargetSpec("uniform", Map.of("lo", 2.0, "hi", 1.0), null)));
        assertTrue(e.getMessage().contains("hi"));
        e = assertThrows(IllegalArgumentException.class, () -> Targets.create(TargetSpec.of("points")));
        assertTrue(e.getMessage().contains("target.points"));
        assertThrows(IllegalArgumentException.class,
                () -> Targets.create(new TargetSpec("mixture", Map.of("modes", 2.5), null)));
    }
}
