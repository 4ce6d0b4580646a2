package lab.minimax.ui.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import lab.minimax.classroom.RunStatus;

/** The dashboard's grid of run cards, kept per run id so that a refresh sends only what changed. */
final class RunCards extends Div {
    private final Map<String, RunCard> cards = new HashMap<>();
    private final Consumer<RunStatus> stop;
    private final Function<RunStatus, String> presentPath;
    private final Div empty = new Div("No runs yet: the students' runs show here once they join and open the lab.");

    RunCards(Consumer<RunStatus> stop, Function<RunStatus, String> presentPath) {
        this.stop = stop;
        this.presentPath = presentPath;
        setId("class-runs");
        addClassName("class-runs");
        empty.addClassName("class-runs-empty");
    }

    /** Shows {@code rows} in this order. */
    void show(List<RunStatus> rows, Instant now) {
        Map<String, RunCard> next = new HashMap<>();
        List<Component> order = new ArrayList<>();
        for (RunStatus r : rows) {
            RunCard card = cards.get(r.runId());
            if (card == null) {
                RunCard created = new RunCard(r, presentPath.apply(r));
                created.stop.addClickListener(e -> stop.accept(created.row()));
                card = created;
            }
            card.show(r, now);
            next.put(r.runId(), card);
            order.add(card);
        }
        cards.clear();
        cards.putAll(next);
        if (order.isEmpty()) {
            order.add(empty);
        }
        if (!getChildren().toList().equals(order)) {
            removeAll();
            order.forEach(this::add);
        }
    }

    /** The cards shown, in order (tests). */
    List<RunCard> shown() {
        return getChildren().filter(RunCard.class::isInstance).map(RunCard.class::cast).toList();
    }
}
