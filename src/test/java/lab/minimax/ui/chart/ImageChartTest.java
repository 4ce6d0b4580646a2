package lab.minimax.ui.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import elemental.json.Json;
import elemental.json.JsonObject;
import lab.minimax.live.ImageLayout;
import lab.minimax.live.frame.HeatKind;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.frame.ImageSet;
import lab.minimax.live.wire.ImageCoding;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image view's frame on the wire: every image and score comes back, the real digits' pixels go
 * once, the stream of the largest layout stays under 200 KB/s at the image frame rate, and a pick
 * from the browser names the pixels last sent (a malformed one is ignored).
 */
class ImageChartTest {
    private static ImageSet images(SplittableRandom rng, int n, boolean withPixels) {
        byte[] px = new byte[n * ImageFrame.PIXELS];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) rng.nextInt(256);
        }
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            s[i] = (float) (rng.nextDouble() * 20 - 10);
        }
        return new ImageSet(n, withPixels ? px : null, s);
    }

    /** The largest frame of {@code conditional}'s layout: random pixels, critic scores, a heavy histogram. */
    static ImageFrame largest(boolean conditional, boolean withReal, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int rows = ImageLayout.rows(conditional);
        int cols = ImageLayout.cols(conditional);
        int[] rowLabels = conditional ? new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9} : new int[0];
        int nReal = ImageLayout.real(conditional);
        int[] realLabels = new int[nReal];
        for (int i = 0; i < nReal; i++) {
            realLabels[i] = i % 10;
        }
        float[] shares = new float[10];
        java.util.Arrays.fill(shares, 0.1f);
        return new ImageFrame(HeatKind.CRITIC, images(rng, rows * cols, true), rows, cols, rowLabels,
                images(rng, ImageLayout.STRIP, true), conditional ? 3 : -1, images(rng, nReal, withReal), realLabels,
                new int[] {101, 99, 98, 97, 96, 95, 94, 93, 92, 91}, 1000, withReal ? shares : null);
    }

    private static int bytes(ObjectNode o) {
        return o.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void everyImageAndScoreComesBack() {
        ImageFrame f = largest(true, true, 1);
        ObjectNode o = ImageChart.toJson(7, f);
        assertEquals(7, o.get("seq").asLong());
        assertEquals("critic", o.get("scoreKind").asText());
        float[] range = {(float) o.get("scoreScale").get(0).asDouble(), (float) o.get("scoreScale").get(1).asDouble()};
        assertArrayEquals(ImageCoding.scoreRange(f), range);
        assertEquals(10, o.get("gridRows").asInt());
        assertEquals(6, o.get("gridCols").asInt());
        assertEquals(10, o.get("rowLabels").size());
        assertEquals(3, o.get("stripLabel").asInt());
        for (String key : List.of("grid", "strip", "real")) {
            ImageSet s = key.equals("grid") ? f.grid() : key.equals("strip") ? f.strip() : f.real();
            assertArrayEquals(s.pixels(), ImageCoding.decodePixels(o.get(key).asText()), key);
            float[] back = ImageCoding.decodeScores(o.get(key + "Score").asText(), range);
            float step = (range[1] - range[0]) / 254;
            for (int i = 0; i < s.count(); i++) {
                assertEquals(s.scores()[i], back[i], step / 2 + 1e-5, key + " score " + i);
            }
        }
        JsonNode counts = o.get("classCounts");
        assertEquals(101, counts.get(0).asInt());
        assertEquals(1000, o.get("classSamples").asInt());
        assertEquals(10, o.get("dataShares").size());
        assertEquals(10, o.get("realLabels").size());

        ObjectNode later = ImageChart.toJson(8, largest(true, false, 2));
        assertFalse(later.has("real"), "the real digits' pixels go once");
        assertFalse(later.has("realLabels"));
        assertFalse(later.has("dataShares"));
        assertTrue(later.has("realScore"));
    }

    @Test
    void theLargestStreamStaysUnderTwoHundredKilobytesASecond() {
        for (boolean conditional : new boolean[] {false, true}) {
            int first = bytes(ImageChart.toJson(1, largest(conditional, true, 3)));
            int next = bytes(ImageChart.toJson(2, largest(conditional, false, 4)));
            // the first second: the first frame (with the real digits) and the rest at the image rate
            double firstSecond = first + (ImageCoding.FRAMES_PER_SECOND - 1) * next;
            double steady = ImageCoding.FRAMES_PER_SECOND * next;
            System.out.printf("image frames (%s): first %d B, then %d B; %.0f B in the first second, %.0f B/s after%n",
                    conditional ? "conditional" : "unconditional", first, next, firstSecond, steady);
            assertTrue(firstSecond <= ImageCoding.BYTES_PER_SECOND, firstSecond + " B in the first second");
            assertTrue(steady <= ImageCoding.BYTES_PER_SECOND, steady + " B/s");
            int images = ImageLayout.images(conditional);
            assertTrue(first > images * ImageFrame.PIXELS, "every pixel is sent: " + first + " B");
        }
        assertEquals(400_000_000L, ImageCoding.frameNanos());
    }

    private static JsonObject pick(Object set, Object index) {
        JsonObject o = Json.createObject();
        if (set instanceof String s) {
            o.put("event.detail.set", s);
        } else if (set instanceof Double d) {
            o.put("event.detail.set", d);
        }
        if (index instanceof Double d) {
            o.put("event.detail.index", d);
        } else if (index instanceof String s) {
            o.put("event.detail.index", s);
        }
        return o;
    }

    @Test
    void aPickNamesThePixelsLastSentAndAMalformedOneIsIgnored() {
        ImageChart chart = new ImageChart();
        List<ImageChart.Picked> got = new ArrayList<>();
        chart.addPickListener(got::add);
        chart.picked(pick("grid", 0.0));
        assertTrue(got.isEmpty(), "nothing sent yet: nothing to pick");
        ImageFrame f = largest(false, true, 9);
        chart.setFrame(1, f);
        chart.picked(pick("grid", 39.0));
        chart.picked(pick("strip", 9.0));
        assertEquals(2, got.size());
        assertEquals("grid", got.get(0).set());
        assertEquals(39, got.get(0).index());
        assertArrayEquals(java.util.Arrays.copyOfRange(f.grid().pixels(), 39 * 784, 40 * 784), got.get(0).pixels());
        assertArrayEquals(java.util.Arrays.copyOfRange(f.strip().pixels(), 9 * 784, 10 * 784), got.get(1).pixels());
        for (JsonObject bad : List.of(pick("grid", 40.0), pick("grid", -1.0), pick("grid", 1.5), pick("real", 0.0),
                pick("nope", 0.0), pick("grid", "3"), pick(1.0, 1.0), pick(null, 1.0), pick("grid", null),
                pick("grid", Double.NaN), pick("strip", 1e300))) {
            chart.picked(bad);
        }
        assertEquals(2, got.size(), "malformed picks are ignored");
    }
}
