package lab.minimax.nn;

/** An activation with a slope or scale parameter α &gt; 0 for x ≤ 0 (ELU, leaky ReLU), kept in double and float32. */
abstract class AlphaActivation implements Activation {
    final double alpha;
    final float alphaF;

    /** @param label the activation's name in the error message; @param alpha α, finite and &gt; 0 */
    AlphaActivation(String label, double alpha) {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException(label + " alpha must be finite and > 0, got " + alpha);
        }
        this.alpha = alpha;
        this.alphaF = (float) alpha;
    }

    public final double alpha() {
        return alpha;
    }
}
