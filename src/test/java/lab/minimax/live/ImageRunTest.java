package lab.minimax.live;

import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.Metric;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.frame.LabSnapshot;
import lab.minimax.live.wire.ImageCoding;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run on the MNIST target behind the lab page: its snapshots carry image frames (no plane, no
 * line), the real digits are training digits byte for byte, one of each digit (one a row when
 * conditional), the z are fixed (the same first frame after reset), the heavy row has the image
 * metrics and NaN for the density ones, and frames are throttled to the image rate.
 */
class ImageRunTest extends EngineLiveRunFixture {
    @org.junit.jupiter.api.BeforeEach
    void engineHasLanded() {
        org.junit.jupiter.api.Assumptions.assumeTrue(lab.minimax.experiment.preset.Presets.find("mnist-gan").isPresent()
                && lab.minimax.experiment.preset.Presets.find("mnist-cgan").isPresent(),
                "the MNIST presets are not in the catalogue yet");
    }

    @Test
    void anImageRunDrawsImageFramesWithTheRealDigitsByteForByte() {
        try (EngineLiveRun run = new EngineLiveRun(scheduler, registry, Presets.get("mnist-gan").config())) {
            LabSnapshot s = run.latest();
            assertNull(s.plane());
            assertNull(s.line());
            ImageFrame f = s.image();
            assertNotNull(f);
            assertEquals(ImageLayout.ROWS * ImageLayout.COLS, f.grid().count());
            assertFalse(f.conditional());
            assertEquals(10, f.real().count());
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, f.realLabels());
            assertEquals(ImageLayout.STRIP, f.strip().count());
            // each real digit is a training image of its label, byte for byte
            MnistDigits d = MnistDigits.standard();
            for (int k = 0; k < 10; k++) {
                byte[] img = Arrays.copyOfRange(f.real().pixels(), k * 784, (k + 1) * 784);
                NearestDigit.Match m = NearestDigit.standard().nearest(img, 0);
                assertEquals(0, m.distance(), 0, "real digit " + k + " is a training image");
                assertEquals(f.realLabels()[k], d.label(m.trainingIndex()));
            }
            for (float v : f.grid().scores()) {
                assertTrue(v >= 0 && v <= 1, "D̂ of a GAN is in [0, 1]: " + v);
            }
            float[] rows = run.metricsAfter(-1);
            assertTrue(rows.length >= Metric.COLUMNS);
            assertTrue(Float.isNaN(rows[Metric.JS.column()]), "JS is not defined for images");
            assertTrue(Float.isNaN(rows[Metric.SLICED_W.column()]), "sliced W is not defined for images");
            assertTrue(Float.isFinite(rows[Metric.HIGH_QUALITY.column()]), "the classifier's reading is there");
            assertNotNull(f.classCounts(), "step 0's heavy pass gives the histogram");

            byte[] first = f.grid().pixels();
            run.step();
            assertFalse(Arrays.equals(first, run.latest().image().grid().pixels()), "a step changes G(z)");
            assertTrue(run.latest().image().real().pixels() == f.real().pixels(), "the real digits are one array a run");
            run.reset();
            assertArrayEquals(first, run.latest().image().grid().pixels(), "the same z after a reset");
        }
    }

    @Test
    void aConditionalRunHasOneRowPerDigit() {
        try (EngineLiveRun run = new EngineLiveRun(scheduler, registry, Presets.get("mnist-cgan").config())) {
            ImageFrame f = run.latest().image();
            assertTrue(f.conditional());
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, f.rowLabels());
            assertEquals(10, f.gridRows());
            assertEquals(ImageLayout.CONDITIONAL_COLS, f.gridCols());
            assertArrayEquals(f.rowLabels(), f.realLabels(), "a real digit beside each row, of its digit");
        }
    }

    /** Distinct snapshots a page taking every new one sees in {@code ms} of play. */
    private static int framesIn(EngineLiveRun run, long ms) throws InterruptedException {
        run.setStepsPerFrame(1000);
        run.play();
        long end = System.nanoTime() + ms * 1_000_000;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (System.nanoTime() < end) {
            seen.add(run.latest().version());
            Thread.sleep(5);
        }
        run.pause();
        return seen.size();
    }

    @Test
    void imageFramesComeAtTheImageRateAndPlaneFramesFaster() throws InterruptedException {
        assertEquals(400_000_000L, ImageCoding.frameNanos());
        try (EngineLiveRun run = new EngineLiveRun(scheduler, registry, Presets.get("mnist-gan").config())) {
            int n = framesIn(run, 2_000);
            // 2 s at 2.5 frames/s, and the frames forced by play and the first one
            assertTrue(n <= 2 * ImageCoding.FRAMES_PER_SECOND + 3, n + " image frames in 2 s");
            assertTrue(n >= 2, n + " image frames in 2 s");
        }
        try (EngineLiveRun run = new EngineLiveRun(scheduler, registry, ring8())) {
            int n = framesIn(run, 2_000);
            assertTrue(n > 10, n + " plane frames in 2 s");
        }
    }
}
