package lab.minimax.ui.form;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import lab.minimax.experiment.DigitSubset;
import lab.minimax.experiment.ParamDef;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;
import lab.minimax.experiment.TargetSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The target distribution and its parameters (one field per catalogue parameter); for the image
 * target the digits to train on.
 */
final class TargetFields extends FormLayout {
    final Select<String> name = Fields.select("Target",
            "The distribution the generator must learn to imitate.", TargetCatalog.NAMES,
            n -> n + " (" + TargetCatalog.get(n).dim() + "D)");
    private final Map<String, NumberField> params = new LinkedHashMap<>();
    /** The image target's digit subset ("0, 1, 7"; empty for all ten). */
    final TextField digits = new TextField("Digits");
    private final Runnable onChange;
    private TargetSpec current;

    /**
     * @param onChange   a parameter was edited
     * @param onRetarget another target was picked (the form then fits the networks to it)
     */
    TargetFields(Runnable onChange, Runnable onRetarget) {
        this.onChange = onChange;
        setResponsiveSteps(new ResponsiveStep("0", 2));
        digits.setTooltipText("The digits the generator learns, e.g. 0, 1, 7 (each 0–9; empty for all ten).");
        digits.setWidthFull();
        digits.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        name.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(TargetSpec.of(e.getValue()));
                onRetarget.run();
            }
        });
    }

    /** Shows {@code spec}: its name and each catalogue parameter (defaults where unset). */
    void show(TargetSpec spec) {
        current = spec;
        TargetDef def = TargetCatalog.get(spec.name());
        name.setValue(spec.name());
        name.setHelperText(def.description());
        removeAll();
        params.clear();
        add(name, 2);
        for (ParamDef p : def.params()) {
            NumberField f = Fields.number(p.name(), capitalised(p.help()) + " (" + p.allowed() + ").",
                    p.min(), p.max());
            if (p.integer()) {
                f.setStep(1);
            }
            f.setErrorMessage(p.name() + ": " + p.allowed());
            f.setValue(spec.param(p.name(), p.defaultValue()));
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
            params.put(p.name(), f);
            add(f);
        }
        if (spec.isImage()) {
            digits.setValue(spec.digits() == null ? "" : spec.digits().replace(",", ", "));
            digits.setInvalid(false);
            add(digits, 2);
        }
    }

    /** The spec the fields describe (the user's point set kept for the points target). */
    TargetSpec read() {
        TargetDef def = TargetCatalog.get(name.getValue());
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParamDef p : def.params()) {
            double v = Fields.read(params.get(p.name()));
            if (!p.accepts(v)) {
                params.get(p.name()).setInvalid(true);
                throw new Fields.FormException(p.name() + ": " + p.allowed());
            }
            values.put(p.name(), v);
        }
        return new TargetSpec(def.name(), values,
                current != null && current.name().equals(def.name()) ? current.points() : null,
                TargetCatalog.isImage(def.name()) ? readDigits() : null);
    }

    /** The digit subset as the config writes it, null for all ten; a message naming the field for a bad list. */
    private String readDigits() {
        String text = digits.getValue().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            DigitSubset d = DigitSubset.parse(text);
            digits.setInvalid(false);
            if (current != null && current.isImage() && current.digits() != null
                    && DigitSubset.parse(current.digits()).equals(d)) {
                return current.digits(); // the same set as the link wrote it: no new run
            }
            return d.isAll() ? null : d.toString();
        } catch (IllegalArgumentException e) {
            digits.setInvalid(true);
            throw new Fields.FormException("Digits" + e.getMessage().substring(DigitSubset.FIELD.length()));
        }
    }

    /** The field of parameter {@code key} of the shown target (tests and URL flags). */
    NumberField param(String key) {
        return params.get(key);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
