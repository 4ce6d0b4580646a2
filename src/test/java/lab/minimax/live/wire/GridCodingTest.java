package lab.minimax.live.wire;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.live.frame.PlaneFrame;
import lab.minimax.live.TestFrames;

class GridCodingTest {
    @Property(tries = 300)
    void anyUint8GridComesBackCodeForCode(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 255) Integer> row,
                                           @ForAll @IntRange(min = 1, max = 9) int rows) {
        int w = row.size();
        byte[] q = new byte[w * rows];
        for (int i = 0; i < q.length; i++) {
            q[i] = (byte) (row.get(i % w) * (1 + i / w) % 256);
        }
        assertArrayEquals(q, GridCoding.medCodes(GridCoding.medResiduals(q, w), w));
    }

    @Property(tries = 300)
    void anyInt16PointGridComesBackCodeForCode(@ForAll @Size(min = 2, max = 16) List<Short> values,
                                                @ForAll @IntRange(min = 1, max = 6) int rows) {
        int w = values.size() / 2 * 2;
        short[] c = new short[w * rows];
        for (int i = 0; i < c.length; i++) {
            c[i] = (short) (values.get(i % w) * (i / w + 1)); // wraps, NaN code −32768 included when drawn
        }
        assertArrayEquals(c, GridCoding.rowCodes(GridCoding.rowDeltas(c, w / 2, 2), w / 2, 2));
    }

    @Test
    void theMedPredictorIsTheMedianEdgeDetector() {
        // 2×2: q00 = 10 (sent as is), q01 = 20 (left: 10), q10 = 30 (above: 10),
        // q11 = 25: a = 30, b = 20, c = 10 ≤ min(a, b) → pred = max = 30, residual −5 = 251
        byte[] r = GridCoding.medResiduals(new byte[] {10, 20, 30, 25}, 2);
        assertArrayEquals(new byte[] {10, 10, 20, (byte) 251}, r);
        // c between a and b: a + b − c
        byte[] r2 = GridCoding.medResiduals(new byte[] {15, 20, 10, 15}, 2);
        assertEquals(0, r2[3], "a = 10, b = 20, c = 15 → pred 15");
    }

    @Test
    void theDefaultLabsHeatmapDeflatesToLessThanTwoThirdsOfItsCodes() {
        PlaneFrame p = TestFrames.plane("ring8-gan", 40);
        float[] r = Quantiser.finiteRange(p.heat().values());
        byte[] q = Quantiser.uint8Codes(p.heat().values(), r[0], r[1]);
        int raw = deflated(Base85.encode(q));
        int coded = deflated(Base85.encode(GridCoding.medResiduals(q, p.heat().n())));
        // measured: 2.2 KB → 1.2 KB (the codes alone gain little: base85 digits of 8 random-looking bits)
        assertTrue(coded < raw * 2 / 3, "deflated: codes " + raw + " B, residuals " + coded + " B");
    }

    @Test
    void aGridOfTheWrongWidthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GridCoding.medResiduals(new byte[5], 2));
        assertEquals("a grid of 5 values cannot be 2 wide", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GridCoding.rowCodes(new byte[3], 1, 2));
    }

    private static int deflated(String text) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        d.finish();
        byte[] out = new byte[text.length() + 64];
        int len = d.deflate(out);
        d.end();
        return len;
    }
}
