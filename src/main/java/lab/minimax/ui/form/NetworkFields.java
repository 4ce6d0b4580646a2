package lab.minimax.ui.form;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.NetworkKind;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.OutputActivation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One network: on the 1D and 2D targets its hidden layers (comma-separated widths) and activation;
 * on an image target also its kind (MLP or DCGAN-style conv, with the conv net's two channel
 * counts in place of the widths) and, for G, its output activation and optional batch norm.
 */
final class NetworkFields extends FormLayout {
    static final int MAX_LAYERS = 4;

    private final String who;
    private final String role;
    private final boolean isGenerator;
    /** The widths and channels a kind switch fills in when its field is empty (the image presets'). */
    private final String mlpWidths;
    private final String convChannels;
    private int maxWidth;

    final Select<NetworkKind> kind;
    final TextField hidden;
    final TextField channels;
    final Select<ActivationName> activation;
    /** G only (null for D). */
    final Select<OutputActivation> output;
    /** G only (null for D). */
    final Checkbox batchNorm;

    /**
     * @param who          "G" or "D", used in the labels
     * @param mlpWidths    the widths shown when the student switches an image net to MLP
     * @param convChannels the channels shown when the student switches it to conv
     */
    NetworkFields(String who, String role, List<Integer> mlpWidths, List<Integer> convChannels, Runnable onChange) {
        this.who = who;
        this.role = role;
        this.isGenerator = who.equals("G");
        this.mlpWidths = join(mlpWidths);
        this.convChannels = join(convChannels);
        setResponsiveSteps(new ResponsiveStep("0", 2));
        kind = Fields.select(who + " network", "A multilayer perceptron, or a DCGAN-style convolutional net "
                + (isGenerator ? "(z → dense → 7×7×C₀ → transposed convolutions 4×4/2 → 14×14×C₁ → 28×28)."
                : "(strided 4×4 convolutions 28×28 → 14×14×C₀ → 7×7×C₁, then a dense head)."),
                List.of(NetworkKind.values()), k -> k == NetworkKind.MLP ? "MLP" : "conv (DCGAN)");
        hidden = new TextField(who + " hidden widths");
        hidden.setWidthFull();
        channels = new TextField(who + " channels");
        channels.setTooltipText("The conv net's channel counts C₀, C₁, e.g. " + this.convChannels + ".");
        channels.setErrorMessage(who + " channels: two integers ≥ 1, e.g. " + this.convChannels);
        channels.setWidthFull();
        activation = Fields.select(who + " activation", "Nonlinearity between " + role + "'s hidden layers.",
                List.of(ActivationName.values()), ActivationName::id);
        output = isGenerator ? Fields.select("G output", "The generator's last activation: tanh gives pixels in "
                + "[−1, 1], sigmoid in [0, 1].", List.of(OutputActivation.TANH, OutputActivation.SIGMOID),
                OutputActivation::id) : null;
        batchNorm = isGenerator ? new Checkbox("G batch norm") : null;
        if (batchNorm != null) {
            batchNorm.setTooltipText("Batch normalisation after the dense layer and the first transposed convolution "
                    + "(DCGAN's generator; the discriminator never takes it).");
        }
        setMaxWidth(256);
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == NetworkKind.CONV && channels.getValue().isBlank()) {
                    channels.setValue(this.convChannels);
                } else if (e.getValue() == NetworkKind.MLP && hidden.getValue().isBlank()) {
                    hidden.setValue(this.mlpWidths);
                }
                arrange(true);
                onChange.run();
            }
        });
        hidden.addValueChangeListener(e -> changed(e.isFromClient(), onChange));
        channels.addValueChangeListener(e -> changed(e.isFromClient(), onChange));
        activation.addValueChangeListener(e -> changed(e.isFromClient(), onChange));
        if (isGenerator) {
            output.addValueChangeListener(e -> changed(e.isFromClient(), onChange));
            batchNorm.addValueChangeListener(e -> changed(e.isFromClient(), onChange));
        }
        add(kind, hidden, channels, activation);
        if (isGenerator) {
            add(output, batchNorm);
        }
    }

    private static void changed(boolean fromClient, Runnable onChange) {
        if (fromClient) {
            onChange.run();
        }
    }

    /** The widest hidden layer the widths field accepts (the target's limit). */
    private void setMaxWidth(int max) {
        maxWidth = max;
        hidden.setTooltipText("Widths of " + role + "'s hidden layers, input side first, e.g. 64, 64 "
                + "(0–" + MAX_LAYERS + " layers of 1–" + max + " units; empty = no hidden layer).");
        hidden.setErrorMessage(who + " hidden widths: 0–" + MAX_LAYERS + " integers in [1, " + max + "]");
    }

    /** Shows {@code spec}, with the image controls when {@code image}; widths up to {@code maxWidth}. */
    void show(NetworkSpec spec, boolean image, int maxWidth) {
        setMaxWidth(maxWidth);
        kind.setValue(spec.kind());
        hidden.setValue(join(spec.hidden()));
        hidden.setInvalid(false);
        channels.setValue(join(spec.channels()));
        channels.setInvalid(false);
        activation.setValue(spec.activation());
        if (isGenerator) {
            output.setValue(spec.output() == OutputActivation.LINEAR ? OutputActivation.TANH : spec.output());
            batchNorm.setValue(spec.batchNorm());
        }
        kind.setVisible(image);
        if (isGenerator) {
            output.setVisible(image);
        }
        arrange(image);
    }

    /** Widths for an MLP, channels (and G's batch norm) for a conv net. */
    private void arrange(boolean image) {
        boolean conv = image && kind.getValue() == NetworkKind.CONV;
        hidden.setVisible(!conv);
        channels.setVisible(conv);
        if (isGenerator) {
            batchNorm.setVisible(conv);
        }
    }

    NetworkSpec read() {
        boolean image = kind.isVisible();
        NetworkKind k = image ? kind.getValue() : NetworkKind.MLP;
        OutputActivation out = isGenerator && image ? output.getValue() : OutputActivation.LINEAR;
        if (k == NetworkKind.CONV) {
            List<Integer> ch = integers(channels, Integer.MAX_VALUE);
            if (ch.size() != 2) {
                throw fail(channels);
            }
            return new NetworkSpec(k, List.of(), ch, activation.getValue(), out, isGenerator && batchNorm.getValue());
        }
        List<Integer> widths = integers(hidden, maxWidth);
        if (widths.size() > MAX_LAYERS) {
            throw fail(hidden);
        }
        return new NetworkSpec(k, widths, List.of(), activation.getValue(), out, false);
    }

    /** The field's comma- or space-separated integers in [1, max]; a message naming the field otherwise. */
    private static List<Integer> integers(TextField f, int max) {
        List<Integer> out = new ArrayList<>();
        String text = f.getValue().trim();
        if (!text.isEmpty()) {
            for (String part : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList()) {
                int w;
                try {
                    w = Integer.parseInt(part);
                } catch (NumberFormatException e) {
                    w = -1;
                }
                if (w < 1 || w > max) {
                    throw fail(f);
                }
                out.add(w);
            }
        }
        f.setInvalid(false);
        return out;
    }

    private static Fields.FormException fail(TextField f) {
        f.setInvalid(true);
        return new Fields.FormException(f.getErrorMessage());
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
