package lab.minimax.ui.form;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.config.ConfigValidator;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.experiment.preset.TargetSwitch;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.NoiseSpec;
import lab.minimax.experiment.OptimizerSpec;

import java.util.List;
import java.util.function.BiConsumer;
import lab.minimax.gan.LiveChange;
import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The left column: every setting of an {@link ExperimentConfig}, grouped (target, noise and G,
 * D, objective, optimizers, training), each field labelled and with a one-sentence tooltip.
 * A valid edit is reported with whether it needs a new model; an invalid one (a field's own range,
 * or the validator's rules between fields) shows a message naming the field and its allowed range
 * and is not reported. Picking a target of the other kind (image, or 1D/2D) fits the networks to
 * it ({@link TargetSwitch}); on an image target the networks' kind, channels, G's output and batch
 * norm, the digits and conditioning appear.
 */
public final class ConfigForm extends Composite<Div> {
    final TargetFields target = new TargetFields(this::edited, this::retargeted);
    final IntegerField noiseDim = Fields.integer("Noise dimension", "Dimension of the generator's input z.", 1, 16);
    final Checkbox conditional = new Checkbox("Conditional on the digit");
    final Select<NoiseDistribution> noiseDistribution = Fields.select("Noise distribution",
            "z ~ N(0, I) or uniform on [−1, 1] in each coordinate.", List.of(NoiseDistribution.values()),
            NoiseDistribution::id);
    final NetworkFields generator = image("G", "the generator");
    final NetworkFields discriminator = image("D", "the discriminator");
    final ObjectiveFields objective = new ObjectiveFields(this::edited);
    final OptimizerFields gOptimizer = new OptimizerFields("G", "the generator", this::edited);
    final OptimizerFields dOptimizer = new OptimizerFields("D", "the discriminator", this::edited);
    final ScheduleFields schedule = new ScheduleFields(this::edited);
    private final Span message = new Span();
    /** The groups by their {@code _hide} key. */
    private final Map<String, Details> groups = new LinkedHashMap<>();
    private final BiConsumer<ExperimentConfig, Boolean> listener;
    private final Limits limits;
    private ExperimentConfig config;

    /** The same with the engine's default limits. */
    public ConfigForm(ExperimentConfig initial, BiConsumer<ExperimentConfig, Boolean> listener) {
        this(initial, listener, Limits.DEFAULTS);
    }

    /**
     * @param initial  the config shown first
     * @param listener gets each valid edited config and {@code true} when it needs a new model
     * @param limits   the server's limits (the fields' ranges and the validator's)
     */
    public ConfigForm(ExperimentConfig initial, BiConsumer<ExperimentConfig, Boolean> listener, Limits limits) {
        this.listener = listener;
        this.limits = limits;
        message.addClassName("lab-form-message");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        FormLayout noise = new FormLayout(noiseDim, noiseDistribution);
        noise.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        noiseDim.addValueChangeListener(e -> fromClient(e.isFromClient()));
        noiseDistribution.addValueChangeListener(e -> fromClient(e.isFromClient()));
        conditional.setTooltipText("Feed the digit's one-hot label to G beside z and to D beside the image "
                + "(Mirza & Osindero), so that G can be asked for a given digit; needs an MLP discriminator.");
        conditional.addValueChangeListener(e -> fromClient(e.isFromClient()));
        Div root = getContent();
        root.addClassName("lab-form");
        groups.put("target", group("Target", true, target));
        groups.put("objective", group("Objective", true, objective));
        groups.put("generator", group("Generator G", false, noise, conditional, generator));
        groups.put("discriminator", group("Discriminator D", false, discriminator));
        groups.put("optimizers", group("Optimizers", false, gOptimizer, dOptimizer));
        groups.put("training", group("Training", true, schedule));
        root.add(message);
        groups.values().forEach(root::add);
        setConfig(initial);
    }

    /** The keys {@link #hideGroups} understands: target, objective, generator, discriminator, optimizers, training. */
    Set<String> groupKeys() {
        return groups.keySet();
    }

    /** Hides the groups named in {@code keys} (a course link showing only chosen controls); shows the others. */
    public void hideGroups(Set<String> keys) {
        groups.forEach((k, g) -> g.setVisible(!keys.contains(k)));
    }

    /** Puts components above the groups (the preset menu, the link's messages). */
    public void prepend(Component... components) {
        for (int i = components.length - 1; i >= 0; i--) {
            getContent().addComponentAsFirst(components[i]);
        }
    }

    /** Shows {@code c} in every field (no change is reported). */
    public void setConfig(ExperimentConfig c) {
        config = c;
        target.show(c.target());
        Limits l = c.target().isImage() ? limits.forImages() : limits;
        noiseDim.setMax(l.maxNoiseDim());
        noiseDim.setErrorMessage("Noise dimension: an integer in [1, " + l.maxNoiseDim() + "]");
        noiseDim.setValue(c.noise().dim());
        noiseDistribution.setValue(c.noise().distribution());
        conditional.setValue(c.conditional());
        conditional.setVisible(c.target().isImage());
        generator.show(c.generator(), c.target().isImage(), l.maxWidth());
        discriminator.show(c.discriminator(), c.target().isImage(), l.maxWidth());
        objective.show(c.objective());
        gOptimizer.show(c.optimizer().generator());
        dOptimizer.show(c.optimizer().discriminator());
        schedule.batchSize.setValue(c.batchSize());
        schedule.dSteps.setValue(c.dSteps());
        schedule.scheme.setValue(c.scheme());
        schedule.schedule.setValue(c.optimizer().schedule());
        schedule.decaySteps.setValue(c.optimizer().decaySteps());
        schedule.seed.setValue(Long.toString(c.seed()));
        schedule.trainMode.setValue(c.trainMode());
        message.setVisible(false);
    }

    /** The last valid config. */
    public ExperimentConfig getConfig() {
        return config;
    }

    /** The message shown for an invalid field (empty when all are valid). */
    public String getMessage() {
        return message.isVisible() ? message.getText() : "";
    }

    /** Reads every field into a config; throws a {@link Fields.FormException} naming a bad field. */
    ExperimentConfig read() {
        OptimizerSpec optimizer = new OptimizerSpec(gOptimizer.read(), dOptimizer.read(),
                schedule.schedule.getValue(), Fields.read(schedule.decaySteps));
        return new ExperimentConfig(config.v(), target.read(),
                new NoiseSpec(Fields.read(noiseDim), noiseDistribution.getValue()),
                generator.read(), discriminator.read(), objective.read(), optimizer,
                Fields.read(schedule.batchSize), Fields.read(schedule.dSteps), schedule.scheme.getValue(),
                schedule.readSeed(), schedule.trainMode.getValue(), conditional.isVisible() && conditional.getValue());
    }

    /** The network fields of G or D, with the image presets' widths and channels for a kind switch. */
    private NetworkFields image(String who, String role) {
        boolean g = who.equals("G");
        NetworkSpec mlp = pick(Presets.get("mnist-gan").config(), g);
        NetworkSpec conv = pick(Presets.get("mnist-dcgan").config(), g);
        return new NetworkFields(who, role, mlp.hidden(), conv.channels(), this::edited);
    }

    private static NetworkSpec pick(ExperimentConfig c, boolean generator) {
        return generator ? c.generator() : c.discriminator();
    }

    /** Another target was picked: fit the networks to it, show them, and start a new model. */
    private void retargeted() {
        ExperimentConfig next;
        try {
            next = TargetSwitch.retarget(config, target.read());
        } catch (Fields.FormException e) {
            show(e.getMessage());
            return;
        }
        setConfig(next);
        if (refused(next)) { // e.g. a drawn target without its points: the fields say what to fix
            return;
        }
        listener.accept(next, true);
    }

    /** Whether the validator refuses {@code next} (its first problem is then shown under the field's label). */
    private boolean refused(ExperimentConfig next) {
        List<ConfigError> errors = ConfigValidator.validate(next, limits);
        if (!errors.isEmpty()) {
            show(FieldLabels.of(errors.get(0)));
        }
        return !errors.isEmpty();
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private void fromClient(boolean fromClient) {
        if (fromClient) {
            edited();
        }
    }

    private void edited() {
        ExperimentConfig next;
        try {
            next = read();
        } catch (Fields.FormException e) {
            show(e.getMessage());
            return;
        }
        if (refused(next)) {
            return;
        }
        message.setVisible(false);
        if (next.equals(config)) {
            return;
        }
        boolean reset = !LiveChange.onlyLive(config, next);
        config = next;
        listener.accept(next, reset);
    }

    private static Details group(String title, boolean open, Component... content) {
        Details d = new Details(title);
        d.add(content);
        d.setOpened(open);
        d.addClassName("lab-group");
        return d;
    }
}
