package lab.minimax.metrics.mnist;

import java.util.random.RandomGenerator;
import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.nn.Activation;
import lab.minimax.nn.Activations;
import lab.minimax.nn.Init;
import lab.minimax.nn.Mlp;
import lab.minimax.nn.SoftmaxCrossEntropy;
import org.ejml.data.FMatrixRMaj;

/**
 * The digit classifier of the image metrics, an MLP 784 → h₁ → h₂ → 10 with ReLU, in two parts so
 * that the penultimate layer (the features of the Fréchet distance) can be read:
 * <pre>
 *   body:  Z₂ = ReLU(X·W₁ + 1·b₁ᵀ)·W₂ + 1·b₂ᵀ       (an {@link Mlp} 784 → [h₁] → h₂, affine output)
 *          F  = ReLU(Z₂)                              (the features, n × h₂)
 *   head:  Y  = F·W₃ + 1·b₃ᵀ                          (an {@link Mlp} h₂ → 10, the logits)
 * </pre>
 * X holds images in [0, 1] ({@link lab.minimax.distribution.mnist.PixelScale#UNIT}), one per row.
 * Back-propagation: dF = dY·W₃ᵀ (the head's input gradient), dZ₂ = dF ⊙ [F &gt; 0], then the
 * body's. Scratch grows to the largest batch seen; not thread-safe.
 */
public final class DigitClassifier {
    static final int CLASSES = MnistDigits.CLASSES;
    private static final Activation RELU = Activations.byId("relu");

    private final int hidden;
    private final int featureDim;
    private final Mlp body;
    private final Mlp head;
    private final FMatrixRMaj features;
    private final FMatrixRMaj dFeatures;
    private final float[][] params;
    private final float[][] grads;
    private final SoftmaxCrossEntropy softmax = new SoftmaxCrossEntropy(CLASSES);

    /** A classifier 784 → hidden → featureDim → 10 with He-initialised weights drawn from rng. */
    DigitClassifier(int hidden, int featureDim, RandomGenerator rng) {
        if (hidden < 1 || featureDim < 1) {
            throw new IllegalArgumentException("hidden and featureDim must be >= 1, got " + hidden + ", " + featureDim);
        }
        this.hidden = hidden;
        this.featureDim = featureDim;
        this.body = new Mlp(MnistDigits.PIXELS, new int[] {hidden}, featureDim, RELU, Init.HE, rng);
        this.head = new Mlp(featureDim, new int[0], CLASSES, RELU, Init.HE, rng);
        this.features = new FMatrixRMaj(0, featureDim);
        this.dFeatures = new FMatrixRMaj(0, featureDim);
        float[][] bp = body.parameters();
        float[][] hp = head.parameters();
        float[][] bg = body.gradients();
        float[][] hg = head.gradients();
        this.params = new float[bp.length + hp.length][];
        this.grads = new float[bp.length + hp.length][];
        for (int k = 0; k < bp.length; k++) {
            params[k] = bp[k];
            grads[k] = bg[k];
        }
        for (int k = 0; k < hp.length; k++) {
            params[bp.length + k] = hp[k];
            grads[bp.length + k] = hg[k];
        }
    }

    /**
     * A new classifier with the committed weights ({@code mnist/classifier-784-256-128-10.bin}, its
     * SHA-256 checked on the first call): 98.35 % of the 2,000 held-out digits right. Each call
     * returns its own instance, since a classifier holds scratch and is not thread-safe.
     */
    public static DigitClassifier standard() {
        return ClassifierWeights.standard();
    }

    /**
     * P = softmax of the logits of X (n × 10, rows sum to 1); also computes {@link #features()}.
     * X holds images in [0, 1]: a tanh generator's G(z) ∈ [−1, 1] must be mapped by (x + 1)/2 first.
     */
    public void probabilities(FMatrixRMaj X, FMatrixRMaj P) {
        softmax.probabilities(logits(X), P);
    }

    /** h₁. */
    public int hidden() {
        return hidden;
    }

    /** h₂, the width of the features. */
    public int featureDim() {
        return featureDim;
    }

    /** The shape as text, e.g. "784-256-128-10 relu". */
    public String shape() {
        return MnistDigits.PIXELS + "-" + hidden + "-" + featureDim + "-" + CLASSES + " relu";
    }

    /**
     * Y = the logits (n × 10) of X (n × 784, values in [0, 1]); also computes {@link #features()}.
     * Returns a classifier-owned matrix, valid until the next call.
     */
    public FMatrixRMaj logits(FMatrixRMaj X) {
        FMatrixRMaj z2 = body.forward(X);
        // F = ReLU(Z₂)
        features.reshape(z2.numRows, featureDim);
        System.arraycopy(z2.data, 0, features.data, 0, z2.numRows * featureDim);
        RELU.apply(features.data, z2.numRows * featureDim);
        return head.forward(features);
    }

    /** F, the penultimate layer (n × h₂) of the last {@link #logits} call; classifier-owned. */
    public FMatrixRMaj features() {
        return features;
    }

    /** Adds ∂L/∂θ for ∂L/∂Y = dY (of the last {@link #logits} call) into the gradient buffers. */
    void backward(FMatrixRMaj dY) {
        // dF = dY·W₃ᵀ (and dW₃, db₃)
        head.backward(dY, true, dFeatures);
        // dZ₂ = dF ⊙ [F > 0]
        RELU.multiplyDerivative(features.data, dFeatures.data, features.numRows * featureDim);
        body.backward(dFeatures, true, null);
    }

    void zeroGrad() {
        body.zeroGrad();
        head.zeroGrad();
    }

    /** The live parameter arrays: W₁, b₁, W₂, b₂, W₃, b₃ (each W row-major, fan_in × fan_out). */
    float[][] parameters() {
        return params;
    }

    /** The live gradient buffers, in the order of {@link #parameters()}. */
    float[][] gradients() {
        return grads;
    }
}
