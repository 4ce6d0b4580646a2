package lab.minimax.nn;

import java.util.Arrays;

/**
 * An activation with σ'' = 0 wherever it exists (ReLU, leaky ReLU): the second-order step of
 * double backprop is Z̄ = 0 and Ḡ ⊙= σ'(Z), and the gradient penalty can skip the Z̄ pass.
 */
interface PiecewiseLinear extends Activation {
    @Override
    default void secondOrder(float[] a, float[] d, float[] gBar, float[] zBar, int len) {
        Arrays.fill(zBar, 0, len, 0f);
        multiplyDerivative(a, gBar, len);
    }

    @Override
    default boolean isPiecewiseLinear() {
        return true;
    }
}
