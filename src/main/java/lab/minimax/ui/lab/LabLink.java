package lab.minimax.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.preset.Preset;
import lab.minimax.experiment.preset.Presets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import lab.minimax.ui.draw.DrawBar;
import lab.minimax.ui.form.Fields;
import java.util.ArrayList;
import lab.minimax.experiment.Limits;

/**
 * The lab page's link and what comes with it: the preset menu, the message about a link's invalid
 * parameters, the UI flags of the link ({@code _hide}, {@code _present}, …) and the browser's
 * address, rewritten on every change of the config ({@link UrlState}). A point set too long for a
 * link is left out of it, with a visible message pointing to Export/Import.
 */
final class LabLink {
    /** UI key of presentation mode. */
    static final String PRESENT = "_present";

    final Select<Preset> preset = Fields.select("Preset",
            "Open a ready-made experiment (target, networks, objective and optimizer).", Presets.ALL, Preset::title);
    final Button present = DrawBar.button("Presentation", VaadinIcon.DESKTOP,
            "Large charts and fonts for a projector (the link keeps it as _present=1).");
    final Div message = new Div();
    final Div pointsMessage = new Div();
    /** The link's UI keys (ui.*, _*), kept in the URL when the config changes. */
    private Map<String, List<String>> uiKeys = new LinkedHashMap<>();
    private final Component owner;
    private UrlState.Link last;

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
    }

    /** Reads the link leniently (each bad parameter named and replaced by its default) and shows its problems. */
    UrlState.Parsed read(Map<String, List<String>> query, Limits limits) {
        UrlState.Parsed parsed = UrlState.read(query, limits);
        uiKeys = new LinkedHashMap<>(parsed.uiKeys());
        preset.setValue(parsed.preset());
        List<ConfigError> errors = parsed.errors();
        if (uiKeys.containsKey(UrlState.POINTS_LEFT_OUT)) {
            errors = new ArrayList<>(errors);
            errors.add(new ConfigError("target.points", "this experiment's drawn points were too many for a link;"
                    + " open its exported JSON with Import config"));
        }
        showErrors(errors);
        return parsed;
    }

    /** The lower-case names of the link's {@code _hide} flag. */
    Set<String> hidden() {
        return UrlState.hidden(uiKeys);
    }

    /** True when the link asks for presentation mode ({@code _present=1}). */
    boolean presenting() {
        List<String> v = uiKeys.getOrDefault(PRESENT, List.of());
        return !v.isEmpty() && !v.get(0).equals("0") && !v.get(0).equalsIgnoreCase("false");
    }

    /**
     * Shows presentation mode on the toggle and sets or removes the {@code _present=1} flag;
     * with a {@code config}, writes the link at once.
     */
    void setPresenting(boolean on, ExperimentConfig config) {
        present.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        if (on) {
            uiKeys.put(PRESENT, List.of("1"));
        } else {
            uiKeys.remove(PRESENT);
        }
        if (config != null) {
            update(config);
        }
    }

    void showErrors(List<ConfigError> errors) {
        if (errors.isEmpty()) {
            message.setVisible(false);
            return;
        }
        String text = UrlState.describe(errors);
        message.setText(text);
        message.setVisible(true);
        Notification n = new Notification(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    /** A config that did not come from the link: no link message, no preset chosen. */
    void edited() {
        message.setVisible(false);
        preset.clear();
    }

    /** The link written last (null before the first). */
    UrlState.Link lastLink() {
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
    UrlState.Link update(ExperimentConfig config) {
        uiKeys.remove(UrlState.POINTS_LEFT_OUT);
        UrlState.Link link = UrlState.link(config, uiKeys);
        last = link;
        if (link.pointsLeftOut()) {
            pointsMessage.setText("This link does not hold your " + config.target().points().size()
                    + " points: with them it would be " + (link.fullLength() + 1023) / 1024
                    + " KB, and links stay under " + UrlState.MAX_LINK_BYTES / 1024
                    + " KB. Keep them with Export config (JSON) and open them again with Import config.");
        }
        pointsMessage.setVisible(link.pointsLeftOut());
        owner.getUI().ifPresent(ui -> ui.getPage().executeJs("history.replaceState(history.state, '', $0)",
                "?" + link.query()));
        return link;
    }
}
