package lab.minimax.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import elemental.json.Json;
import elemental.json.JsonObject;
import lab.minimax.gan.DiracGan;
import lab.minimax.live.wire.Float32Codec;

/**
 * The Dirac-GAN's (θ, ψ) plane ({@code <mm-dirac>}, plain canvas): the vector field as arrows,
 * the equilibrium, the trajectory so far and the current point.
 */
@Tag("mm-dirac")
@JsModule("./components/mm-dirac.ts")
class DiracChart extends Component implements HasSize {
    private String summary = "";

    /** Draws the field over [−extent, extent]² on an n × n grid and the trajectory (θ, ψ interleaved). */
    void setData(double extent, int n, double[] path) {
        JsonObject o = Json.createObject();
        o.put("extent", extent);
        o.put("n", n);
        o.put("field", Float32Codec.encode(DiracGan.fieldGrid(n, extent)));
        o.put("path", Float32Codec.encode(path));
        getElement().callJsFunction("setData", o);
    }

    /** The chart's text alternative. */
    void setSummary(String text) {
        summary = text == null ? "" : text;
        getElement().setProperty("summary", summary);
    }

    String getSummary() {
        return summary;
    }
}
