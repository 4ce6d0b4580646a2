package lab.minimax.ui.form;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.NetworkSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One network's hidden layers (comma-separated widths) and activation. */
final class NetworkFields extends FormLayout {
    static final int MAX_LAYERS = 4;
    static final int MAX_WIDTH = 256;

    final TextField hidden;
    final Select<ActivationName> activation;

    /** @param who "G" or "D", used in the labels */
    NetworkFields(String who, String role, Runnable onChange) {
        setResponsiveSteps(new ResponsiveStep("0", 2));
        hidden = new TextField(who + " hidden widths");
        hidden.setTooltipText("Widths of " + role + "'s hidden layers, input side first, e.g. 64, 64 "
                + "(0–" + MAX_LAYERS + " layers of 1–" + MAX_WIDTH + " units; empty = no hidden layer).");
        hidden.setWidthFull();
        hidden.setErrorMessage(who + " hidden widths: 0–" + MAX_LAYERS + " integers in [1, " + MAX_WIDTH + "]");
        activation = Fields.select(who + " activation", "Nonlinearity between " + role + "'s hidden layers.",
                List.of(ActivationName.values()), ActivationName::id);
        hidden.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        activation.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        add(hidden, activation);
    }

    void show(NetworkSpec spec) {
        hidden.setValue(spec.hidden().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        hidden.setInvalid(false);
        activation.setValue(spec.activation());
    }

    NetworkSpec read() {
        List<Integer> widths = new ArrayList<>();
        String text = hidden.getValue().trim();
        if (!text.isEmpty()) {
            for (String part : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList()) {
                int w;
                try {
                    w = Integer.parseInt(part);
                } catch (NumberFormatException e) {
                    w = -1;
                }
                if (w < 1 || w > MAX_WIDTH) {
                    return fail();
                }
                widths.add(w);
            }
        }
        if (widths.size() > MAX_LAYERS) {
            return fail();
        }
        hidden.setInvalid(false);
        return new NetworkSpec(widths, activation.getValue());
    }

    private NetworkSpec fail() {
        hidden.setInvalid(true);
        throw new Fields.FormException(hidden.getErrorMessage());
    }
}
