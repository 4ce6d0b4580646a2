package lab.minimax.ui.classroom;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import lab.minimax.classroom.KeyMetrics;
import lab.minimax.classroom.RunQuery;
import lab.minimax.gan.Metric;

/** The dashboard's filter (text, state) and sort (name, step, a key metric). */
final class RunFilterBar extends Div {
    static final String ALL_STATES = "all states";
    final TextField text = new TextField("Filter");
    final Select<String> state = new Select<>();
    final Select<String> sort = new Select<>();

    RunFilterBar(Runnable changed) {
        addClassName("class-filter");
        text.setId("class-filter-text");
        text.setPlaceholder("name or summary");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        state.setId("class-filter-state");
        state.setLabel("State");
        state.setItems(ALL_STATES, "RUNNING", "PAUSED", "QUEUED", "DIVERGED", "STOPPED");
        state.setValue(ALL_STATES);
        sort.setId("class-sort");
        sort.setLabel("Sort by");
        List<String> keys = new ArrayList<>(List.of(RunQuery.BY_NAME, RunQuery.BY_STEP));
        for (Metric m : KeyMetrics.SHOWN) {
            keys.add(m.csvName());
        }
        sort.setItems(keys);
        sort.setValue(RunQuery.BY_NAME);
        text.addValueChangeListener(e -> changed.run());
        state.addValueChangeListener(e -> changed.run());
        sort.addValueChangeListener(e -> changed.run());
        add(text, state, sort);
    }

    RunQuery query() {
        String s = state.getValue();
        return new RunQuery(text.getValue(), s == null || ALL_STATES.equals(s) ? "" : s, sort.getValue());
    }
}
