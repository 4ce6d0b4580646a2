package lab.minimax.distribution;

/**
 * {@code moons}: scikit-learn's two interleaved half circles, centred on 0 — upper
 * (cos t − ½, sin t − ¼) and lower (½ − cos t, ¼ − sin t), t ∈ [0, π], each with half the mass
 * spread uniformly along it, blurred by N(0, noise²). Defined as a fine mixture
 * ({@link CurveMixture}), so the sampler and the density agree exactly.
 */
public final class MoonsTarget extends MixtureBackedTarget {
    private final double count;

    public MoonsTarget(double noise) {
        super("moons", build(noise), false);
        this.count = 2 * Math.PI / (2 * noise);
    }

    private static GaussianMixture build(double noise) {
        CurveMixture c = new CurveMixture();
        c.addCurve(t -> StrictMath.cos(t) - 0.5, t -> StrictMath.sin(t) - 0.25, t -> 1, 0, Math.PI, 1, noise, 0.5);
        c.addCurve(t -> 0.5 - StrictMath.cos(t), t -> 0.25 - StrictMath.sin(t), t -> 1, 0, Math.PI, 1, noise, 0.5);
        return c.build(noise);
    }

    /** Total curve length over 2σ. */
    @Override
    public double localCount() {
        return Math.max(1, count);
    }
}
