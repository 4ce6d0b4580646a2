package lab.minimax.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Base of the chart components that draw whole frames: a text alternative, the visible layers,
 * and the client's "frame drawn" acknowledgement (the browser fires a {@code frame-drawn} event with
 * {@code detail.seq} after painting the frame, see {@code ackAfterPaint} in {@code lab-data.ts}).
 */
public abstract class FrameChart extends Component implements HasSize {
    private final List<SerializableConsumer<Long>> drawnListeners = new CopyOnWriteArrayList<>();
    private String summary = "";

    /** The chart's text alternative (aria-label and a polite live region); keep it short and rare. */
    public void setSummary(String text) {
        summary = text == null ? "" : text;
        getElement().setProperty("summary", summary);
    }

    public String getSummary() {
        return summary;
    }

    /** Listener for the browser's acknowledgement that frame {@code seq} is painted. */
    public Registration addFrameDrawnListener(SerializableConsumer<Long> listener) {
        drawnListeners.add(listener);
        return () -> drawnListeners.remove(listener);
    }

    private static final String SEQ = "event.detail.seq";

    protected FrameChart() {
        // a DOM event rather than a @ClientCallable with an argument: Vaadin 24.9 looks a service
        // up on the class path (ServiceLoader) for every argument of a client-callable call
        getElement().addEventListener("frame-drawn", e -> {
            elemental.json.JsonValue seq = e.getEventData().get(SEQ);
            if (seq != null && seq.getType() == elemental.json.JsonType.NUMBER) {
                frameDrawn(seq.asNumber()); // anything else is not an acknowledgement: ignored
            }
        }).addEventData(SEQ);
    }

    void frameDrawn(double seq) {
        long s = (long) seq;
        drawnListeners.forEach(l -> l.accept(s));
    }

    /** Asks the browser to save the chart's current picture as a PNG file named {@code fileName}. */
    public void downloadPng(String fileName) {
        getElement().callJsFunction("downloadPng", fileName);
    }

    /** Sets the {@code layers} property from layer ids. */
    protected void setLayerIds(Collection<String> ids) {
        getElement().setProperty("layers", String.join(",", ids));
    }

    /** The ids of the given layer constants. */
    protected static <E extends Enum<E> & LayerId> List<String> ids(Set<E> layers) {
        return layers.stream().sorted().map(LayerId::id).collect(Collectors.toList());
    }

    /** A layer's name in the browser component ({@code id}) and in the layer menu ({@code label}). */
    public record LayerName(String id, String label) {
    }

    /** A layer constant: its {@link LayerName}. */
    public interface LayerId {
        LayerName layerName();

        default String id() {
            return layerName().id();
        }

        default String label() {
            return layerName().label();
        }
    }
}
