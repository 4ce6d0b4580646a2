package lab.minimax.ui.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import lab.minimax.live.NearestDigit;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.wire.FrameJson;
import lab.minimax.live.wire.ImageCoding;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The image view ({@code <mm-images>}): G(z) for a fixed set of z with D's score as each border's
 * colour, real digits beside it, the interpolation strip, the class histogram against the data's,
 * and the nearest training digit of a picked image. Only draws what {@link #setFrame} sends; it
 * keeps the pixels of the last frame sent, so that a pick names the picture the student saw.
 */
@Tag("mm-images")
@JsModule("./components/mm-images.ts")
public class ImageChart extends FrameChart {
    /** A generated image the student picked: its set ("grid" or "strip"), index and pixels. */
    public record Picked(String set, int index, byte[] pixels) {
    }

    private static final String SET = "event.detail.set";
    private static final String INDEX = "event.detail.index";
    private final List<SerializableConsumer<Picked>> pickListeners = new CopyOnWriteArrayList<>();
    private byte[] gridShown;
    private byte[] stripShown;

    public ImageChart() {
        getElement().addEventListener("image-pick", e -> picked(e.getEventData()))
                .addEventData(SET).addEventData(INDEX);
    }

    /** Sends frame {@code seq}; the browser acknowledges it through the frame-drawn listeners. */
    public void setFrame(long seq, ImageFrame frame) {
        if (frame.grid() != null && frame.grid().pixels() != null) {
            gridShown = frame.grid().pixels();
        }
        if (frame.strip() != null && frame.strip().pixels() != null) {
            stripShown = frame.strip().pixels();
        }
        getElement().callJsFunction("setFrame", toJson(seq, frame));
    }

    /** Listener for picks of a generated image (click, or Enter / Space on a focused one). */
    public Registration addPickListener(SerializableConsumer<Picked> listener) {
        pickListeners.add(listener);
        return () -> pickListeners.remove(listener);
    }

    /** Shows {@code match}, the training digit nearest to {@code p}, beside the view. */
    public void showNearest(Picked p, NearestDigit.Match match) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("set", p.set());
        o.put("index", p.index());
        o.put("picked", ImageCoding.pixelText(p.pixels()));
        o.put("nearest", ImageCoding.pixelText(match.pixels()));
        o.put("label", match.label());
        o.put("trainingIndex", match.trainingIndex());
        o.put("distance", match.distance());
        o.put("pool", match.pool());
        getElement().callJsFunction("showNearest", o);
    }

    /** A pick from the browser: a known set and an index of an image it holds; anything else is ignored. */
    void picked(JsonObject data) {
        JsonValue set = data.get(SET);
        JsonValue index = data.get(INDEX);
        if (set == null || set.getType() != JsonType.STRING || index == null || index.getType() != JsonType.NUMBER) {
            return;
        }
        byte[] shown = switch (set.asString()) {
            case "grid" -> gridShown;
            case "strip" -> stripShown;
            default -> null;
        };
        double i = index.asNumber();
        if (shown == null || i != Math.rint(i) || i < 0 || i >= shown.length / ImageFrame.PIXELS) {
            return;
        }
        int k = (int) i;
        Picked p = new Picked(set.asString(), k,
                Arrays.copyOfRange(shown, k * ImageFrame.PIXELS, (k + 1) * ImageFrame.PIXELS));
        pickListeners.forEach(l -> l.accept(p));
    }

    /** The JSON object {@code mm-images.setFrame} reads (keys documented in mm-images.ts; codes: {@link ImageCoding}). */
    public static ObjectNode toJson(long seq, ImageFrame f) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("seq", seq);
        if (f.scoreKind() != null) {
            o.put("scoreKind", f.scoreKind().js());
        }
        float[] range = ImageCoding.scoreRange(f);
        o.set("scoreScale", FrameJson.floats(range));
        if (f.grid() != null) {
            o.put("gridRows", f.gridRows());
            o.put("gridCols", f.gridCols());
            o.set("rowLabels", ints(f.rowLabels() == null ? new int[0] : f.rowLabels()));
        }
        ImageCoding.putImages(o, "grid", f.grid(), range);
        ImageCoding.putImages(o, "strip", f.strip(), range);
        if (f.strip() != null) {
            o.put("stripLabel", f.stripLabel());
        }
        ImageCoding.putImages(o, "real", f.real(), range);
        if (f.real() != null && f.real().pixels() != null) {
            o.set("realLabels", ints(f.realLabels()));
        }
        if (f.classCounts() != null) {
            o.set("classCounts", ints(f.classCounts()));
            o.put("classSamples", f.classSamples());
        }
        if (f.dataShares() != null) {
            o.set("dataShares", FrameJson.floats(f.dataShares()));
        }
        return o;
    }

    private static ArrayNode ints(int[] v) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode(v.length);
        for (int x : v) {
            a.add(x);
        }
        return a;
    }
}
