package lab.minimax.distribution;

/**
 * A target whose smoothed density p_h = p ⊛ N(0, h² I) (the law of X + hZ, Z ~ N(0, I)) has a
 * closed form: a Gaussian mixture adds h² to each component's variance; the blurred segment
 * ({@link LineTarget}) likewise; the 1D uniform, exponential and Laplace have the closed forms
 * of their convolution with a Gaussian. Used by the smoothed divergences
 * ({@code metrics.SmoothedDivergences}).
 */
public interface Smoothable {
    /** log p_h at the point x[offset..], finite everywhere (p_h &gt; 0 on the whole space). */
    Target.LogDensity smoothedBy(double h);
}
