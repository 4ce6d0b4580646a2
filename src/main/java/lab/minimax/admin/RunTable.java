package lab.minimax.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import lab.minimax.training.RunInfo;
import lab.minimax.training.RunState;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import com.vaadin.flow.component.HasStyle;

/**
 * The admin view's table of live runs: one row per {@link RunInfo} (queued runs first, by queue
 * position, then the oldest first), each with a Stop button. All text goes in as text, never as
 * HTML.
 */
final class RunTable extends NativeTable {
    static final List<String> COLUMNS = List.of("Run", "Client", "Session", "Configuration", "State", "Steps",
            "Steps/s", "Age", "Idle", "Queue", "");

    private final NativeTableBody body = new NativeTableBody();
    private final Consumer<RunInfo> stop;

    RunTable(Consumer<RunInfo> stop) {
        this.stop = stop;
        addClassName("admin-runs");
        getStyle().set("border-collapse", "collapse").set("margin-top", "1em");
        NativeTableRow head = getHead().addRow();
        for (String column : COLUMNS) {
            var cell = head.addHeaderCell();
            cell.setText(column);
            pad(cell);
            cell.getStyle().set("text-align", "left").set("border-bottom", "1px solid var(--lumo-contrast-30pct)");
            cell.getElement().setAttribute("scope", "col");
        }
        add(body);
    }

    /** Shows {@code runs} as read at {@code nowMillis}. */
    void show(List<RunInfo> runs, long nowMillis) {
        body.removeAll();
        runs.stream().sorted(Comparator
                        .comparingInt((RunInfo r) -> r.queuePosition() > 0 ? r.queuePosition() : Integer.MAX_VALUE)
                        .thenComparingLong(RunInfo::startedAtMillis))
                .forEach(r -> body.add(row(r, nowMillis)));
        if (runs.isEmpty()) {
            NativeTableRow none = new NativeTableRow();
            NativeTableCell cell = none.addDataCell();
            cell.setColspan(COLUMNS.size());
            cell.setText("No runs.");
            body.add(none);
        }
    }

    private NativeTableRow row(RunInfo r, long now) {
        NativeTableRow row = new NativeTableRow();
        row.addClassName("admin-run");
        row.getElement().setAttribute("data-token", r.token());
        String state = r.state().name().toLowerCase(Locale.ROOT) + (r.reason().isEmpty() ? "" : ": " + r.reason());
        for (String text : List.of(shortId(r.token()), orDash(r.clientAddress()), shortId(r.sessionId()), r.summary(),
                state, Long.toString(r.generatorSteps()), String.format(Locale.ROOT, "%.0f", r.stepsPerSecond()),
                duration(now - r.startedAtMillis()), duration(now - r.lastActivityMillis()),
                r.queuePosition() > 0 ? Integer.toString(r.queuePosition()) : "–")) {
            pad(row.addDataCell()).setText(text);
        }
        Button b = new Button("Stop", e -> stop.accept(r));
        b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        b.setEnabled(r.state() != RunState.STOPPED);
        b.getElement().setAttribute("aria-label", "Stop run " + shortId(r.token()));
        pad(row.addDataCell()).add(b);
        return row;
    }

    private static <C extends HasStyle> C pad(C cell) {
        cell.getStyle().set("padding", "0.25em 0.75em");
        return cell;
    }

    static String shortId(String id) {
        return id == null || id.isEmpty() ? "–" : id.length() <= 8 ? id : id.substring(0, 8);
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "–" : s;
    }

    /** "42s", "3m 05s", "2h 07m" (negative or unknown: "–"). */
    static String duration(long millis) {
        if (millis < 0) {
            return "–";
        }
        long s = millis / 1000;
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
    }
}
