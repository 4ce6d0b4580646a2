package lab.minimax.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.util.List;
import lab.minimax.live.wire.Float32Codec;

/**
 * A uPlot line chart over training steps ({@code <mm-series>}) with several series, optional log
 * y axis, and rows appended incrementally (the browser halves the resolution of old history when it
 * holds more than 4000 rows).
 */
@Tag("mm-series")
@JsModule("./components/mm-series.ts")
@NpmPackage(value = "uplot", version = "1.6.32")
public class SeriesChart extends Component implements HasSize {
    private final String title;
    private final String yLabel;
    private final List<String> labels;
    private boolean log;
    private double[] fixedRange;
    private String summary = "";
    /** Per series: why a value of +∞ is infinite (shown beside its ∞ marker), or null. */
    private final String[] infinityReasons;
    private AxisChoice axisChoice;
    private AxisChoice.Axis axis;

    /**
     * @param title  chart title
     * @param yLabel y-axis label
     * @param log    log y axis
     * @param labels one label per series, in the column order of {@link #append}
     */
    public SeriesChart(String title, String yLabel, boolean log, List<String> labels) {
        this.title = title;
        this.yLabel = yLabel;
        this.labels = List.copyOf(labels);
        this.log = log;
        this.infinityReasons = new String[this.labels.size()];
        this.axisChoice = new AxisChoice(log);
        this.axis = axisChoice.axis();
        sendConfig();
    }

    public List<String> getLabels() {
        return labels;
    }

    public String getTitle() {
        return title;
    }

    public boolean isLog() {
        return log;
    }

    public void setLog(boolean log) {
        this.log = log;
        this.axisChoice = new AxisChoice(log);
        this.axis = axisChoice.axis();
        sendConfig();
    }

    /**
     * The y axis now drawn: the one asked for, or symlog once the values cannot go on it (zero or
     * negative values on a log axis; a spike more than {@value AxisChoice#SPIKE_DECADES} decades
     * above the typical value on a linear one). A fixed range stays linear.
     */
    public AxisChoice.Axis axis() {
        return fixedRange != null ? AxisChoice.Axis.LINEAR : axis;
    }

    /**
     * Why series {@code index} can be +∞ (e.g. "a mode of p has no generated mass"): its infinite
     * values are drawn as an ∞ marker at the top edge with this text; null: no text.
     */
    public SeriesChart setInfinityReason(int index, String reason) {
        if (index < 0 || index >= labels.size()) {
            throw new IllegalArgumentException(title + ": series index must be in 0.." + (labels.size() - 1) + " (got " + index + ")");
        }
        infinityReasons[index] = reason;
        sendConfig();
        return this;
    }

    /** The reason given for series {@code index}'s infinite values, or null. */
    public String getInfinityReason(int index) {
        return infinityReasons[index];
    }

    /** A y axis fixed to [min, max] whatever the values (e.g. fractions on 0–1); null: fitted to the values. */
    public SeriesChart setFixedRange(double[] minMax) {
        this.fixedRange = minMax == null ? null : new double[] {minMax[0], minMax[1]};
        sendConfig();
        return this;
    }

    /** The fixed y range [min, max], or null when the axis follows the values. */
    public double[] getFixedRange() {
        return fixedRange == null ? null : fixedRange.clone();
    }

    /** One row: the step and one value per series (NaN where a series has no value). */
    public void append(long step, double... values) {
        if (values.length != labels.size()) {
            throw new IllegalArgumentException(title + ": expected " + labels.size() + " values, got " + values.length);
        }
        float[] row = new float[values.length + 1];
        row[0] = step;
        for (int i = 0; i < values.length; i++) {
            row[i + 1] = (float) values[i];
        }
        appendRows(row);
    }

    /**
     * Many rows at once, row-major: each row is step, value_1 … value_S (S = number of labels).
     */
    public void appendRows(float[] rows) {
        int columns = labels.size() + 1;
        if (rows.length % columns != 0) {
            throw new IllegalArgumentException(title + ": rows must hold a multiple of " + columns + " values");
        }
        if (rows.length > 0) {
            for (int r = 0; r < rows.length; r += columns) {
                for (int c = 1; c < columns; c++) {
                    axisChoice.add(rows[r + c]);
                }
            }
            AxisChoice.Axis next = axisChoice.axis();
            if (next != axis) {
                axis = next;
                sendConfig();
            }
            getElement().callJsFunction("appendRows", Float32Codec.encode(rows), columns);
        }
    }

    /** Removes every point. */
    public void clear() {
        axisChoice.clear();
        if (axisChoice.axis() != axis) {
            axis = axisChoice.axis();
            sendConfig();
        }
        getElement().callJsFunction("clear");
    }

    /** The chart's text alternative (aria-label and a polite live region). */
    public void setSummary(String text) {
        summary = text == null ? "" : text;
        getElement().setProperty("summary", summary);
    }

    public String getSummary() {
        return summary;
    }

    private void sendConfig() {
        JsonObject config = Json.createObject();
        config.put("title", title);
        config.put("yLabel", yLabel);
        config.put("log", log);
        AxisChoice.Axis shown = axis();
        config.put("axis", shown.name().toLowerCase(java.util.Locale.ROOT));
        if (shown == AxisChoice.Axis.SYMLOG) {
            config.put("asinh", axisChoice.linearThreshold());
        }
        if (fixedRange != null) {
            JsonArray r = Json.createArray();
            r.set(0, fixedRange[0]);
            r.set(1, fixedRange[1]);
            config.put("range", r);
        }
        JsonArray series = Json.createArray();
        for (int i = 0; i < labels.size(); i++) {
            JsonObject s = Json.createObject();
            s.put("label", labels.get(i));
            if (infinityReasons[i] != null) {
                s.put("infinityReason", infinityReasons[i]);
            }
            series.set(i, s);
        }
        config.put("series", series);
        getElement().setPropertyJson("config", config);
    }
}
