package lab.minimax.ui.chart;

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
import lab.minimax.live.frame.PlaneFrame;
import lab.minimax.live.frame.ViewBox;
import lab.minimax.live.wire.ArrowCodec;
import lab.minimax.live.wire.Float32Codec;
import lab.minimax.live.wire.FrameJson;
import lab.minimax.live.wire.GridCoding;
import lab.minimax.live.wire.Quantiser;

/**
 * The 2D view ({@code <mm-plane>}): heatmap of D, D* contours, real and generated samples,
 * generator manifold, gradient arrows, mode centres. Only draws what {@link #setFrame} sends.
 */
@Tag("mm-plane")
@JsModule("./components/mm-plane.ts")
public class PlaneChart extends FrameChart {
    /** Margin around the frame's box, as a fraction of its size on each side ({@link ViewBox#VIEW_MARGIN}). */
    public static final double VIEW_MARGIN = ViewBox.VIEW_MARGIN;
    /**
     * Points are coded in the view grown by this fraction of its size on every side: a point off
     * the view by more is clamped to that box's edge, still off the view (int16 steps of 1/21845 of
     * the view's width, 0.03 px on a 600 px plot).
     */
    static final double POINT_MARGIN = 1.0;
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
    public void pointsDrawn(String xy) {
        drawn = parseDrawn(xy, TargetCatalog.MAX_POINTS);
        drawnListeners.forEach(l -> l.accept(drawnPoints()));
    }

    /**
     * "x,y;x,y;…" → interleaved coordinates rounded to 0.01 and clamped to the points target's
     * range; pairs that are not two finite numbers are skipped, at most {@code max} points kept.
     */
    public static double[] parseDrawn(String xy, int max) {
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

    /**
     * The JSON object {@code mm-plane.setFrame} reads (keys documented in mm-plane.ts): points as
     * int16 in a box three times the view's size ({@link #POINT_MARGIN}), the heat and D* grids
     * as 8-bit over their own range, the arrows as 8-bit direction and length ({@link Quantiser},
     * {@link ArrowCodec}); the heat, D* and manifold grids predictively coded ({@link GridCoding}),
     * which changes no decoded value but lets gzip / permessage-deflate shrink them.
     */
    public static ObjectNode toJson(long seq, PlaneFrame f) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("seq", seq);
        ViewBox b = f.box();
        if (b == null) {
            throw new IllegalArgumentException("a plane frame needs its box (the points are coded in it)");
        }
        // the view shows a margin around the frame's box, and the grids cover the whole view
        ViewBox v = b.padded(VIEW_MARGIN);
        // as floats: their shortest decimals are a quarter of a double's, and far finer than a pixel
        o.set("box", FrameJson.floats((float) v.xMin(), (float) v.xMax(), (float) v.yMin(), (float) v.yMax()));
        o.set("gridBox", FrameJson.floats((float) v.xMin(), (float) v.xMax(), (float) v.yMin(), (float) v.yMax()));
        ViewBox p = v.padded(POINT_MARGIN);
        float[] lo = {(float) p.xMin(), (float) p.yMin()};
        float[] hi = {(float) p.xMax(), (float) p.yMax()};
        o.set("pointBox", FrameJson.floats(lo[0], hi[0], lo[1], hi[1]));
        if (f.heatKind() != null) {
            o.put("heatKind", f.heatKind().js());
        }
        if (f.heat() != null) {
            o.put("heatN", f.heat().n());
            FrameJson.putLevelGrid(o, "heat", f.heat().values(), f.heat().n());
        }
        if (f.heatRange() != null) {
            o.set("heatRange", numbers(f.heatRange()));
        }
        if (f.dStar() != null) {
            o.put("dstarN", f.dStar().n());
            FrameJson.putLevelGrid(o, "dstar", f.dStar().values(), f.dStar().n());
        }
        FrameJson.putCoordinates(o, "real", f.real(), lo, hi);
        FrameJson.putCoordinates(o, "fake", f.fake(), lo, hi);
        FrameJson.putArrows(o, "arrows", f.arrows());
        if (f.manifold() != null) {
            o.put("gridRows", f.gridRows());
            o.put("gridCols", f.gridCols());
            FrameJson.putPointGrid(o, "grid", f.manifold(), f.gridCols(), lo, hi);
        }
        FrameJson.putCoordinates(o, "modes", f.modes(), lo, hi);
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
