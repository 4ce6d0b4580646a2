package lab.minimax.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.minimax.grading.Criterion;

/**
 * An assignment's board (Gradescope's format): one row per student, from their newest verified
 * submission, under their pseudonym; a column per criterion's metric, each with its own sort order
 * (higher first for a "≥" criterion, lower first for "≤"). The default order: passed first, then
 * the first criterion's order, then the earlier submission.
 *
 * @param metrics the metric columns, in the criteria's order
 * @param rows    the students' rows, in the default order
 */
public record Board(Assignment assignment, List<Column> metrics, List<Row> rows) {
    /** A metric column: {@code higherFirst} is its sort order. */
    public record Column(String metric, boolean higherFirst) {
    }

    /** A student's row. */
    public record Row(String pseudonym, boolean passed, Map<String, Double> values, long step, Instant submittedAt,
                      String submissionId) {
    }

    /** The board of {@code a} from its submissions and its class's pseudonyms. */
    static Board of(Assignment a, List<Submission> submissions, Map<String, String> pseudonyms) {
        List<Column> columns = new ArrayList<>();
        for (Criterion c : a.criteriaList()) {
            if (columns.stream().noneMatch(x -> x.metric().equals(c.metric()))) {
                columns.add(new Column(c.metric(), c.op().startsWith(">")));
            }
        }
        Map<String, Submission> newest = new LinkedHashMap<>();
        for (Submission s : submissions) {
            if (s.status().verified()) {
                Submission before = newest.get(s.browserId());
                if (before == null || !s.submittedAt().isBefore(before.submittedAt())) {
                    newest.put(s.browserId(), s);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        newest.forEach((browser, s) -> rows.add(new Row(pseudonyms.getOrDefault(browser, "(left the class)"),
                s.status() == Submission.Status.PASSED, s.metrics(), s.step(), s.submittedAt(), s.id())));
        Comparator<Row> order = Comparator.comparing((Row r) -> !r.passed());
        if (!columns.isEmpty()) {
            order = order.thenComparing(byMetric(columns.get(0)));
        }
        rows.sort(order.thenComparing(Row::submittedAt).thenComparing(Row::pseudonym));
        return new Board(a, List.copyOf(columns), List.copyOf(rows));
    }

    /** The column's sort order; a missing value last. */
    public static Comparator<Row> byMetric(Column c) {
        return Comparator.comparingDouble((Row r) -> {
            Double v = r.values().get(c.metric());
            if (v == null || v.isNaN()) {
                return Double.POSITIVE_INFINITY;
            }
            return c.higherFirst() ? -v : v;
        });
    }
}
