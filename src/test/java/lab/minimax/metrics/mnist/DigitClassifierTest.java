package lab.minimax.metrics.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.distribution.mnist.MnistSplit;
import lab.minimax.distribution.mnist.PixelScale;
import lab.minimax.nn.SoftmaxCrossEntropy;
import lab.minimax.random.SplitMix64;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class DigitClassifierTest {
    /**
     * Backward through body, ReLU and head against centred differences of the cross-entropy, on a
     * small net (784-6-5-10) in float32: h = 1e-2, so the float rounding of L (~1e-7·L) costs
     * ~1e-5 relative; tolerance 2e-2 relative to the gradient's scale (a kink crossed would be far off).
     */
    @Test
    void backwardMatchesFiniteDifferences() {
        SplitMix64 rng = new SplitMix64(11);
        DigitClassifier net = new DigitClassifier(6, 5, rng);
        MnistDigits digits = MnistDigits.standard();
        int n = 4;
        FMatrixRMaj x = new FMatrixRMaj(n, 784);
        int[] y = new int[n];
        for (int r = 0; r < n; r++) {
            int i = 1_000 * r + 17;
            digits.copyImage(i, PixelScale.UNIT, x.data, r * 784);
            y[r] = digits.label(i);
        }
        SoftmaxCrossEntropy head = new SoftmaxCrossEntropy(10);
        FMatrixRMaj dY = new FMatrixRMaj(n, 10);
        net.zeroGrad();
        head.loss(net.logits(x), y, dY);
        net.backward(dY);
        float[][] p = net.parameters();
        float[][] g = net.gradients();
        int checked = 0;
        for (int s = 0; s < p.length; s++) {
            double scale = 0;
            for (float v : g[s]) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int k = 0; k < 6; k++) {
                int idx = (int) ((long) k * 7919 % p[s].length);
                if (s == 0) {
                    idx = 406 * 6 + k; // W₁'s row of pixel (14, 14), the centre, where most digits have ink
                }
                float saved = p[s][idx];
                double h = 1e-2;
                p[s][idx] = (float) (saved + h);
                double up = head.loss(net.logits(x), y, null);
                p[s][idx] = (float) (saved - h);
                double down = head.loss(net.logits(x), y, null);
                p[s][idx] = saved;
                double fd = (up - down) / (2 * h);
                assertEquals(fd, g[s][idx], 2e-2 * Math.max(scale, 1e-3), "array " + s + " index " + idx);
                checked++;
            }
        }
        assertEquals(36, checked);
    }

    @Test
    void theCommittedWeightsClassifyAtLeast97PercentOfTheHeldOutDigits() {
        DigitClassifier net = DigitClassifier.standard();
        assertEquals("784-256-128-10 relu", net.shape());
        int correct = Accuracy.correct(net, MnistDigits.standard(), MnistSplit.standard().heldOutIndices());
        assertTrue(correct >= 1940, "held-out accuracy " + correct + "/2000, at least 97 % required");
    }

    @Test
    void probabilitiesSumToOneAndFeaturesAreTheReluLayer() {
        DigitClassifier net = DigitClassifier.standard();
        FMatrixRMaj x = new FMatrixRMaj(3, 784);
        for (int r = 0; r < 3; r++) {
            MnistDigits.standard().copyImage(r * 3_000, PixelScale.UNIT, x.data, r * 784);
        }
        FMatrixRMaj p = new FMatrixRMaj(1, 1);
        net.probabilities(x, p);
        for (int r = 0; r < 3; r++) {
            double sum = 0;
            for (int k = 0; k < 10; k++) {
                sum += p.get(r, k);
            }
            assertEquals(1, sum, 1e-6);
        }
        FMatrixRMaj f = net.features();
        assertEquals(3, f.numRows);
        assertEquals(128, f.numCols);
        for (float v : f.data) {
            assertTrue(v >= 0, "ReLU features are ≥ 0: " + v);
        }
    }

    @Test
    void trainingIsTheSameBitForBitForTheSameSettings() {
        ClassifierTraining.Settings s = new ClassifierTraining.Settings(16, 8, 1, 100, 1e-3, 2, 5);
        DigitClassifier a = ClassifierTraining.train(s, line -> { });
        DigitClassifier b = ClassifierTraining.train(s, line -> { });
        assertArrayEquals(ClassifierTraining.weights(a), ClassifierTraining.weights(b));
        DigitClassifier c = ClassifierTraining.train(new ClassifierTraining.Settings(16, 8, 1, 100, 1e-3, 2, 6), line -> { });
        assertTrue(!java.util.Arrays.equals(ClassifierTraining.weights(a), ClassifierTraining.weights(c)), "the seed matters");
    }

    @Test
    void weightsRoundTripAndBadFilesAreRefused() {
        DigitClassifier net = new DigitClassifier(4, 3, new SplitMix64(2));
        byte[] bytes = ClassifierWeights.write(net);
        assertEquals(20 + 4 * (784 * 4 + 4 + 4 * 3 + 3 + 3 * 10 + 10), bytes.length);
        assertArrayEquals(bytes, ClassifierWeights.write(ClassifierWeights.read("x", bytes)));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ClassifierWeights.read("short.bin", java.util.Arrays.copyOf(bytes, bytes.length - 4)));
        assertTrue(e.getMessage().contains("short.bin") && e.getMessage().contains("expected " + bytes.length), e.getMessage());
        byte[] bad = bytes.clone();
        bad[0] = 'X';
        assertThrows(IllegalStateException.class, () -> ClassifierWeights.read("bad.bin", bad));
    }

    @Test
    void theCommittedWeightsHaveTheReadmeChecksum() throws Exception {
        try (var in = DigitClassifierTest.class.getResourceAsStream("/mnist/classifier-784-256-128-10.bin")) {
            assertEquals("5ea87de5b790ca2bc1bcf36480b9133e9a2f14f3985ea64d776455bf2a961545",
                    ClassifierWeights.sha256(in.readAllBytes()));
        }
    }

    @Test
    void shiftMovesPixelsAndFillsTheBorderWithBackground() {
        float[] in = new float[784];
        in[10 * 28 + 5] = 0.5f;
        in[27 * 28 + 27] = 1f;
        float[] out = new float[784 + 1];
        ShiftAugment.translate(in, 0, 2, -1, out, 1);
        assertEquals(0.5f, out[1 + 12 * 28 + 4]);
        assertEquals(0f, out[1 + 10 * 28 + 5]);
        float sum = 0;
        for (float v : out) {
            sum += v;
        }
        assertEquals(0.5f, sum, "the corner pixel moved out of the image");
    }
}
