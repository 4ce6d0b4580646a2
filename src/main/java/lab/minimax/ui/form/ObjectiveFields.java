package lab.minimax.ui.form;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.ObjectiveSpec;

import java.util.List;

/** The divergence, the generator loss variant and the constants that apply to the divergence. */
final class ObjectiveFields extends FormLayout {
    final Select<Divergence> divergence = Fields.select("Divergence",
            "The game: which divergence between the real and generated distributions D estimates and G minimises.",
            List.of(Divergence.values()), Divergence::id);
    final Select<GeneratorLoss> generatorLoss = Fields.select("Generator loss",
            "Saturating minimises the game's value; non-saturating maximises D's output on generated samples "
                    + "(stronger gradients early on).",
            List.of(GeneratorLoss.values()), GeneratorLoss::id);
    final NumberField clip = Fields.number("Clip c", "WGAN: every critic weight is clipped to [−c, c].",
            1e-4, 1);
    final NumberField lambda = Fields.number("Penalty λ",
            "WGAN-GP: weight of the gradient penalty (‖∇V‖ − 1)² at points between real and generated samples.",
            0, 100);
    final NumberField a = Fields.number("LSGAN a", "LSGAN: D's target value for generated samples.", -10, 10);
    final NumberField b = Fields.number("LSGAN b", "LSGAN: D's target value for real samples.", -10, 10);
    final NumberField c = Fields.number("LSGAN c", "LSGAN: the value G wants D to give its samples.", -10, 10);
    final NumberField entropyWeight = Fields.number("Entropy weight β",
            "G also maximises β·H(q), H estimated by k-nearest neighbours on the generated batch (0 = off).", 0, 10);

    ObjectiveFields(Runnable onChange) {
        setResponsiveSteps(new ResponsiveStep("0", 2));
        add(divergence, generatorLoss, clip, lambda, a, b, c, entropyWeight);
        divergence.addValueChangeListener(e -> updateVisibility());
        divergence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        generatorLoss.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        for (NumberField f : List.of(clip, lambda, a, b, c, entropyWeight)) {
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
        }
    }

    void show(ObjectiveSpec o) {
        divergence.setValue(o.divergence());
        generatorLoss.setValue(o.generatorLoss());
        clip.setValue(o.clip());
        lambda.setValue(o.lambda());
        a.setValue(o.a());
        b.setValue(o.b());
        c.setValue(o.c());
        entropyWeight.setValue(o.entropyWeight());
        updateVisibility();
    }

    /** Reads every constant, including those hidden for the chosen divergence (they are kept). */
    ObjectiveSpec read() {
        return new ObjectiveSpec(divergence.getValue(), generatorLoss.getValue(), Fields.read(clip),
                Fields.read(lambda), Fields.read(a), Fields.read(b), Fields.read(c), Fields.read(entropyWeight));
    }

    private void updateVisibility() {
        Divergence d = divergence.getValue();
        generatorLoss.setVisible(d != null && d.kind() == Divergence.Kind.F_GAN);
        clip.setVisible(d == Divergence.WGAN_CLIP);
        lambda.setVisible(d == Divergence.WGAN_GP);
        boolean ls = d == Divergence.LSGAN;
        a.setVisible(ls);
        b.setVisible(ls);
        c.setVisible(ls);
    }
}
