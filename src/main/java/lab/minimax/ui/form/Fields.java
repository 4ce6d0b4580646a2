package lab.minimax.ui.form;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;

import java.util.List;
import java.util.function.Function;

/**
 * Factories for the pages' labelled controls: the form's fields, each with a one-sentence tooltip
 * and its allowed range, and the small icon buttons of the toolbars.
 */
public final class Fields {
    private Fields() {
    }

    /** A small button with an icon, its name as its accessible label and a one-sentence tooltip. */
    public static Button button(String name, VaadinIcon icon, String tooltip) {
        Button b = new Button(name, icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.getElement().setAttribute("aria-label", name);
        b.setTooltipText(tooltip);
        return b;
    }

    /** A real-valued field (any value in [min, max]; no step, so that e.g. 0.02 is valid with min 0.005). */
    public static NumberField number(String label, String tooltip, double min, double max) {
        NumberField f = new NumberField(label);
        f.setTooltipText(tooltip);
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(false);
        f.setErrorMessage(label + ": a number in [" + min + ", " + max + "]");
        f.setWidthFull();
        return f;
    }

    static IntegerField integer(String label, String tooltip, int min, int max) {
        IntegerField f = new IntegerField(label);
        f.setTooltipText(tooltip);
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        f.setErrorMessage(label + ": an integer in [" + min + ", " + max + "]");
        f.setWidthFull();
        return f;
    }

    public static <T> Select<T> select(String label, String tooltip, List<T> items, Function<T, String> caption) {
        Select<T> s = new Select<>();
        s.setLabel(label);
        s.setTooltipText(tooltip);
        s.setItems(items);
        s.setItemLabelGenerator(caption::apply);
        s.setEmptySelectionAllowed(false);
        s.setWidthFull();
        return s;
    }

    /** The field's value when it is present, valid and inside [min, max]; else a message naming it. */
    public static double read(NumberField f) {
        Double v = f.getValue();
        if (v == null || f.isInvalid() || v < f.getMin() || v > f.getMax()) {
            f.setInvalid(true);
            throw new FormException(f.getErrorMessage());
        }
        return v;
    }

    public static int read(IntegerField f) {
        Integer v = f.getValue();
        if (v == null || f.isInvalid() || v < f.getMin() || v > f.getMax()) {
            f.setInvalid(true);
            throw new FormException(f.getErrorMessage());
        }
        return v;
    }

    /** A form field whose value is out of range; the message names the field and the range. */
    public static final class FormException extends RuntimeException {
        FormException(String message) {
            super(message, null, false, false);
        }
    }
}
