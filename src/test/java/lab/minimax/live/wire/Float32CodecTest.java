package lab.minimax.live.wire;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Float32CodecTest {

    @Test
    void bytesAreLittleEndianIeee754() {
        // 1.0f = 0x3F800000, little-endian: 00 00 80 3F; -2.0f = 0xC0000000: 00 00 00 C0
        byte[] bytes = Base64.getDecoder().decode(Float32Codec.encode(new float[]{1.0f, -2.0f}));
        assertArrayEquals(new byte[]{0, 0, (byte) 0x80, 0x3F, 0, 0, 0, (byte) 0xC0}, bytes);
    }

    @Test
    void roundTripsEveryBitPatternClassIncludingSpecials() {
        SplittableRandom rng = new SplittableRandom(7);
        float[] v = new float[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = Float.intBitsToFloat(rng.nextInt());
        }
        v[0] = Float.NaN;
        v[1] = Float.POSITIVE_INFINITY;
        v[2] = Float.NEGATIVE_INFINITY;
        v[3] = -0.0f;
        v[4] = Float.MIN_VALUE;
        float[] back = Float32Codec.decode(Float32Codec.encode(v));
        assertEquals(v.length, back.length);
        for (int i = 0; i < v.length; i++) {
            // compare bit patterns of non-NaN values, so that -0.0 and subnormals are checked exactly
            if (!Float.isNaN(v[i])) {
                assertEquals(Float.floatToIntBits(v[i]), Float.floatToIntBits(back[i]), "index " + i);
            } else {
                assertEquals(true, Float.isNaN(back[i]), "index " + i);
            }
        }
    }

    @Test
    void doublesAreNarrowedToTheNearestFloat() {
        double[] d = {Math.PI, 1e-40, 1e39, -Math.E};
        float[] back = Float32Codec.decode(Float32Codec.encode(d));
        for (int i = 0; i < d.length; i++) {
            assertEquals((float) d[i], back[i]);
        }
        assertEquals(Float.POSITIVE_INFINITY, back[2]);
    }

    @Test
    void emptyArrayIsEmptyString() {
        assertEquals("", Float32Codec.encode(new float[0]));
        assertEquals(0, Float32Codec.decode("").length);
    }

    @Test
    void truncatedDataIsRejectedWithAMessage() {
        String three = Base64.getEncoder().encodeToString(new byte[3]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Float32Codec.decode(three));
        assertEquals("Float32 data must be a multiple of 4 bytes, got 3", e.getMessage());
    }
}
