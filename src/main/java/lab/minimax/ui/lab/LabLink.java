package lab.minimax.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.preset.Preset;
import lab.minimax.experiment.preset.Presets;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import lab.minimax.ui.form.Fields;
import lab.minimax.experiment.Limits;
import lab.minimax.link.LinkReader;
import lab.minimax.link.LinkState;
import lab.minimax.link.LinkWriter;
import lab.minimax.ui.run.PageAddress;

/**
 * The lab page's link and what comes with it: the preset menu, the message about a link's invalid
 * parameters, the link's {@link LinkState} (config and UI flags {@code _hide}, {@code _present},
 * …) and the browser's address, rewritten on every change of the config. A point set too long for
 * a link is left out of it, with a visible message pointing to Export/Import.
 */
final class LabLink {
    final Select<Preset> preset = Fields.select("Preset",
            "Open a ready-made experiment (target, networks, objective and optimizer).", Presets.ALL, Preset::title);
    final Button present = Fields.button("Presentation", VaadinIcon.DESKTOP,
            "Large charts and fonts for a projector (the link keeps it as _present=1).");
    final Div message = new Div();
    final Div pointsMessage = new Div();
    /** What opening the link's {@code _run} gave ("Resumed at step 4,210 from 18:02:11 UTC", or why not). */
    final Div runMessage = new Div();
    private final Component owner;
    private LinkState state = LinkState.of(Presets.ALL.get(0).config());
    private LinkWriter.Link last;

    /**
     * @param owner    the page (its UI gets the address)
     * @param onPreset gets the config of a preset the user picks
     */
    LabLink(Component owner, Consumer<ExperimentConfig> onPreset) {
        this.owner = owner;
        preset.setWidthFull();
        preset.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onPreset.accept(e.getValue().config());
            }
        });
        present.getElement().setAttribute("aria-pressed", "false");
        message.setId("link-message");
        message.getElement().setAttribute("role", "alert");
        message.addClassName("lab-link-message");
        message.setVisible(false);
        pointsMessage.setId("points-link-message");
        pointsMessage.getElement().setAttribute("role", "status");
        pointsMessage.addClassName("lab-note");
        pointsMessage.setVisible(false);
        runMessage.setId("run-message");
        runMessage.getElement().setAttribute("role", "status");
        runMessage.addClassName("lab-note");
        runMessage.setVisible(false);
    }

    /** The link's {@code _run} (null: none). */
    String run() {
        return state.flags().run();
    }

    /** The page's run is {@code id} (null: not durable); written with the next {@link #update}. */
    void setRun(String id) {
        state = state.withFlags(state.flags().withRun(id));
    }

    /** Shows what opening the run gave (empty: nothing). */
    void showRunMessage(String text) {
        runMessage.setText(text);
        runMessage.setVisible(!text.isEmpty());
    }

    /** The message about the link's run (empty when hidden). */
    String runMessageText() {
        return runMessage.isVisible() ? runMessage.getText() : "";
    }

    /** Reads the link leniently under the server's limits (each bad parameter named and replaced by its default). */
    LinkState read(Map<String, List<String>> query, Limits limits) {
        LinkReader.Read read = LinkReader.lab(query, limits);
        state = read.state();
        preset.setValue(state.flags().preset());
        showErrors(read.errors());
        return state;
    }

    /** The lower-case names of the link's {@code _hide} flag. */
    Set<String> hidden() {
        return state.flags().hide();
    }

    /** True when the link asks for presentation mode ({@code _present=1}). */
    boolean presenting() {
        return state.flags().present();
    }

    /**
     * Shows presentation mode on the toggle and sets or removes the {@code _present=1} flag;
     * with a {@code config}, writes the link at once.
     */
    void setPresenting(boolean on, ExperimentConfig config) {
        present.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        state = state.withFlags(state.flags().withPresent(on));
        if (config != null) {
            update(config);
        }
    }

    void showErrors(List<ConfigError> errors) {
        if (errors.isEmpty()) {
            message.setVisible(false);
            return;
        }
        // shown once, inline above the settings (a toast as well covered the transport bar)
        message.setText(LinkReader.describe(errors));
        message.setVisible(true);
    }

    /** A config that did not come from the link: no link message, no preset chosen. */
    void edited() {
        message.setVisible(false);
        preset.clear();
        state = state.withFlags(state.flags().withoutPreset());
    }

    /** The link written last (null before the first). */
    LinkWriter.Link lastLink() {
        return last;
    }

    /** The message about the link's points being left out (empty when hidden). */
    String pointsMessageText() {
        return pointsMessage.isVisible() ? pointsMessage.getText() : "";
    }

    /** The message about the link's invalid parameters (empty when the link was valid). */
    String messageText() {
        return message.isVisible() ? message.getText() : "";
    }

    /** Writes the config into the browser's address (no navigation, no history entry); the written link. */
    LinkWriter.Link update(ExperimentConfig config) {
        state = state.withConfig(config);
        LinkWriter.Link link = LinkWriter.write(state);
        last = link;
        if (link.pointsLeftOut()) {
            pointsMessage.setText("This link does not hold your " + config.target().points().size()
                    + " points: with them it would be " + (link.fullLength() + 1023) / 1024
                    + " KB, and links stay under " + LinkWriter.MAX_LINK_BYTES / 1024
                    + " KB. Keep them with Export config (JSON) and open them again with Import config.");
        }
        pointsMessage.setVisible(link.pointsLeftOut());
        PageAddress.set(owner, link.query());
        return link;
    }
}
