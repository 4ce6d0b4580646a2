package lab.minimax.gan.objective;

/**
 * The hinge game (Lim &amp; Ye 2017; Miyato et al. 2018) on the raw output V:
 * L_D = E_p[relu(1 − V)] + E_q[relu(1 + V)], L_G = −E_q[V]. At a kink (V = ±1) the subgradient
 * 0 is used. {@link #bound} reports the critic's mean difference E_p[V] − E_q[V], the quantity the
 * generator's loss moves. It is not an f-GAN bound: the hinge-optimal discriminator is
 * V* = sign(p − q) (pointwise minimiser of p·relu(1 − V) + q·relu(1 + V)), at which it equals
 * ∫|p − q| = 2·TV(p, q).
 */
public final class Hinge implements Objective {
    @Override
    public double discriminatorLoss(double[] vReal, int nReal, double[] vFake, int nFake,
                                    double[] gradReal, double[] gradFake) {
        Rows.check("vReal", nReal, vReal, gradReal);
        Rows.check("vFake", nFake, vFake, gradFake);
        // L_D = (1/n_p) Σ relu(1 − V_i) + (1/n_q) Σ relu(1 + V_j)
        double sumReal = 0;
        for (int i = 0; i < nReal; i++) {
            double m = 1.0 - vReal[i];
            if (m > 0) {
                sumReal += m;
                gradReal[i] = -1.0 / nReal;
            } else {
                gradReal[i] = 0.0;
            }
        }
        double sumFake = 0;
        for (int j = 0; j < nFake; j++) {
            double m = 1.0 + vFake[j];
            if (m > 0) {
                sumFake += m;
                gradFake[j] = 1.0 / nFake;
            } else {
                gradFake[j] = 0.0;
            }
        }
        return sumReal / nReal + sumFake / nFake;
    }

    @Override
    public double generatorLoss(double[] vFake, int nFake, double[] gradFake) {
        Rows.check("vFake", nFake, vFake, gradFake);
        // L_G = −(1/n_q) Σ V_j
        for (int j = 0; j < nFake; j++) {
            gradFake[j] = -1.0 / nFake;
        }
        return -Rows.mean(vFake, nFake);
    }

    @Override
    public double bound(double[] vReal, int nReal, double[] vFake, int nFake) {
        Rows.check("vReal", nReal, vReal, null);
        Rows.check("vFake", nFake, vFake, null);
        return Rows.mean(vReal, nReal) - Rows.mean(vFake, nFake);
    }

    /** The critic value itself. */
    @Override
    public double display(double v) {
        return v;
    }

    @Override
    public String toString() {
        return "hinge";
    }
}
