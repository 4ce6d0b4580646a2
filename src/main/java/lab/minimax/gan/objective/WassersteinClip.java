package lab.minimax.gan.objective;

/** WGAN with weight clipping: the critic's weights are clipped to [−c, c] after each update. */
public final class WassersteinClip extends WassersteinCritic {
    private final double clip;

    /** @param clip c, finite and &gt; 0 (the paper's 0.01) */
    public WassersteinClip(double clip) {
        if (!(clip > 0) || Double.isInfinite(clip)) {
            throw new IllegalArgumentException("objective.clip must be a finite number > 0, got " + clip);
        }
        this.clip = clip;
    }

    @Override
    public double weightClip() {
        return clip;
    }

    @Override
    public String toString() {
        return "WGAN(clip " + clip + ")";
    }
}
