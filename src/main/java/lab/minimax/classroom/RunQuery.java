package lab.minimax.classroom;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's sort and filter over a class's status rows: text (in the pseudonym or the summary,
 * case-insensitive), a state ("" for all), and a sort key: {@link #BY_NAME}, {@link #BY_STEP}, or a
 * metric's name from {@link KeyMetrics#SHOWN} (highest first; rows without it last).
 *
 * @param text  filter text ("" for all)
 * @param state state to keep ("" for all)
 * @param sort  the sort key
 */
public record RunQuery(String text, String state, String sort) {
    public static final String BY_NAME = "name";
    public static final String BY_STEP = "step";
    public static final RunQuery ALL = new RunQuery("", "", BY_NAME);

    public RunQuery {
        text = text == null ? "" : text.strip();
        state = state == null ? "" : state;
        sort = sort == null ? BY_NAME : sort;
    }

    /** The rows kept, in order. */
    public List<RunStatus> apply(List<RunStatus> rows) {
        String needle = text.toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> state.isEmpty() || state.equals(r.state()))
                .filter(r -> needle.isEmpty() || r.displayName().toLowerCase(Locale.ROOT).contains(needle)
                        || r.summary().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(comparator())
                .toList();
    }

    private Comparator<RunStatus> comparator() {
        Comparator<RunStatus> byName = Comparator.comparing((RunStatus r) -> r.displayName().toLowerCase(Locale.ROOT))
                .thenComparing(RunStatus::runId);
        if (BY_NAME.equals(sort)) {
            return byName;
        }
        if (BY_STEP.equals(sort)) {
            return Comparator.comparingLong(RunStatus::step).reversed().thenComparing(byName);
        }
        Comparator<RunStatus> byMetric = Comparator.comparing(
                (RunStatus r) -> KeyMetrics.parse(r.metricsJson()).get(sort),
                Comparator.nullsLast(Comparator.<Double>reverseOrder()));
        return byMetric.thenComparing(byName);
    }
}
