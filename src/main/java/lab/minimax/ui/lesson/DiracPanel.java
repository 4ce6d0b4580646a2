package lab.minimax.ui.lesson;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import lab.minimax.gan.DiracGan;

import java.util.List;
import lab.minimax.live.UiScheduler;
import lab.minimax.ui.form.Fields;
import lab.minimax.ui.run.UiTicker;
import com.vaadin.flow.component.UIDetachedException;

/**
 * Lesson 6's Dirac-GAN: the (θ, ψ) plane with the vector field and the trajectory, the
 * simultaneous/alternating switch, the learning rate, Step, Play/Pause and Reset. The game is
 * tiny, so it is stepped here on the page's timer ({@link UiScheduler}), not on the run pool.
 */
final class DiracPanel extends Div {
    static final long PERIOD_MS = 50;
    static final int STEPS_PER_TICK = 2;

    private final DiracSession session = new DiracSession();
    private final DiracChart chart = new DiracChart();
    private final Span status = new Span();
    final Select<DiracGan.Update> update = Fields.select("Updates",
            "Simultaneous: both players step from the same point. Alternating: θ first, then ψ at the new θ.",
            List.of(DiracGan.Update.values()), u -> u == DiracGan.Update.SIMULTANEOUS ? "Simultaneous" : "Alternating");
    final NumberField lr = Fields.number("Learning rate h", "The same step size for both players, in (0, 2].", 0.001, 2);
    final Button step = new Button("Step θ, ψ");
    final Button play = new Button("Play θ, ψ");
    final Button reset = new Button("Reset θ, ψ");
    private final Span lrMessage = new Span();
    private final UiTicker ticker = new UiTicker();
    private UI ui;

    DiracPanel() {
        addClassName("mm-dirac-panel");
        H2 title = new H2("The Dirac-GAN: (θ, ψ) plane");
        update.setValue(session.update());
        update.setWidth("12em");
        lr.setValue(session.learningRate());
        lr.setWidth("9em");
        lrMessage.addClassName("lab-form-message");
        lrMessage.setVisible(false);
        for (Button b : List.of(step, play, reset)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        update.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                session.setUpdate(e.getValue());
                draw();
            }
        });
        lr.addValueChangeListener(e -> {
            try {
                session.setLearningRate(Fields.read(lr));
                lrMessage.setVisible(false);
                draw();
            } catch (Fields.FormException | IllegalArgumentException ex) {
                lrMessage.setText(ex.getMessage());
                lrMessage.setVisible(true);
            }
        });
        step.addClickListener(e -> {
            pause();
            session.step(1);
            draw();
        });
        play.addClickListener(e -> {
            if (!ticker.running()) {
                start();
            } else {
                pause();
            }
        });
        reset.addClickListener(e -> {
            session.reset();
            draw();
        });
        status.setId("dirac-status");
        status.addClassName("lab-status");
        status.getElement().setAttribute("role", "status");
        Div controls = new Div(update, lr, step, play, reset);
        controls.addClassName("mm-dirac-controls");
        chart.addClassName("mm-dirac-chart");
        add(title, controls, lrMessage, status, chart);
        draw();
    }

    DiracSession session() {
        return session;
    }

    Span status() {
        return status;
    }

    DiracChart chart() {
        return chart;
    }

    boolean playing() {
        return ticker.running();
    }

    private void draw() {
        chart.setData(session.extent(), DiracSession.FIELD_N, session.path());
        String s = session.summary();
        status.setText(s);
        chart.setSummary(s);
        play.setText(ticker.running() ? "Pause θ, ψ" : "Play θ, ψ");
    }

    private void start() {
        if (ui == null) {
            return;
        }
        UI page = ui;
        ticker.start(() -> {
            try {
                page.access(() -> {
                    session.step(STEPS_PER_TICK);
                    draw();
                    if (page.getPushConfiguration().getPushMode().isEnabled()) {
                        page.push();
                    }
                });
            } catch (UIDetachedException ex) {
                ticker.cancel();
            }
        }, PERIOD_MS, PERIOD_MS);
        draw();
    }

    private void pause() {
        ticker.stop();
        draw();
    }

    @Override
    protected void onAttach(AttachEvent e) {
        super.onAttach(e);
        ui = e.getUI();
        draw();
    }

    @Override
    protected void onDetach(DetachEvent e) {
        ticker.stop();
        ui = null;
        super.onDetach(e);
    }
}
