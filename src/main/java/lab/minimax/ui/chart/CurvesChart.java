package lab.minimax.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.util.List;
import lab.minimax.live.wire.Float32Codec;

/**
 * A small x–y chart of curves and dots ({@code <mm-curves>}, plain canvas): a lesson's own chart,
 * e.g. the generator losses against D's logit. Each {@link #setData} replaces everything.
 */
@Tag("mm-curves")
@JsModule("./components/mm-curves.ts")
public class CurvesChart extends Component implements HasSize {
    /**
     * One curve ("line") or set of dots ("dots").
     *
     * @param label legend text
     * @param color CSS colour
     * @param style "line" or "dots"
     * @param xy    (x, y) interleaved
     */
    public record Layer(String label, String color, String style, float[] xy) {
    }

    private String summary = "";
    private List<Layer> layers = List.of();

    public CurvesChart(String title, String xLabel, String yLabel) {
        getElement().setProperty("chartTitle", title);
        getElement().setProperty("xLabel", xLabel);
        getElement().setProperty("yLabel", yLabel);
    }

    /** Replaces the chart's layers. */
    public void setData(List<Layer> layers) {
        this.layers = List.copyOf(layers);
        JsonArray a = Json.createArray();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            JsonObject o = Json.createObject();
            o.put("label", l.label());
            o.put("color", l.color());
            o.put("style", l.style());
            o.put("xy", Float32Codec.encode(l.xy()));
            a.set(i, o);
        }
        getElement().callJsFunction("setLayers", a);
    }

    /** The chart's text alternative. */
    public void setSummary(String text) {
        summary = text == null ? "" : text;
        getElement().setProperty("summary", summary);
    }

    /** The layers last set. */
    public List<Layer> getLayers() {
        return layers;
    }

    public String getSummary() {
        return summary;
    }
}
