package lab.minimax.ui.run;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.function.IntConsumer;
import lab.minimax.ui.form.Fields;

/**
 * Play, Pause, Step D, Step G, Step, Reset, New seed and the speed (steps per frame). Each button's
 * accessible name is its visible text.
 */
public final class TransportBar extends Div {
    static final List<Integer> SPEEDS = List.of(1, 2, 5, 10, 20, 50, 100, 200);

    final Button play = Fields.button("Play", VaadinIcon.PLAY, "Train continuously.");
    final Button pause = Fields.button("Pause", VaadinIcon.PAUSE, "Stop training; the last frame stays on screen.");
    public final Button stepD = Fields.button("Step D", VaadinIcon.STEP_FORWARD, "One discriminator update only.");
    public final Button stepG = Fields.button("Step G", VaadinIcon.STEP_FORWARD, "One generator update only.");
    public final Button step = Fields.button("Step", VaadinIcon.FAST_FORWARD, "One full step: k discriminator updates, then one generator update.");
    public final Button reset = Fields.button("Reset", VaadinIcon.ROTATE_LEFT, "Back to step 0 with the same seed.");
    public final Button newSeed = Fields.button("New seed", VaadinIcon.RANDOM, "Start again from step 0 with a new random seed.");
    final Select<Integer> speed = Fields.select("Speed", "Training steps per drawn frame.", SPEEDS,
            n -> n + " steps/frame");

    public TransportBar(Runnable onPlay, Runnable onPause, IntConsumer onSpeed) {
        addClassName("lab-transport");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", "Transport");
        play.addClickListener(e -> onPlay.run());
        pause.addClickListener(e -> onPause.run());
        speed.setWidth("10em");
        speed.setLabel(null);
        speed.setAriaLabel("Speed");
        speed.setValue(5);
        speed.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onSpeed.accept(e.getValue());
            }
        });
        add(play, pause, stepD, stepG, step, reset, newSeed, speed);
        setRunning(false);
    }

    /** Shows {@code steps} per frame (a resumed run's speed) when it is one of the menu's; the run is told as on a pick. */
    public void showSpeed(int steps) {
        if (SPEEDS.contains(steps)) {
            speed.setValue(steps);
        }
    }

    /**
     * Marks the button of the current state (both stay enabled, so keyboard focus is never lost
     * when the state flips).
     */
    public void setRunning(boolean running) {
        play.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pause.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        (running ? pause : play).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
}
