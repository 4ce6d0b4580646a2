package lab.minimax.ui.form;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import lab.minimax.experiment.ParamDef;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;
import lab.minimax.experiment.TargetSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/** The target distribution and its parameters (one field per catalogue parameter). */
final class TargetFields extends FormLayout {
    final Select<String> name = Fields.select("Target",
            "The distribution the generator must learn to imitate.", TargetCatalog.NAMES,
            n -> n + " (" + TargetCatalog.get(n).dim() + "D)");
    private final Map<String, NumberField> params = new LinkedHashMap<>();
    private final Runnable onChange;
    private TargetSpec current;

    TargetFields(Runnable onChange) {
        this.onChange = onChange;
        setResponsiveSteps(new ResponsiveStep("0", 2));
        name.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(TargetSpec.of(e.getValue()));
                onChange.run();
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
                current != null && current.name().equals(def.name()) ? current.points() : null);
    }

    /** The field of parameter {@code key} of the shown target (tests and URL flags). */
    NumberField param(String key) {
        return params.get(key);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
