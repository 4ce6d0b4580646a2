package lab.minimax.metrics.mnist;

import java.util.function.Consumer;
import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.distribution.mnist.MnistSplit;
import lab.minimax.distribution.mnist.PixelScale;
import lab.minimax.nn.Adam;
import lab.minimax.nn.SoftmaxCrossEntropy;
import lab.minimax.random.SplitMix64;
import org.ejml.data.FMatrixRMaj;

/**
 * Trains the {@link DigitClassifier} on the training split of {@link MnistSplit}, seeded: the seed
 * gives one {@link SplitMix64} stream, split into the initialisation's stream and the data's
 * (each epoch's Fisher–Yates shuffle of the training images, then each image's random shift of at
 * most {@link Settings#maxShift} pixels, {@link ShiftAugment}). Mini-batches of B images minimise
 * the softmax cross-entropy ({@link SoftmaxCrossEntropy}) by Adam, whose rate falls as
 * lr·½(1 + cos(π·e/E)) at epoch e of E (cosine annealing). The same settings give the same weights
 * bit for bit.
 */
public final class ClassifierTraining {
    /** What to train: widths, epochs, batch, Adam's rate, the shift range, the seed. */
    public record Settings(int hidden, int featureDim, int epochs, int batch, double lr, int maxShift, long seed) {
        /** The committed classifier's: 784-256-128-10, 50 epochs of 64, Adam 1e-3, shifts ≤ 2 px, seed 1. */
        public static final Settings DEFAULTS = new Settings(256, 128, 50, 64, 1e-3, 2, 1);

        /** Each field checked; a bad one throws IllegalArgumentException naming it and its range. */
        public Settings {
            require("hidden", hidden, 1, 4096);
            require("featureDim", featureDim, 1, 4096);
            require("epochs", epochs, 1, 1000);
            require("batch", batch, 1, 8000);
            require("maxShift", maxShift, 0, 4);
            if (!(lr > 0 && lr <= 1)) {
                throw new IllegalArgumentException("lr must be in (0, 1], got " + lr);
            }
        }

        private static void require(String name, int v, int lo, int hi) {
            if (v < lo || v > hi) {
                throw new IllegalArgumentException(name + " must be in " + lo + "–" + hi + ", got " + v);
            }
        }
    }

    private ClassifierTraining() {
    }

    /** Trains from scratch; {@code progress} receives a line per epoch. */
    public static DigitClassifier train(Settings s, Consumer<String> progress) {
        MnistDigits digits = MnistDigits.standard();
        int[] train = MnistSplit.standard().trainingIndices();
        SplitMix64 root = new SplitMix64(s.seed());
        SplitMix64 initRng = root.split();
        SplitMix64 dataRng = root.split();
        DigitClassifier net = new DigitClassifier(s.hidden(), s.featureDim(), initRng);
        Adam adam = new Adam(s.lr(), 0.9, 0.999, 1e-8, net.parameters());
        SoftmaxCrossEntropy head = new SoftmaxCrossEntropy(DigitClassifier.CLASSES);
        int b = s.batch();
        FMatrixRMaj x = new FMatrixRMaj(b, MnistDigits.PIXELS);
        FMatrixRMaj dY = new FMatrixRMaj(b, DigitClassifier.CLASSES);
        float[] image = new float[MnistDigits.PIXELS];
        int[] y = new int[b];
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            adam.setLearningRate(s.lr() * 0.5 * (1 + StrictMath.cos(StrictMath.PI * epoch / s.epochs())));
            shuffle(train, dataRng);
            double lossSum = 0;
            int batches = 0;
            for (int start = 0; start + b <= train.length; start += b) { // the last partial batch is dropped
                x.reshape(b, MnistDigits.PIXELS);
                for (int r = 0; r < b; r++) {
                    int i = train[start + r];
                    digits.copyImage(i, PixelScale.UNIT, image, 0);
                    ShiftAugment.shift(dataRng, s.maxShift(), image, 0, x.data, r * MnistDigits.PIXELS);
                    y[r] = digits.label(i);
                }
                net.zeroGrad();
                lossSum += head.loss(net.logits(x), y, dY);
                net.backward(dY);
                adam.step(net.parameters(), net.gradients());
                batches++;
            }
            progress.accept(String.format(java.util.Locale.ROOT, "epoch %d/%d: lr %.2e, mean training loss %.4f",
                    epoch + 1, s.epochs(), adam.learningRate(), lossSum / batches));
        }
        return net;
    }

    /** The weights file of {@code net} (the format of {@link DigitClassifier#standard()}'s resource). */
    public static byte[] weights(DigitClassifier net) {
        return ClassifierWeights.write(net);
    }

    /** SHA-256 of {@code bytes}, in hex. */
    public static String sha256(byte[] bytes) {
        return ClassifierWeights.sha256(bytes);
    }

    /** How many of the 2,000 held-out digits of {@link MnistSplit#standard()} {@code net} labels right. */
    public static int heldOutCorrect(DigitClassifier net) {
        return Accuracy.correct(net, MnistDigits.standard(), MnistSplit.standard().heldOutIndices());
    }

    /** Fisher–Yates: for i = n − 1 … 1, swap a[i] and a[j], j = nextInt(i + 1). */
    static void shuffle(int[] a, SplitMix64 rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
