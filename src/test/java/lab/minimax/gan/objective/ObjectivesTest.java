package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.ObjectiveSpec;
import org.junit.jupiter.api.Test;

/** The factory: every divergence maps to its objective; bad parameters give clear messages. */
class ObjectivesTest {
    private static ObjectiveSpec spec(Divergence d, GeneratorLoss loss, double clip, double lambda,
                                      double a, double b, double c) {
        return new ObjectiveSpec(d, loss, clip, lambda, a, b, c);
    }

    @Test
    void everyDivergenceMapsToItsObjective() {
        for (Divergence d : Divergence.values()) {
            for (GeneratorLoss loss : GeneratorLoss.values()) {
                Objective obj = Objectives.create(spec(d, loss, 0.02, 5, -1, 1, 0));
                assertEquals(d.kind() == Divergence.Kind.F_GAN, Objectives.fDivergence(d).isPresent(), d.id());
                switch (d.kind()) {
                    case F_GAN -> {
                        FGanObjective fgan = assertInstanceOf(FGanObjective.class, obj);
                        assertSame(d, fgan.divergence().divergence());
                        assertSame(loss, fgan.generatorLossKind());
                        // the heatmap is the f's own D̂ = r̂/(1 + r̂) (DisplayedDiscriminatorTest checks it is D*)
                        assertEquals(fgan.divergence().discriminator(0.7), obj.display(0.7), d.id());
                    }
                    case CRITIC, LEAST_SQUARES -> assertEquals(0.7, obj.display(0.7), d.id());
                }
            }
        }
        assertEquals(0.02, Objectives.create(spec(Divergence.WGAN_CLIP, null, 0.02, 0, 0, 0, 0)).weightClip());
        assertEquals(5.0, Objectives.create(spec(Divergence.WGAN_GP, null, 0, 5, 0, 0, 0)).gradientPenalty());
        LeastSquares ls = assertInstanceOf(LeastSquares.class,
                Objectives.create(spec(Divergence.LSGAN, null, 0, 0, -1, 1, 0)));
        assertEquals(-1.0, ls.a());
        assertEquals(1.0, ls.b());
        assertEquals(0.0, ls.c());
        assertInstanceOf(Hinge.class, Objectives.create(spec(Divergence.HINGE, null, 0, 0, 0, 0, 0)));
    }

    /**
     * Every f-GAN divergence of the config has its own f registered: f(1) = 0 (the GAN row:
     * −log 4), and f with its textbook conjugate f* satisfies Fenchel–Young, f(u) + f*(t) ≥ u·t
     * on a grid of u ∈ [e^−3, e^3] and t ∈ [−5, 5], with equality at t = f'(u).
     */
    @Test
    void everyFGanDivergenceIsRegisteredWithAConjugatePair() {
        for (Divergence d : Divergence.values()) {
            if (d.kind() != Divergence.Kind.F_GAN) {
                continue;
            }
            FDivergence f = Objectives.fDivergence(d).orElseThrow(() -> new AssertionError(d.id() + " is not registered"));
            assertSame(d, f.divergence());
            assertEquals(d == Divergence.GAN ? -Math.log(4) : 0.0, f.f(1.0), 1e-15, d.id() + " f(1)");
            for (int i = -12; i <= 12; i++) {
                double u = Math.exp(i / 4.0);
                double fu = f.f(u);
                for (int k = -40; k <= 40; k++) {
                    double t = k / 8.0;
                    double ft = f.conjugate(t);
                    assertTrue(fu + ft >= u * t - 1e-12 * (Math.abs(fu) + Math.abs(u * t) + 1),
                            d.id() + ": f(" + u + ") + f*(" + t + ") = " + (fu + ft) + " < u·t = " + (u * t));
                }
                double t = f.fPrime(u);
                double sum = fu + f.conjugate(t);
                assertEquals(u * t, sum, 1e-12 * (Math.abs(fu) + Math.abs(u * t) + 1),
                        d.id() + ": Fenchel–Young equality at u = " + u + ", t = f'(u) = " + t);
            }
        }
    }

    @Test
    void badParametersNameTheFieldAndTheRange() {
        assertMessage(() -> Objectives.create(spec(Divergence.KL, null, 0, 0, 0, 0, 0)),
                "objective.generatorLoss", "saturating|nonsaturating");
        assertMessage(() -> Objectives.create(spec(Divergence.WGAN_CLIP, null, 0, 0, 0, 0, 0)), "objective.clip", "> 0");
        assertMessage(() -> Objectives.create(spec(Divergence.WGAN_CLIP, null, Double.NaN, 0, 0, 0, 0)), "objective.clip");
        assertMessage(() -> Objectives.create(spec(Divergence.WGAN_GP, null, 0, -1, 0, 0, 0)), "objective.lambda", ">= 0");
        assertMessage(() -> Objectives.create(spec(Divergence.LSGAN, null, 0, 0, Double.POSITIVE_INFINITY, 0, 0)),
                "objective.a", "finite");
        assertMessage(() -> Objectives.create(spec(null, null, 0, 0, 0, 0, 0)), "objective.divergence", "gan|kl");
        Objective kl = Objectives.create(spec(Divergence.KL, GeneratorLoss.SATURATING, 0, 0, 0, 0, 0));
        assertMessage(() -> kl.generatorLoss(new double[3], 0, new double[3]), "vFake", "1..3");
        assertMessage(() -> kl.discriminatorLoss(new double[3], 3, new double[3], 3, new double[2], new double[3]),
                "vReal", "needs 3");
    }

    private static void assertMessage(Runnable r, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' lacks '" + part + "'");
        }
    }
}
