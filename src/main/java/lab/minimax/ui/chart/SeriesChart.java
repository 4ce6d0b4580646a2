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
        sendConfig();
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
            getElement().callJsFunction("appendRows", Float32Codec.encode(rows), columns);
        }
    }

    /** Removes every point. */
    public void clear() {
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
            series.set(i, s);
        }
        config.put("series", series);
        getElement().setPropertyJson("config", config);
    }
}
