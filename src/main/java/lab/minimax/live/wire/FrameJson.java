package lab.minimax.live.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The keys of a frame object that carry quantised arrays ({@link Quantiser}, {@link ArrowCodec}):
 * each array goes with the numbers the browser decodes it by. A {@code null} array puts nothing
 * (the browser keeps what it shows); an empty one clears it.
 */
public final class FrameJson {
    private FrameJson() {
    }

    /** {@code key}: int16 codes of {@code v} in the box [lo, hi] (per axis) that the frame sends once. */
    public static void putCoordinates(ObjectNode o, String key, float[] v, float[] lo, float[] hi) {
        if (v != null) {
            o.put(key, Quantiser.int16(v, lo, hi));
        }
    }

    /** {@code key}: int16 codes of {@code v} over its own finite range, sent as {@code keyScale} [lo, hi]. */
    public static void putFine(ObjectNode o, String key, float[] v) {
        if (v != null) {
            float[] r = Quantiser.finiteRange(v);
            o.put(key, Quantiser.int16(v, new float[] {r[0]}, new float[] {r[1]}));
            o.set(key + "Scale", floats(r));
        }
    }

    /**
     * {@code key}: a grid {@code w} wide of uint8 codes over its own finite range ({@code keyScale}),
     * sent as MED residuals ({@link GridCoding}).
     */
    public static void putLevelGrid(ObjectNode o, String key, float[] v, int w) {
        if (v != null) {
            float[] r = Quantiser.finiteRange(v);
            o.put(key, Base85.encode(GridCoding.medResiduals(Quantiser.uint8Codes(v, r[0], r[1]), w)));
            o.set(key + "Scale", floats(r));
        }
    }

    /**
     * {@code key}: a grid of 2D points, {@code cols} a row, as int16 codes in the box [lo, hi]
     * sent as row differences ({@link GridCoding}).
     */
    public static void putPointGrid(ObjectNode o, String key, float[] v, int cols, float[] lo, float[] hi) {
        if (v != null) {
            o.put(key, Base85.encode(GridCoding.rowDeltas(Quantiser.int16Codes(v, lo, hi), cols, 2)));
        }
    }

    /** {@code key}: arrows as (direction, length) bytes, with the length scale as {@code arrowScale}. */
    public static void putArrows(ObjectNode o, String key, float[] arrows) {
        if (arrows != null) {
            ArrowCodec.Encoded e = ArrowCodec.encode(arrows);
            o.put(key, e.text());
            o.put("arrowScale", e.scale());
        }
    }

    /** A JSON array of floats (their shortest decimal form). */
    public static ArrayNode floats(float... v) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode(v.length);
        for (float x : v) {
            a.add(x);
        }
        return a;
    }
}
