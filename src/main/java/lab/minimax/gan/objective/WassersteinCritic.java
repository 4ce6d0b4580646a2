package lab.minimax.gan.objective;

/**
 * The Wasserstein critic game (Arjovsky, Chintala, Bottou 2017) on the raw output V:
 * the critic maximises E_p[V] − E_q[V] (L_D = −E_p[V] + E_q[V]), the generator minimises
 * L_G = −E_q[V]. {@link #bound} is the critic's estimate E_p[V] − E_q[V] of W1 (a lower bound
 * up to the critic's Lipschitz constant, which weight clipping or the gradient penalty controls).
 */
public abstract sealed class WassersteinCritic implements Objective permits WassersteinClip, WassersteinGp {
    @Override
    public final double discriminatorLoss(double[] vReal, int nReal, double[] vFake, int nFake,
                                          double[] gradReal, double[] gradFake) {
        Rows.check("vReal", nReal, vReal, gradReal);
        Rows.check("vFake", nFake, vFake, gradFake);
        // L_D = −(1/n_p) Σ V_i + (1/n_q) Σ V_j
        for (int i = 0; i < nReal; i++) {
            gradReal[i] = -1.0 / nReal;
        }
        for (int j = 0; j < nFake; j++) {
            gradFake[j] = 1.0 / nFake;
        }
        return -Rows.mean(vReal, nReal) + Rows.mean(vFake, nFake);
    }

    @Override
    public final double generatorLoss(double[] vFake, int nFake, double[] gradFake) {
        Rows.check("vFake", nFake, vFake, gradFake);
        // L_G = −(1/n_q) Σ V_j
        for (int j = 0; j < nFake; j++) {
            gradFake[j] = -1.0 / nFake;
        }
        return -Rows.mean(vFake, nFake);
    }

    @Override
    public final double bound(double[] vReal, int nReal, double[] vFake, int nFake) {
        Rows.check("vReal", nReal, vReal, null);
        Rows.check("vFake", nFake, vFake, null);
        return Rows.mean(vReal, nReal) - Rows.mean(vFake, nFake);
    }

    /** The critic value itself. */
    @Override
    public final double display(double v) {
        return v;
    }
}
