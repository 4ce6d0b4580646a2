package lab.minimax.ui.assignment;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import lab.minimax.assignment.Board;

/**
 * A board as a grid: pseudonym, passed, a column per metric sorted in its own order (a click on its
 * header sorts it best first), the step and when it was submitted. Pseudonyms are text, never HTML.
 */
final class BoardGrid extends Grid<Board.Row> {
    BoardGrid(Board board) {
        setId("board-grid");
        addColumn(Board.Row::pseudonym).setHeader("Student").setKey("pseudonym").setSortable(true);
        addColumn(r -> r.passed() ? "passed" : "not passed").setHeader("Result").setKey("passed").setSortable(true);
        for (Board.Column c : board.metrics()) {
            addColumn(r -> Texts.number(r.values().get(c.metric())))
                    .setHeader(c.metric() + (c.higherFirst() ? " ↓" : " ↑")).setKey(c.metric())
                    .setComparator(Board.byMetric(c)).setSortable(true);
        }
        addColumn(r -> String.format(java.util.Locale.ROOT, "%,d", r.step())).setHeader("Step").setKey("step")
                .setComparator(Board.Row::step);
        addColumn(r -> Texts.when(r.submittedAt())).setHeader("Submitted").setKey("submitted")
                .setComparator(Board.Row::submittedAt);
        setItems(board.rows());
        setAllRowsVisible(true);
        if (!board.metrics().isEmpty()) {
            getColumnByKey("passed").setComparator(r -> !r.passed());
        }
    }

    /** The rows in the grid's order now (the default: the board's). */
    List<Board.Row> rowsShown() {
        return getGenericDataView().getItems().toList();
    }

    /** Sorts by a metric's column in its own order (tests and the header). */
    void sortBy(String key) {
        sort(List.of(new GridSortOrder<>(getColumnByKey(key), SortDirection.ASCENDING)));
    }
}
