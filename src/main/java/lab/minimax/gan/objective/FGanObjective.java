package lab.minimax.gan.objective;

import java.util.Objects;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.Named;

/**
 * The f-GAN game for one {@link FDivergence} (Nowozin et al. 2016), Goodfellow's GAN included.
 *
 * <p>With T = g_f(V) the discriminator maximises F = E_p[g_f(V)] − E_q[f*(g_f(V))], so
 * L_D = −F. The generator minimises either the saturating loss (the game's value; its E_p term
 * does not depend on G) L_G = −E_q[f*(g_f(V))], or the non-saturating L_G = −E_q[g_f(V)].
 * For f = GAN these are exactly Goodfellow's losses: L_D = E_p softplus(−V) + E_q softplus(V),
 * saturating L_G = E_q log(1 − D) = −E_q softplus(V), non-saturating L_G = −E_q log D =
 * E_q softplus(−V), with D = σ(V). {@link #bound} is F; {@link #display} is the density-ratio
 * estimate as a discriminator, D̂ = r̂/(1 + r̂) with r̂ = (f')⁻¹(g_f(V))
 * ({@link FDivergence#discriminator}; each f's closed form, e.g. σ(V) for gan, is on its class).
 */
public final class FGanObjective implements Objective {
    private final FDivergence f;
    private final GeneratorLoss loss;

    public FGanObjective(FDivergence f, GeneratorLoss loss) {
        this.f = Objects.requireNonNull(f, "divergence");
        if (loss == null) {
            throw new IllegalArgumentException("objective.generatorLoss must be one of "
                    + Named.allowed(GeneratorLoss.class));
        }
        this.loss = loss;
    }

    public FDivergence divergence() {
        return f;
    }

    public GeneratorLoss generatorLossKind() {
        return loss;
    }

    @Override
    public double discriminatorLoss(double[] vReal, int nReal, double[] vFake, int nFake,
                                    double[] gradReal, double[] gradFake) {
        Rows.check("vReal", nReal, vReal, gradReal);
        Rows.check("vFake", nFake, vFake, gradFake);
        // L_D = −(1/n_p) Σ g_f(V_i) + (1/n_q) Σ f*(g_f(V_j))
        double sumT = 0;
        for (int i = 0; i < nReal; i++) {
            sumT += f.g(vReal[i], gradReal, i);
            gradReal[i] = -gradReal[i] / nReal;
        }
        double sumConj = 0;
        for (int j = 0; j < nFake; j++) {
            sumConj += f.conjugateOfG(vFake[j], gradFake, j);
            gradFake[j] = gradFake[j] / nFake;
        }
        return -sumT / nReal + sumConj / nFake;
    }

    @Override
    public double generatorLoss(double[] vFake, int nFake, double[] gradFake) {
        Rows.check("vFake", nFake, vFake, gradFake);
        double sum = 0;
        if (loss == GeneratorLoss.SATURATING) {
            // L_G = −(1/n_q) Σ f*(g_f(V_j))
            for (int j = 0; j < nFake; j++) {
                sum += f.conjugateOfG(vFake[j], gradFake, j);
                gradFake[j] = -gradFake[j] / nFake;
            }
        } else {
            // L_G = −(1/n_q) Σ g_f(V_j)
            for (int j = 0; j < nFake; j++) {
                sum += f.g(vFake[j], gradFake, j);
                gradFake[j] = -gradFake[j] / nFake;
            }
        }
        return -sum / nFake;
    }

    @Override
    public double bound(double[] vReal, int nReal, double[] vFake, int nFake) {
        Rows.check("vReal", nReal, vReal, null);
        Rows.check("vFake", nFake, vFake, null);
        // F = (1/n_p) Σ g_f(V_i) − (1/n_q) Σ f*(g_f(V_j))
        double sumT = 0;
        for (int i = 0; i < nReal; i++) {
            sumT += f.g(vReal[i]);
        }
        double sumConj = 0;
        for (int j = 0; j < nFake; j++) {
            sumConj += f.conjugateOfG(vFake[j]);
        }
        return sumT / nReal - sumConj / nFake;
    }

    /**
     * F = −L_D exactly: L_D = −Σg/n_p + Σf*∘g/n_q and F = Σg/n_p − Σf*∘g/n_q are the same two sums,
     * and IEEE negation and addition give −((−a) + b) = a − b bit for bit.
     */
    @Override
    public double boundAfterLoss(double lossD, double[] vReal, int nReal, double[] vFake, int nFake) {
        return -lossD;
    }

    /** D̂ = r̂/(1 + r̂), r̂ = (f')⁻¹(g_f(V)): D* = p/(p + q) at the optimum, for every f. */
    @Override
    public double display(double v) {
        return f.discriminator(v);
    }

    @Override
    public String toString() {
        return "f-GAN(" + f.divergence().id() + ", " + loss.id() + ")";
    }
}
