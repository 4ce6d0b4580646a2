package lab.minimax.live.wire;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The frames' quantisation against its definition: a value in the box comes back within half a
 * step (step = (hi − lo)/65534 for int16, (hi − lo)/254 for uint8), plus the rounding of the
 * decoded value to float32 (one ulp of it), values outside clamp to the box's edge, NaN stays NaN.
 */
class QuantiserTest {
    private static final float[] LO = {-3.5f, -1f};
    private static final float[] HI = {4.25f, 9f};

    @Test
    void int16RoundTripIsWithinHalfAStepOnEveryAxis() {
        SplittableRandom rng = new SplittableRandom(11);
        float[] v = new float[20_000];
        for (int i = 0; i < v.length; i++) {
            int a = i % 2;
            v[i] = (float) (LO[a] + rng.nextDouble() * (HI[a] - LO[a]));
        }
        v[0] = LO[0];
        v[1] = HI[1];
        float[] back = Quantiser.decodeInt16(Quantiser.int16(v, LO, HI), LO, HI);
        assertEquals(v.length, back.length);
        double worst = 0;
        for (int i = 0; i < v.length; i++) {
            int a = i % 2;
            double half = ((double) HI[a] - LO[a]) / 65534 / 2;
            double err = Math.abs(back[i] - v[i]);
            assertTrue(err <= half + Math.ulp(back[i]), "value " + v[i] + " came back as " + back[i]);
            worst = Math.max(worst, err / half);
        }
        assertTrue(worst > 0.9, "the bound is tight (random values reach it): " + worst);
        assertEquals(LO[0], back[0], 0, "the box's edges are exact codes");
        assertEquals(HI[1], back[1], Math.ulp(HI[1]));
    }

    @Test
    void int16CodesAreLittleEndianAndCentredOnTheBox() {
        float[] lo = {-1};
        float[] hi = {1};
        byte[] b = Base85.decode(Quantiser.int16(new float[] {-1, 0, 1, Float.NaN}, lo, hi));
        // −32767 = 0x8001, 0, 32767 = 0x7FFF, NaN = −32768 = 0x8000; low byte first
        assertArrayEquals(new byte[] {0x01, (byte) 0x80, 0, 0, (byte) 0xFF, 0x7F, 0, (byte) 0x80}, b);
    }

    @Test
    void int16ClampsOutsideTheBoxAndKeepsNaN() {
        float[] v = {-100, 100, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, Float.NaN, Float.NaN};
        float[] back = Quantiser.decodeInt16(Quantiser.int16(v, LO, HI), LO, HI);
        assertEquals(LO[0], back[0], 0);
        assertEquals(HI[1], back[1], Math.ulp(HI[1]));
        assertEquals(LO[0], back[2], 0);
        assertEquals(HI[1], back[3], Math.ulp(HI[1]));
        assertTrue(Float.isNaN(back[4]) && Float.isNaN(back[5]));
    }

    @Test
    void uint8RoundTripIsWithinHalfAStepAndHasItsOwnNaN() {
        float lo = -0.75f;
        float hi = 2.5f;
        SplittableRandom rng = new SplittableRandom(3);
        float[] v = new float[5000];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (lo + rng.nextDouble() * (hi - lo));
        }
        float[] back = Quantiser.decodeUint8(Quantiser.uint8(v, lo, hi), lo, hi);
        double half = ((double) hi - lo) / 254 / 2;
        for (int i = 0; i < v.length; i++) {
            assertTrue(Math.abs(back[i] - v[i]) <= half + Math.ulp(back[i]), v[i] + " → " + back[i]);
        }
        float[] odd = {-9, 9, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, Float.NaN};
        byte[] codes = Base85.decode(Quantiser.uint8(odd, lo, hi));
        assertArrayEquals(new byte[] {0, (byte) 254, 0, (byte) 254, (byte) 255}, codes, "clamped, NaN = 255");
        float[] oddBack = Quantiser.decodeUint8(Quantiser.uint8(odd, lo, hi), lo, hi);
        assertEquals(lo, oddBack[0], 0);
        assertEquals(hi, oddBack[1], Math.ulp(hi));
        assertTrue(Float.isNaN(oddBack[4]));
    }

    @Test
    void aConstantArrayDecodesToItsValue() {
        float[] v = {0.3f, 0.3f, Float.NaN};
        float[] r = Quantiser.finiteRange(v);
        assertArrayEquals(new float[] {0.3f, 0.3f}, r);
        float[] back = Quantiser.decodeUint8(Quantiser.uint8(v, r[0], r[1]), r[0], r[1]);
        assertEquals(0.3f, back[0], 0);
        assertTrue(Float.isNaN(back[2]));
        assertArrayEquals(new float[] {0, 0}, Quantiser.finiteRange(new float[] {Float.NaN, Float.POSITIVE_INFINITY}));
    }

    @Test
    void emptyArraysAreEmptyStrings() {
        assertEquals("", Quantiser.int16(new float[0], LO, HI));
        assertEquals(0, Quantiser.decodeInt16("", LO, HI).length);
        assertEquals("", Quantiser.uint8(new float[0], 0, 1));
    }

    @Test
    void aBadBoxIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quantiser.int16(new float[] {1}, new float[] {0, 0}, new float[] {Float.NaN, 1}));
        assertTrue(e.getMessage().contains("axis 0") && e.getMessage().contains("lo ≤ hi"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Quantiser.uint8(new float[] {1}, 2, 1));
        assertTrue(e.getMessage().contains("2.0..1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Quantiser.int16(new float[] {1}, new float[] {0}, new float[0]));
        assertTrue(e.getMessage().contains("as many lower as upper"), e.getMessage());
    }
}
