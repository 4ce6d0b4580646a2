package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.ObjectiveSpec;
import org.junit.jupiter.api.Test;

/**
 * The f-GAN objective with f = GAN is exactly Goodfellow's game, written here with D = σ(V)
 * computed naively: L_D = −E_p log D − E_q log(1 − D), saturating L_G = E_q log(1 − D),
 * non-saturating L_G = −E_q log D, bound = the game's value E_p log D + E_q log(1 − D).
 */
class GoodfellowGanTest {
    private static Objective gan(GeneratorLoss loss) {
        return Objectives.create(new ObjectiveSpec(Divergence.GAN, loss, 0, 0, 0, 0, 0));
    }

    private static double naiveD(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void lossesGradientsAndBoundAreGoodfellows() {
        SplittableRandom rng = new SplittableRandom(41);
        Objective sat = gan(GeneratorLoss.SATURATING);
        Objective nonSat = gan(GeneratorLoss.NONSATURATING);
        for (int trial = 0; trial < 100; trial++) {
            int nReal = 1 + rng.nextInt(9);
            int nFake = 1 + rng.nextInt(9);
            double[] vReal = rng.doubles(nReal, -5, 5).toArray();
            double[] vFake = rng.doubles(nFake, -5, 5).toArray();
            double sumLogDReal = 0;
            for (double v : vReal) {
                sumLogDReal += Math.log(naiveD(v));
            }
            double sumLogDFake = 0;
            double sumLog1mDFake = 0;
            for (double v : vFake) {
                sumLogDFake += Math.log(naiveD(v));
                sumLog1mDFake += Math.log(1 - naiveD(v));
            }
            double gameValue = sumLogDReal / nReal + sumLog1mDFake / nFake;
            double[] gReal = new double[nReal];
            double[] gFake = new double[nFake];
            close(-gameValue, sat.discriminatorLoss(vReal, nReal, vFake, nFake, gReal, gFake), "L_D");
            close(gameValue, sat.bound(vReal, nReal, vFake, nFake), "bound = V(D, G)");
            for (int i = 0; i < nReal; i++) {
                close(-(1 - naiveD(vReal[i])) / nReal, gReal[i], "dL_D/dV real");
            }
            for (int j = 0; j < nFake; j++) {
                close(naiveD(vFake[j]) / nFake, gFake[j], "dL_D/dV fake");
            }
            double[] gSat = new double[nFake];
            double[] gNon = new double[nFake];
            close(sumLog1mDFake / nFake, sat.generatorLoss(vFake, nFake, gSat), "saturating L_G = E_q log(1 − D)");
            close(-sumLogDFake / nFake, nonSat.generatorLoss(vFake, nFake, gNon), "non-saturating L_G = −E_q log D");
            for (int j = 0; j < nFake; j++) {
                close(-naiveD(vFake[j]) / nFake, gSat[j], "d/dV E_q log(1 − σ(V)) = −σ(V)");
                close(-(1 - naiveD(vFake[j])) / nFake, gNon[j], "d/dV −E_q log σ(V) = −(1 − σ(V))");
            }
        }
    }

    /**
     * Lesson 2: per sample, d/dV log(1 − σ(V)) = −σ(V) and d/dV (−log σ(V)) = −(1 − σ(V)), so the
     * saturating gradient is D/(1 − D) = e^V times the non-saturating one (same sign): where D
     * rejects a sample (D → 0) the saturating loss gives the generator almost nothing.
     */
    @Test
    void saturatingOverNonSaturatingGradientIsDOverOneMinusD() {
        Objective sat = gan(GeneratorLoss.SATURATING);
        Objective nonSat = gan(GeneratorLoss.NONSATURATING);
        double[] v = new double[1];
        double[] gs = new double[1];
        double[] gn = new double[1];
        for (double x = -5; x <= 5; x += 0.01) {
            v[0] = x;
            sat.generatorLoss(v, 1, gs);
            nonSat.generatorLoss(v, 1, gn);
            double d = sat.display(x);
            double ratio = gs[0] / gn[0];
            assertEquals(d / (1 - d), ratio, 1e-12 * (d / (1 - d)), "ratio at V = " + x);
            assertEquals(Math.exp(x), ratio, 1e-12 * Math.exp(x), "ratio = e^V at V = " + x);
        }
    }

    @Test
    void displayIsSigmoidAndTheOptimalDiscriminatorIsPOverPPlusQ() {
        Objective g = gan(GeneratorLoss.NONSATURATING);
        FDivergence f = new GanDivergence();
        GaussianPair s = GaussianPair.STANDARD;
        for (int k = 0; k <= 1000; k++) {
            double x = -5 + 11.0 * k / 1000;
            close(naiveD(x), g.display(x), "display");
            double p = s.p(x);
            double q = s.q(x);
            close(p / (p + q), g.display(f.optimalCritic(p / q)), "D*(" + x + ")");
        }
    }
}
