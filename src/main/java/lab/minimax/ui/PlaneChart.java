package lab.minimax.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

import lab.minimax.experiment.TargetCatalog;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;

/**
 * The 2D view ({@code <mm-plane>}): heatmap of D, D* contours, real and generated samples,
 * generator manifold, gradient arrows, mode centres. Only draws what {@link #setFrame} sends.
 */
@Tag("mm-plane")
@JsModule("./components/mm-plane.ts")
public class PlaneChart extends FrameChart {
    /** Margin around the frame's box, as a fraction of its size on each side. */
    static final double VIEW_MARGIN = 0.12;
    private final List<SerializableConsumer<double[]>> drawnListeners = new CopyOnWriteArrayList<>();
    private double[] drawn = new double[0];
    private Set<PlaneLayer> layers = EnumSet.complementOf(EnumSet.of(PlaneLayer.DSTAR_HEAT));

    public PlaneChart() {
        setLayers(layers);
    }

    /** Sends frame {@code seq}; the browser acknowledges it through the frame-drawn listeners. */
    public void setFrame(long seq, PlaneFrame frame) {
        getElement().callJsFunction("setFrame", toJson(seq, frame));
    }

    /**
     * Draw mode: the student paints points with the mouse (or the arrow keys and Space); each
     * finished stroke sends the whole drawing back ({@link #addDrawnListener}).
     *
     * @param brush brush size 1..10: the brush's radius and the points laid per stamp grow with it
     */
    public void setDrawing(boolean on, int brush) {
        getElement().setProperty("drawing", on);
        getElement().setProperty("brush", brush);
    }

    /** Removes every drawn point, here and in the browser. */
    public void clearDrawing() {
        drawn = new double[0];
        getElement().callJsFunction("clearDrawing");
        drawnListeners.forEach(l -> l.accept(drawnPoints()));
    }

    /** The drawn points, interleaved x0, y0, x1, y1, … (data coordinates, rounded to 0.01). */
    public double[] drawnPoints() {
        return drawn.clone();
    }

    /** Listener for changes of the drawing (gets the drawn points). */
    public Registration addDrawnListener(SerializableConsumer<double[]> listener) {
        drawnListeners.add(listener);
        return () -> drawnListeners.remove(listener);
    }

    /** The browser's drawing after a stroke: "x,y;x,y;…" (at most {@link TargetCatalog#MAX_POINTS} points). */
    @ClientCallable
    void pointsDrawn(String xy) {
        drawn = parseDrawn(xy, TargetCatalog.MAX_POINTS);
        drawnListeners.forEach(l -> l.accept(drawnPoints()));
    }

    /**
     * "x,y;x,y;…" → interleaved coordinates rounded to 0.01 and clamped to the points target's
     * range; pairs that are not two finite numbers are skipped, at most {@code max} points kept.
     */
    static double[] parseDrawn(String xy, int max) {
        if (xy == null || xy.isBlank()) {
            return new double[0];
        }
        String[] pairs = xy.split(";");
        double[] out = new double[2 * Math.min(pairs.length, max)];
        int n = 0;
        for (String pair : pairs) {
            if (n == max) {
                break;
            }
            String[] c = pair.split(",");
            if (c.length != 2) {
                continue;
            }
            try {
                double x = Double.parseDouble(c[0].trim());
                double y = Double.parseDouble(c[1].trim());
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    out[2 * n] = roundedInRange(x);
                    out[2 * n + 1] = roundedInRange(y);
                    n++;
                }
            } catch (NumberFormatException e) {
                // a malformed pair from the client is skipped
            }
        }
        return Arrays.copyOf(out, 2 * n);
    }

    private static double roundedInRange(double v) {
        double r = TargetCatalog.POINT_RANGE;
        return Math.round(Math.max(-r, Math.min(r, v)) * 100) / 100.0;
    }

    public void setLayers(Set<PlaneLayer> visible) {
        layers = visible.isEmpty() ? EnumSet.noneOf(PlaneLayer.class) : EnumSet.copyOf(visible);
        setLayerIds(ids(layers));
    }

    public Set<PlaneLayer> getLayers() {
        return EnumSet.copyOf(layers.isEmpty() ? EnumSet.noneOf(PlaneLayer.class) : layers);
    }

    /** The JSON object {@code mm-plane.setFrame} reads (keys documented in mm-plane.ts). */
    static ObjectNode toJson(long seq, PlaneFrame f) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("seq", seq);
        ViewBox b = f.box();
        if (b != null) {
            // the grids cover the frame's box; the view shows a margin around it
            ViewBox v = b.padded(VIEW_MARGIN);
            o.set("box", numbers(v.xMin(), v.xMax(), v.yMin(), v.yMax()));
            o.set("gridBox", numbers(b.xMin(), b.xMax(), b.yMin(), b.yMax()));
        }
        if (f.heatKind() != null) {
            o.put("heatKind", f.heatKind().js());
        }
        if (f.heat() != null) {
            o.put("heatN", f.heat().n());
            o.put("heat", Float32Codec.encode(f.heat().values()));
        }
        if (f.heatRange() != null) {
            o.set("heatRange", numbers(f.heatRange()));
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

    static void putArray(ObjectNode o, String key, float[] values) {
        if (values != null) {
            o.put(key, Float32Codec.encode(values));
        }
    }

    static ArrayNode numbers(double... v) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode(v.length);
        for (double x : v) {
            a.add(x);
        }
        return a;
    }
}
