package lab.minimax.live.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.minimax.distribution.mnist.PixelScale;
import lab.minimax.live.frame.HeatKind;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.frame.ImageSet;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image view's codes: a stored pixel byte comes back as itself in both pixel scales (real
 * digits are drawn exactly), a generated value within half a grey level, clamped outside its
 * scale, NaN as background; scores within half a uint8 step of one range per frame.
 */
class ImageCodingTest {
    @Test
    void everyStoredByteComesBackAsItselfInBothScales() {
        for (PixelScale s : PixelScale.values()) {
            float lo = s.value(0);
            float hi = s.value(255);
            float[] v = new float[256];
            byte[] want = new byte[256];
            for (int b = 0; b < 256; b++) {
                v[b] = s.value(b);
                want[b] = (byte) b;
            }
            assertArrayEquals(want, ImageCoding.pixelBytes(v, lo, hi), s.name());
        }
    }

    @Test
    void aGeneratedValueIsWithinHalfAGreyLevelAndOutsideValuesClamp() {
        SplittableRandom rng = new SplittableRandom(3);
        float[] v = new float[10_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        byte[] b = ImageCoding.pixelBytes(v, -1, 1);
        for (int i = 0; i < v.length; i++) {
            double back = -1 + 2.0 * (b[i] & 0xFF) / 255;
            assertTrue(Math.abs(back - v[i]) <= 1.0 / 255 + 1e-7, i + ": " + v[i] + " → " + back);
        }
        byte[] edge = ImageCoding.pixelBytes(new float[] {-5, 7, Float.NaN, Float.NEGATIVE_INFINITY,
                Float.POSITIVE_INFINITY}, 0, 1);
        assertArrayEquals(new byte[] {0, (byte) 255, 0, 0, (byte) 255}, edge);
    }

    @Test
    void aScaleThatIsNotAnIntervalIsRefusedWithItsBounds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageCoding.pixelBytes(new float[1], 1, 1));
        assertTrue(e.getMessage().contains("1.0..1.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ImageCoding.pixelBytes(new float[1], Float.NaN, 1));
    }

    @Test
    void imagesAndScoresRoundTripThroughTheText() {
        SplittableRandom rng = new SplittableRandom(5);
        byte[] px = new byte[3 * ImageFrame.PIXELS];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) rng.nextInt(256);
        }
        float[] scores = {-2.5f, Float.NaN, 4f};
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        float[] range = {-2.5f, 4f};
        ImageCoding.putImages(o, "grid", new ImageSet(3, px, scores), range);
        assertArrayEquals(px, ImageCoding.decodePixels(o.get("grid").asText()));
        float[] back = ImageCoding.decodeScores(o.get("gridScore").asText(), range);
        assertEquals(-2.5f, back[0], 1e-6);
        assertTrue(Float.isNaN(back[1]));
        assertEquals(4f, back[2], 1e-6);

        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        ImageCoding.putImages(kept, "real", new ImageSet(3, px, scores).withoutPixels(), range);
        assertFalse(kept.has("real"), "pixels the browser holds are not sent again");
        assertTrue(kept.has("realScore"), "scores go with every frame");
        assertThrows(IllegalArgumentException.class, () -> ImageCoding.decodePixels(Base85.encode(new byte[100])));
    }

    @Test
    void aCriticsScoresShareOneRangeOverTheFrameAndDHatIsOnZeroToOne() {
        ImageSet grid = new ImageSet(2, null, new float[] {-1f, 3f});
        ImageSet strip = new ImageSet(1, null, new float[] {Float.NaN});
        ImageSet real = new ImageSet(1, null, new float[] {7f});
        ImageFrame critic = new ImageFrame(HeatKind.CRITIC, grid, 1, 2, new int[0], strip, -1, real, new int[] {3},
                null, 0, null);
        assertArrayEquals(new float[] {-1f, 7f}, ImageCoding.scoreRange(critic));
        ImageFrame d = new ImageFrame(HeatKind.PROBABILITY, grid, 1, 2, new int[0], strip, -1, real, new int[] {3},
                null, 0, null);
        assertArrayEquals(new float[] {0f, 1f}, ImageCoding.scoreRange(d));
        ImageFrame none = new ImageFrame(HeatKind.CRITIC, null, 0, 0, null, strip, -1, null, null, null, 0, null);
        assertArrayEquals(new float[] {0f, 0f}, ImageCoding.scoreRange(none));
    }
}
