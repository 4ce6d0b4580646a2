package lab.minimax.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.util.EnumSet;
import java.util.Set;

/**
 * The 2D view ({@code <mm-plane>}): heatmap of D, D* contours, real and generated samples,
 * generator manifold, gradient arrows, mode centres. Only draws what {@link #setFrame} sends.
 */
@Tag("mm-plane")
@JsModule("./components/mm-plane.ts")
public class PlaneChart extends FrameChart {
    private Set<PlaneLayer> layers = EnumSet.complementOf(EnumSet.of(PlaneLayer.DSTAR_HEAT));

    public PlaneChart() {
        setLayers(layers);
    }

    /** Sends frame {@code seq}; the browser acknowledges it through the frame-drawn listeners. */
    public void setFrame(long seq, PlaneFrame frame) {
        getElement().callJsFunction("setFrame", toJson(seq, frame));
    }

    public void setLayers(Set<PlaneLayer> visible) {
        layers = visible.isEmpty() ? EnumSet.noneOf(PlaneLayer.class) : EnumSet.copyOf(visible);
        setLayerIds(ids(layers));
    }

    public Set<PlaneLayer> getLayers() {
        return EnumSet.copyOf(layers.isEmpty() ? EnumSet.noneOf(PlaneLayer.class) : layers);
    }

    /** The JSON object {@code mm-plane.setFrame} reads (keys documented in mm-plane.ts). */
    static JsonObject toJson(long seq, PlaneFrame f) {
        JsonObject o = Json.createObject();
        o.put("seq", seq);
        ViewBox b = f.box();
        if (b != null) {
            o.put("box", numbers(b.xMin(), b.xMax(), b.yMin(), b.yMax()));
        }
        if (f.heatKind() != null) {
            o.put("heatKind", f.heatKind().js());
        }
        if (f.heat() != null) {
            o.put("heatN", f.heat().n());
            o.put("heat", Float32Codec.encode(f.heat().values()));
        }
        if (f.heatRange() != null) {
            o.put("heatRange", numbers(f.heatRange()));
        }
        if (f.dStar() != null) {
            o.put("dstarN", f.dStar().n());
            o.put("dstar", Float32Codec.encode(f.dStar().values()));
        }
        putArray(o, "real", f.real());
        putArray(o, "fake", f.fake());
        putArray(o, "arrows", f.arrows());
        if (f.manifold() != null) {
            o.put("gridRows", f.gridRows());
            o.put("gridCols", f.gridCols());
            o.put("grid", Float32Codec.encode(f.manifold()));
        }
        putArray(o, "modes", f.modes());
        putArray(o, "covered", f.covered());
        return o;
    }

    static void putArray(JsonObject o, String key, float[] values) {
        if (values != null) {
            o.put(key, Float32Codec.encode(values));
        }
    }

    static JsonArray numbers(double... v) {
        JsonArray a = Json.createArray();
        for (int i = 0; i < v.length; i++) {
            a.set(i, v[i]);
        }
        return a;
    }
}
