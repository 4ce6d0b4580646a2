package lab.minimax.ui.form;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.OptimizerParams;

import java.util.List;

/** One network's optimizer: algorithm, learning rate, β1, β2 (RMSProp's α) and momentum. */
final class OptimizerFields extends FormLayout {
    final Select<OptimizerName> name;
    final NumberField lr;
    final NumberField beta1;
    final NumberField beta2;
    final NumberField momentum;

    /** @param who "G" or "D", used in the labels */
    OptimizerFields(String who, String role, Runnable onChange) {
        setResponsiveSteps(new ResponsiveStep("0", 2));
        name = Fields.select(who + " optimizer", "The update rule for " + role + "'s weights.",
                List.of(OptimizerName.values()), OptimizerName::id);
        lr = Fields.number(who + " learning rate", "Step size of " + role + "'s updates; may change while training.",
                1e-6, 1);
        beta1 = Fields.number(who + " β1", "Adam: decay of the running mean of " + role + "'s gradients.",
                0, 0.9999);
        beta2 = Fields.number(who + " β2", "Adam: decay of the running mean of squared gradients "
                + "(RMSProp: its smoothing constant α).", 0, 0.9999);
        momentum = Fields.number(who + " momentum", "SGD and RMSProp: momentum of " + role + "'s updates.",
                0, 0.9999);
        add(name, lr, beta1, beta2, momentum);
        name.addValueChangeListener(e -> {
            updateVisibility();
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        for (NumberField f : List.of(lr, beta1, beta2, momentum)) {
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
        }
    }

    void show(OptimizerParams p) {
        name.setValue(p.name());
        lr.setValue(p.lr());
        beta1.setValue(p.beta1());
        beta2.setValue(p.beta2());
        momentum.setValue(p.momentum());
        updateVisibility();
    }

    OptimizerParams read() {
        return new OptimizerParams(name.getValue(), Fields.read(lr), Fields.read(beta1), Fields.read(beta2),
                Fields.read(momentum));
    }

    private void updateVisibility() {
        OptimizerName n = name.getValue();
        beta1.setVisible(n == OptimizerName.ADAM);
        beta2.setVisible(n == OptimizerName.ADAM || n == OptimizerName.RMSPROP);
        momentum.setVisible(n == OptimizerName.SGD || n == OptimizerName.RMSPROP);
    }
}
