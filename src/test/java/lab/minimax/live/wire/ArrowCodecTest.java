package lab.minimax.live.wire;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The arrows' 8-bit direction and length: the angle comes back within half a step (π/256), the
 * length within half a step (s/510) up to the cap s = 2 × the 95th-percentile length, which is
 * where the browser caps a drawn arrow; non-finite arrows come back as length 0.
 */
class ArrowCodecTest {
    @Test
    void theScaleIsTwiceThe95thPercentileLength() {
        // lengths 1, 2, …, 100 in shuffled directions: sorted index ⌊0.95 · 99⌋ = 94 holds 95
        float[] a = new float[200];
        for (int i = 0; i < 100; i++) {
            double theta = i * 2.399963; // golden angle
            a[2 * i] = (float) ((i + 1) * Math.cos(theta));
            a[2 * i + 1] = (float) ((i + 1) * Math.sin(theta));
        }
        assertEquals(190, ArrowCodec.scale(a), 1e-3);
        assertEquals(0, ArrowCodec.scale(new float[] {0, 0, Float.NaN, 1}), 0, "no positive finite length");
        assertEquals(5, ArrowCodec.scale(new float[] {0, 0, 0, 0, 3, 4}), 1e-6,
                "the 95th percentile is 0: the longest length");
    }

    @Test
    void directionAndLengthComeBackWithinHalfAStep() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 4000;
        float[] a = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double theta = rng.nextDouble(-Math.PI, Math.PI);
            double len = Math.exp(rng.nextDouble(-6, 2)); // lengths over three decades
            a[2 * i] = (float) (len * Math.cos(theta));
            a[2 * i + 1] = (float) (len * Math.sin(theta));
        }
        ArrowCodec.Encoded e = ArrowCodec.encode(a);
        float s = e.scale();
        float[] back = ArrowCodec.decode(e.text(), s);
        double halfAngle = Math.PI / 256;
        double halfLength = s / 510.0;
        double tol = 1e-6 * s; // float32 rounding of the decoded components
        for (int i = 0; i < n; i++) {
            double len = Math.hypot(a[2 * i], a[2 * i + 1]);
            double lenBack = Math.hypot(back[2 * i], back[2 * i + 1]);
            assertTrue(Math.abs(lenBack - Math.min(len, s)) <= halfLength + tol,
                    "length " + len + " → " + lenBack + " (scale " + s + ")");
            if (lenBack > 1e-3 * s) {
                double d = Math.atan2(back[2 * i + 1], back[2 * i]) - Math.atan2(a[2 * i + 1], a[2 * i]);
                d = Math.abs(Math.IEEEremainder(d, 2 * Math.PI));
                assertTrue(d <= halfAngle + 1e-5, "angle off by " + d);
            }
        }
        // the drawing's reference length (95th percentile) survives up to half a length step
        assertEquals(s / 2, percentile95(back), halfLength + tol);
    }

    @Test
    void nonFiniteArrowsComeBackAsNone() {
        float[] a = {1, 0, Float.NaN, 1, Float.POSITIVE_INFINITY, 0, 0, -2};
        ArrowCodec.Encoded e = ArrowCodec.encode(a);
        float[] back = ArrowCodec.decode(e.text(), e.scale());
        assertEquals(8, back.length);
        assertEquals(0, Math.hypot(back[2], back[3]), 0);
        assertEquals(0, Math.hypot(back[4], back[5]), 0);
        assertEquals(1, back[0], 2 / 510.0 + 1e-6);
        assertEquals(-2, back[7], 2 / 510.0 + 1e-6);
        assertEquals(0, back[6], 1e-6);
    }

    @Test
    void twoBytesPerArrow() {
        ArrowCodec.Encoded e = ArrowCodec.encode(new float[1024]);
        assertEquals(1024, Base85.decode(e.text()).length);
        assertEquals("", ArrowCodec.encode(new float[0]).text());
    }

    private static double percentile95(float[] a) {
        double[] lens = new double[a.length / 2];
        for (int i = 0; i < lens.length; i++) {
            lens[i] = Math.hypot(a[2 * i], a[2 * i + 1]);
        }
        Arrays.sort(lens);
        return lens[(int) Math.floor(0.95 * (lens.length - 1))];
    }
}
