package lab.minimax.ui.assignment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.function.Consumer;
import lab.minimax.assignment.Assignments;
import lab.minimax.assignment.NewAssignment;
import lab.minimax.experiment.preset.Preset;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.grading.Criterion;

/** The instructor's form for a new assignment (times in UTC); the service checks every field. */
final class NewAssignmentForm extends Div {
    final TextField title = new TextField("Title");
    final Select<Preset> preset = new Select<>();
    final CheckboxGroup<String> locked = new CheckboxGroup<>("Locked settings");
    final IntegerField budget = new IntegerField("Step budget");
    final TextField criteria = new TextField("Pass criteria");
    final DateTimePicker opens = new DateTimePicker("Opens (UTC)");
    final DateTimePicker due = new DateTimePicker("Due (UTC)");
    final Checkbox boardHidden = new Checkbox("Hide the board from students until the due date");
    final Button create = new Button("Create assignment");

    NewAssignmentForm(Consumer<NewAssignment> onCreate) {
        addClassName("new-assignment");
        setId("new-assignment");
        title.setId("assignment-title");
        title.setMaxLength(100);
        preset.setLabel("Preset");
        preset.setId("assignment-preset");
        preset.setItems(Presets.ALL);
        preset.setItemLabelGenerator(p -> p.id() + " · " + p.title());
        preset.setValue(Presets.ALL.get(0));
        locked.setId("assignment-locked");
        locked.setItems(Assignments.LOCKABLE);
        locked.setValue(new LinkedHashSet<>(java.util.List.of("target", "objective")));
        budget.setId("assignment-budget");
        budget.setMin(1);
        budget.setValue(3000);
        criteria.setId("assignment-criteria");
        criteria.setValue("modesCovered>=20");
        criteria.setHelperText("metric>=value, … with metrics " + String.join(", ", Criterion.metricNames()));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        opens.setId("assignment-opens");
        opens.setValue(now);
        due.setId("assignment-due");
        due.setValue(now.plusDays(7));
        boardHidden.setId("assignment-board-hidden");
        create.setId("assignment-create");
        create.addClickListener(e -> onCreate.accept(value()));
        add(title, preset, locked, budget, criteria, opens, due, boardHidden, create);
    }

    NewAssignment value() {
        return new NewAssignment(title.getValue(), preset.getValue() == null ? "" : preset.getValue().id(),
                locked.getValue(), budget.getValue() == null ? 0 : budget.getValue(), criteria.getValue(),
                utc(opens.getValue()), utc(due.getValue()), boardHidden.getValue());
    }

    private static Instant utc(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** A placeholder for the form's message line. */
    static Span message() {
        Span s = new Span();
        s.setId("assignment-message");
        s.getElement().setAttribute("role", "status");
        return s;
    }
}
