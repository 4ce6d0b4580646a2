package lab.minimax.ui.chart;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

import java.util.EnumSet;
import java.util.Set;

import static lab.minimax.ui.chart.PlaneChart.numbers;
import lab.minimax.live.frame.Line1dFrame;
import lab.minimax.live.wire.FrameJson;

/**
 * The 1D view ({@code <mm-line1d>}): target density, generator histogram and KDE, D(x) and D*(x),
 * sample ticks, and the generator map z → x in an inset. Only draws what {@link #setFrame} sends.
 */
@Tag("mm-line1d")
@JsModule("./components/mm-line1d.ts")
public class Line1dChart extends FrameChart {
    private Set<LineLayer> layers = EnumSet.allOf(LineLayer.class);

    public Line1dChart() {
        setLayers(layers);
    }

    /** Sends frame {@code seq}; the browser acknowledges it through the frame-drawn listeners. */
    public void setFrame(long seq, Line1dFrame frame) {
        getElement().callJsFunction("setFrame", toJson(seq, frame));
    }

    public void setLayers(Set<LineLayer> visible) {
        layers = visible.isEmpty() ? EnumSet.noneOf(LineLayer.class) : EnumSet.copyOf(visible);
        setLayerIds(ids(layers));
    }

    public Set<LineLayer> getLayers() {
        return layers.isEmpty() ? EnumSet.noneOf(LineLayer.class) : EnumSet.copyOf(layers);
    }

    /**
     * The JSON object {@code mm-line1d.setFrame} reads (keys documented in mm-line1d.ts): sample
     * positions as int16 in the x range grown by its width on each side, curves and the map z → x
     * as int16 over their own range (a curve's height needs finer steps than a heatmap's colour).
     */
    static ObjectNode toJson(long seq, Line1dFrame f) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("seq", seq);
        o.set("range", numbers(f.xMin(), f.xMax()));
        double w = f.xMax() - f.xMin();
        float[] lo = {(float) (f.xMin() - w)};
        float[] hi = {(float) (f.xMax() + w)};
        o.set("pointRange", FrameJson.floats(lo[0], hi[0]));
        if (f.heatKind() != null) {
            o.put("heatKind", f.heatKind().js());
        }
        if (f.dRange() != null) {
            o.set("dRange", numbers(f.dRange()));
        }
        FrameJson.putFine(o, "target", f.target());
        FrameJson.putFine(o, "kde", f.kde());
        FrameJson.putFine(o, "d", f.d());
        FrameJson.putFine(o, "dstar", f.dStar());
        FrameJson.putFine(o, "hist", f.hist());
        FrameJson.putCoordinates(o, "real", f.real(), lo, hi);
        FrameJson.putCoordinates(o, "fake", f.fake(), lo, hi);
        FrameJson.putFine(o, "mapZ", f.mapZ());
        FrameJson.putFine(o, "mapX", f.mapX());
        return o;
    }
}
