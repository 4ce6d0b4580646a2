package lab.minimax.gan;

/**
 * What the last training step measured. Mutable and owned by the {@link Trainer} so that a step
 * allocates nothing; read it between steps.
 */
public final class StepStats {
    /** L_D of the last discriminator update (NaN before the first). */
    public double lossD = Double.NaN;
    /** L_G of the last generator update (NaN before the first). */
    public double lossG = Double.NaN;
    /**
     * The variational estimate on the last D batch: F = E_p[T] − E_q[f*(T)] for f-GANs, the
     * critic's E_p V − E_q V for Wasserstein critics, NaN where undefined.
     */
    public double bound = Double.NaN;
    /** WGAN-GP's penalty term of the last D update (0 for other objectives). */
    public double penalty;
    /** ‖dL_D/dθ_D‖₂ of the last discriminator update. */
    public double gradNormD = Double.NaN;
    /** ‖dL_G/dθ_G‖₂ of the last generator update. */
    public double gradNormG = Double.NaN;
    /**
     * The Kozachenko–Leonenko entropy estimate Ĥ(q) of the last generated batch, when the entropy
     * regulariser is on (NaN otherwise); {@link #lossG} then includes −β·Ĥ.
     */
    public double entropy = Double.NaN;

    /**
     * Why the numbers of the last update show divergence (NaN or ±∞), or {@code null} when they
     * are finite. {@code afterD} / {@code afterG}: which updates the last step ran.
     */
    public String divergence(boolean afterD, boolean afterG) {
        if (afterD) {
            if (!Double.isFinite(lossD)) {
                return "the discriminator's loss became " + lossD;
            }
            if (!Double.isFinite(gradNormD)) {
                return "the discriminator's gradient became " + gradNormD;
            }
        }
        if (afterG) {
            if (!Double.isFinite(lossG)) {
                return "the generator's loss became " + lossG;
            }
            if (!Double.isFinite(gradNormG)) {
                return "the generator's gradient became " + gradNormG;
            }
        }
        return null;
    }
}
