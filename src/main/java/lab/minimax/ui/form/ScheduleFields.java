package lab.minimax.ui.form;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TrainMode;

import java.util.List;
import com.vaadin.flow.component.HasValue;

/** Batch size, D steps per G step, update scheme, learning-rate schedule and seed. */
final class ScheduleFields extends FormLayout {
    final IntegerField batchSize = Fields.integer("Batch size",
            "Real and generated samples per step (each).", 1, 4096);
    final IntegerField dSteps = Fields.integer("D steps per G step",
            "k: discriminator updates before each generator update; may change while training.", 1, 10);
    final Select<Scheme> scheme = Fields.select("Updates",
            "Alternating: D then G through the updated D. Simultaneous: both gradients at the same point.",
            List.of(Scheme.values()), Scheme::id);
    final Select<Schedule> schedule = Fields.select("LR schedule",
            "Constant learning rates, or cosine decay to 0 over the decay steps.",
            List.of(Schedule.values()), Schedule::id);
    final IntegerField decaySteps = Fields.integer("Decay steps",
            "Length of the cosine schedule in generator steps.", 1, 10_000_000);
    final TextField seed = new TextField("Seed");
    final Select<TrainMode> trainMode = Fields.select("Train",
            "both: the game. d-only: the generator is frozen and D converges to D* = p/(p+q).",
            List.of(TrainMode.values()), TrainMode::id);

    ScheduleFields(Runnable onChange) {
        setResponsiveSteps(new ResponsiveStep("0", 2));
        seed.setTooltipText("Same settings and seed give the same run, bit for bit.");
        seed.setMaxLength(20);
        // the range a link or a JSON file accepts too
        seed.setErrorMessage("Seed: an integer in [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]");
        seed.setWidthFull();
        add(batchSize, dSteps, scheme, schedule, decaySteps, seed, trainMode);
        schedule.addValueChangeListener(e -> decaySteps.setVisible(e.getValue() == Schedule.COSINE));
        List<HasValue<?, ?>> fields =
                List.of(batchSize, dSteps, scheme, schedule, decaySteps, seed, trainMode);
        for (HasValue<?, ?> f : fields) {
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
        }
    }

    long readSeed() {
        try {
            long v = Long.parseLong(seed.getValue().trim());
            seed.setInvalid(false);
            return v;
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        seed.setInvalid(true);
        throw new Fields.FormException(seed.getErrorMessage());
    }
}
