package lab.minimax.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import lab.minimax.classroom.KeyMetrics;
import lab.minimax.classroom.RunStatus;

/**
 * One run on the dashboard: thumbnail, pseudonym, summary, step, state, key metrics, how long ago it
 * was updated, Stop and Present. Every name is set as text. Only what changed is sent again.
 */
final class RunCard extends Div {
    private final Image thumbnail = new Image();
    private final Span name = new Span();
    private final Span summary = new Span();
    private final Span step = new Span();
    private final Span state = new Span();
    private final Span metrics = new Span();
    private final Span updated = new Span();
    final Button stop = new Button("Stop");
    final Anchor present = new Anchor();
    private byte[] shownThumbnail;
    private RunStatus row;

    RunCard(RunStatus first, String presentPath) {
        addClassName("class-run");
        thumbnail.addClassName("class-run-thumb");
        thumbnail.setAlt("");
        name.addClassName("class-run-name");
        summary.addClassName("class-run-summary");
        step.addClassName("class-run-step");
        state.addClassName("class-run-state");
        metrics.addClassName("class-run-metrics");
        updated.addClassName("class-run-updated");
        present.setText("Present");
        present.setHref(presentPath);
        present.setTarget(AnchorTarget.BLANK);
        add(thumbnail, name, summary, step, state, metrics, updated, stop, present);
        row = first;
    }

    /** Shows {@code r} (sent only where it differs), its age counted from {@code now}. */
    void show(RunStatus r, Instant now) {
        row = r;
        setIfChanged(name, r.displayName().isEmpty() ? "(left the class)" : r.displayName());
        setIfChanged(summary, r.summary());
        setIfChanged(step, "step " + r.step());
        setIfChanged(state, r.stopRequested() && !"STOPPED".equals(r.state()) ? "stopping" : r.state().toLowerCase(java.util.Locale.ROOT));
        setIfChanged(metrics, metricsText(r.metricsJson()));
        setIfChanged(updated, "updated " + ago(r.updatedAt(), now));
        stop.setEnabled(!"STOPPED".equals(r.state()) && !r.stopRequested());
        if (!Arrays.equals(shownThumbnail, r.thumbnail())) {
            shownThumbnail = r.thumbnail();
            thumbnail.setSrc(dataUrl(r.thumbnail()));
            thumbnail.setVisible(r.thumbnail() != null);
        }
    }

    RunStatus row() {
        return row;
    }

    String nameText() {
        return name.getText();
    }

    String stepText() {
        return step.getText();
    }

    Span nameSpan() {
        return name;
    }

    static String dataUrl(byte[] png) {
        return png == null ? "" : "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** "modesCovered 7 · highQualityFraction 0.81" (empty when none). */
    static String metricsText(String json) {
        StringJoiner j = new StringJoiner(" · ");
        for (Map.Entry<String, Double> e : KeyMetrics.parse(json).entrySet()) {
            double v = e.getValue();
            j.add(e.getKey() + " " + (v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v)));
        }
        return j.toString();
    }

    static String ago(Instant at, Instant now) {
        if (at == null) {
            return "never";
        }
        long s = Math.max(0, Duration.between(at, now).toSeconds());
        return s < 60 ? s + " s ago" : s < 3600 ? s / 60 + " min ago" : s / 3600 + " h ago";
    }

    private static void setIfChanged(Span span, String text) {
        if (!text.equals(span.getText())) {
            span.setText(text);
        }
    }
}
