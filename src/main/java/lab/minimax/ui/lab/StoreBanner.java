package lab.minimax.ui.lab;

import com.vaadin.flow.component.html.Div;

/**
 * The banner over a durable run's page while its checkpoints cannot be written (the run store is
 * down): shown and hidden as each frame's reading says, announced once by screen readers.
 */
final class StoreBanner extends Div {
    StoreBanner() {
        setId("store-banner");
        addClassName("lab-note");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Shows {@code trouble}, or hides the banner when it is empty; a frame that changes nothing sends nothing. */
    void show(String trouble) {
        boolean on = !trouble.isEmpty();
        if (on != isVisible() || on && !trouble.equals(getText())) {
            setText(trouble);
            setVisible(on);
        }
    }

    /** The banner's text (empty when hidden). */
    String shown() {
        return isVisible() ? getText() : "";
    }
}
