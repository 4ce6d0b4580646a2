package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import lab.minimax.bench.AllObjectives;
import lab.minimax.experiment.ObjectiveSpec;
import org.junit.jupiter.api.Test;

/** The step's bound taken from L_D equals the objective's bound on the same rows, bit for bit, for every objective. */
class BoundAfterLossTest {
    @Test
    void boundAfterLossIsTheBoundBitForBit() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 257;
        for (ObjectiveSpec spec : AllObjectives.specs()) {
            Objective o = Objectives.create(spec);
            for (int trial = 0; trial < 20; trial++) {
                double[] vReal = new double[n], vFake = new double[n], gr = new double[n], gf = new double[n];
                double scale = trial < 10 ? 3 : 30;
                for (int i = 0; i < n; i++) {
                    vReal[i] = scale * (2 * rng.nextDouble() - 1);
                    vFake[i] = scale * (2 * rng.nextDouble() - 1);
                }
                double loss = o.discriminatorLoss(vReal, n, vFake, n, gr, gf);
                double want = o.bound(vReal, n, vFake, n);
                double got = o.boundAfterLoss(loss, vReal, n, vFake, n);
                assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), AllObjectives.name(spec));
            }
        }
    }
}
