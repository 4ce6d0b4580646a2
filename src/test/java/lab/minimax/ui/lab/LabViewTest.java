package lab.minimax.ui.lab;

import lab.minimax.link.LinkFlags;
import lab.minimax.link.LinkReader;
import lab.minimax.link.LinkState;
import lab.minimax.link.LinkWriter;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.shared.HasTooltip;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.live.LiveRun;
import lab.minimax.ui.chart.Line1dChart;
import lab.minimax.ui.chart.PlaneChart;

/** The lab page's controls without a browser (Karibu). */
class LabViewTest {
    private static final Pattern STATUS = Pattern.compile("step (\\d+) · D steps (\\d+)(?: · .*)? · (\\w+)$");
    private LabView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("lab.minimax.ui"));
        UI.getCurrent().navigate(LabView.class);
        view = _get(LabView.class);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private Button button(String name) {
        return _get(Button.class, s -> s.withText(name));
    }

    private long[] status() {
        Matcher m = STATUS.matcher(view.status().getText());
        assertTrue(m.find(), "status line: " + view.status().getText());
        return new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    private String state() {
        Matcher m = STATUS.matcher(view.status().getText());
        assertTrue(m.find());
        return m.group(3);
    }

    @Test
    void stepButtonsCountGeneratorAndDiscriminatorUpdatesSeparately() {
        assertEquals(0, status()[0]);
        _click(button("Step D"));
        assertEquals(0, status()[0], "Step D leaves step N");
        assertEquals(1, status()[1], "Step D adds one D update");
        _click(button("Step G"));
        assertEquals(1, status()[0], "Step G adds exactly one");
        assertEquals(1, status()[1]);
        int k = view.form().getConfig().dSteps();
        _click(button("Step"));
        assertEquals(2, status()[0]);
        assertEquals(1 + k, status()[1], "Step = k D updates + one G update");
        _click(button("Reset"));
        assertEquals(0, status()[0]);
        assertEquals(0, status()[1]);
    }

    @Test
    void playAndPauseSwitchTheRunState() {
        assertEquals("paused", state());
        _click(button("Play"));
        assertEquals("running", state());
        _click(button("Pause"));
        assertEquals("paused", state());
        _click(button("Play"));
        _click(button("Step G"));
        assertEquals("paused", state(), "a single step pauses a running run");
        check("Divergence", Divergence.WGAN_GP, c -> c.objective().divergence(), Divergence.WGAN_GP);
        assertEquals("paused", state(), "and the next run does not start by itself");
    }

    @Test
    void everyControlHasALabelAndATooltip() {
        // every field, also those hidden for the current divergence / optimizer
        // (a check box group's items are labelled by their items and described by the group's tooltip)
        List<Component> fields = descendants(view).stream().filter(c -> c instanceof HasValue<?, ?>)
                .filter(c -> !(c.getParent().orElse(null) instanceof CheckboxGroup<?>)).toList();
        assertTrue(fields.size() >= 30, "fields found: " + fields.size());
        for (Component c : fields) {
            String label = c.getElement().getProperty("label", "");
            if (label.isBlank() && c instanceof HasAriaLabel a) {
                label = a.getAriaLabel().orElse("");
            }
            assertTrue(label != null && !label.isBlank(), "a field without label: " + c);
            String tip = c instanceof HasTooltip t && t.getTooltip() != null ? t.getTooltip().getText() : null;
            assertTrue(tip != null && !tip.isBlank(), "a field without tooltip: " + label);
        }
    }

    private static List<Component> descendants(Component root) {
        List<Component> out = new java.util.ArrayList<>();
        root.getChildren().forEach(c -> {
            out.add(c);
            out.addAll(descendants(c));
        });
        return out;
    }

    /** Sets the field labelled {@code label} as a user would and checks the config follows. */
    private <V> void check(String label, V value, Function<ExperimentConfig, Object> read, Object expected) {
        @SuppressWarnings("unchecked")
        HasValue<?, V> field = (HasValue<?, V>) _get(view.form(), Component.class,
                s -> s.withLabel(label).withPredicate(c -> c instanceof HasValue<?, ?>));
        _setValue(field, value);
        assertEquals("", view.form().getMessage(), label);
        assertEquals(expected, read.apply(view.form().getConfig()), label);
    }

    @Test
    void everyControlMapsToTheConfig() {
        check("radius", 3.0, c -> c.target().params().get("radius"), 3.0);
        check("sd", 0.1, c -> c.target().params().get("sd"), 0.1);
        check("Noise dimension", 3, c -> c.noise().dim(), 3);
        check("Noise distribution", NoiseDistribution.UNIFORM, c -> c.noise().distribution(), NoiseDistribution.UNIFORM);
        check("G hidden widths", "32, 16", c -> c.generator().hidden(), List.of(32, 16));
        check("G activation", ActivationName.TANH, c -> c.generator().activation(), ActivationName.TANH);
        check("D hidden widths", "128", c -> c.discriminator().hidden(), List.of(128));
        check("D activation", ActivationName.ELU, c -> c.discriminator().activation(), ActivationName.ELU);
        check("Divergence", Divergence.WGAN_CLIP, c -> c.objective().divergence(), Divergence.WGAN_CLIP);
        check("Clip c", 0.05, c -> c.objective().clip(), 0.05);
        check("Divergence", Divergence.WGAN_GP, c -> c.objective().divergence(), Divergence.WGAN_GP);
        check("Penalty λ", 5.0, c -> c.objective().lambda(), 5.0);
        check("Divergence", Divergence.LSGAN, c -> c.objective().divergence(), Divergence.LSGAN);
        check("LSGAN a", -1.0, c -> c.objective().a(), -1.0);
        check("LSGAN b", 2.0, c -> c.objective().b(), 2.0);
        check("LSGAN c", 0.5, c -> c.objective().c(), 0.5);
        check("Divergence", Divergence.KL, c -> c.objective().divergence(), Divergence.KL);
        check("Generator loss", GeneratorLoss.SATURATING, c -> c.objective().generatorLoss(), GeneratorLoss.SATURATING);
        for (String who : List.of("G", "D")) {
            Function<ExperimentConfig, lab.minimax.experiment.OptimizerParams> opt =
                    who.equals("G") ? c -> c.optimizer().generator() : c -> c.optimizer().discriminator();
            check(who + " optimizer", OptimizerName.ADAM, c -> opt.apply(c).name(), OptimizerName.ADAM);
            check(who + " learning rate", 0.02, c -> opt.apply(c).lr(), 0.02);
            check(who + " β1", 0.9, c -> opt.apply(c).beta1(), 0.9);
            check(who + " β2", 0.99, c -> opt.apply(c).beta2(), 0.99);
            check(who + " optimizer", OptimizerName.RMSPROP, c -> opt.apply(c).name(), OptimizerName.RMSPROP);
            check(who + " momentum", 0.5, c -> opt.apply(c).momentum(), 0.5);
        }
        check("Batch size", 64, ExperimentConfig::batchSize, 64);
        check("D steps per G step", 3, ExperimentConfig::dSteps, 3);
        check("Updates", Scheme.SIMULTANEOUS, ExperimentConfig::scheme, Scheme.SIMULTANEOUS);
        check("LR schedule", Schedule.COSINE, c -> c.optimizer().schedule(), Schedule.COSINE);
        check("Decay steps", 500, c -> c.optimizer().decaySteps(), 500);
        check("Seed", "42", ExperimentConfig::seed, 42L);
        check("Target", "grid25", c -> c.target().name(), "grid25");
    }

    @Test
    void learningRateChangesLiveButTheDivergenceStartsANewRun() {
        _click(button("Step G"));
        LiveRun first = view.run();
        check("G learning rate", 0.005, c -> c.optimizer().generator().lr(), 0.005);
        assertSame(first, view.run(), "a learning rate changes while training");
        assertEquals(1, status()[0]);
        check("Divergence", Divergence.WGAN_GP, c -> c.objective().divergence(), Divergence.WGAN_GP);
        assertNotSame(first, view.run(), "a new divergence needs a new model");
        assertEquals(0, status()[0], "the new run starts at step 0");
    }

    @Test
    void anInvalidValueNamesTheFieldAndItsRangeAndKeepsTheConfig() {
        ExperimentConfig before = view.form().getConfig();
        HasValue<?, String> widths = _get(view.form(), com.vaadin.flow.component.textfield.TextField.class,
                s -> s.withLabel("G hidden widths"));
        _setValue(widths, "999");
        assertTrue(view.form().getMessage().contains("G hidden widths"), view.form().getMessage());
        assertTrue(view.form().getMessage().contains("[1, 256]"), view.form().getMessage());
        assertEquals(before, view.form().getConfig());
    }

    @Test
    void aOneDimensionalTargetShowsTheLineViewInsteadOfThePlane() {
        PlaneChart plane = _get(PlaneChart.class);
        Line1dChart line = descendants(view).stream().filter(c -> c instanceof Line1dChart)
                .map(Line1dChart.class::cast).findFirst().orElseThrow();
        assertTrue(plane.isVisible());
        assertFalse(line.isVisible());
        check("Target", "mixture", c -> c.target().name(), "mixture");
        assertFalse(plane.isVisible());
        assertTrue(line.isVisible());
    }

    @Test
    void newSeedChangesTheSeedAndRestartsAtStepZero() {
        _click(button("Step G"));
        long seed = view.form().getConfig().seed();
        LiveRun first = view.run();
        _click(button("New seed"));
        assertNotSame(first, view.run());
        assertEquals(0, status()[0]);
        assertEquals(Long.toString(view.form().getConfig().seed()),
                _get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Seed")).getValue());
        // a new seed can coincide with the old one only by chance (1 in 10^6); then the run still restarts
        assertTrue(view.form().getConfig().seed() >= 0 && seed >= 0);
    }

    private void open(String query) {
        UI.getCurrent().navigate(LabView.class, com.vaadin.flow.router.QueryParameters.fromString(query));
        view = _get(LabView.class);
    }

    @Test
    void anInvalidLinkParameterIsNamedAndReplacedAloneByItsDefault() {
        open("batchSize=0&objective.divergence=kl");
        ExperimentConfig c = view.form().getConfig();
        assertEquals(Divergence.KL, c.objective().divergence(), "the valid parameter is kept");
        assertEquals(lab.minimax.experiment.Defaults.CONFIG.batchSize(), c.batchSize(), "the bad one takes its default");
        assertTrue(view.linkMessage().contains("batchSize"), view.linkMessage());
        assertEquals(0, status()[0]);
    }

    @Test
    void aPresetLinkOpensThePresetAndParametersBesideItOverrideIt() {
        lab.minimax.experiment.preset.Preset p = lab.minimax.experiment.preset.Presets.get("ring8-wgan-gp");
        open("_preset=ring8-wgan-gp&seed=7");
        assertEquals(p.config().withSeed(7), view.form().getConfig());
        assertEquals(p, view.presetSelect().getValue());
        assertEquals("", view.linkMessage());
    }

    @Test
    void theLinkRoundTripsFromTheForm() {
        check("Batch size", 64, ExperimentConfig::batchSize, 64);
        ExperimentConfig shown = view.form().getConfig();
        open(LinkWriter.write(LinkState.of(shown)).query());
        assertEquals(shown, view.form().getConfig());
    }

    @Test
    void choosingAPresetShowsItsConfigAndRestartsTheRun() {
        _click(button("Step G"));
        LiveRun first = view.run();
        lab.minimax.experiment.preset.Preset p = lab.minimax.experiment.preset.Presets.ALL.get(2);
        _setValue(view.presetSelect(), p);
        assertEquals(p.config(), view.form().getConfig());
        assertNotSame(first, view.run());
        assertEquals(0, status()[0]);
    }

    @Test
    void hideFlagsHideTheNamedGroupsAndStayInTheLink() {
        open("_hide=target,generator,discriminator,optimizers,training,preset,charts&objective.divergence=kl");
        List<com.vaadin.flow.component.details.Details> groups = _find(view.form(),
                com.vaadin.flow.component.details.Details.class);
        for (com.vaadin.flow.component.details.Details d : groups) {
            assertEquals(d.getSummaryText().equals("Objective"), d.isVisible(), d.getSummaryText());
        }
        assertFalse(view.presetSelect().isVisible());
        assertEquals(Divergence.KL, view.form().getConfig().objective().divergence());
        String link = LinkWriter.write(LinkState.of(view.form().getConfig()).withFlags(new LinkFlags(
                new java.util.LinkedHashSet<>(List.of("target", "charts")), false, null, null, false, java.util.Map.of())))
                .query();
        assertTrue(link.contains("&_hide=target%2Ccharts"), link);
        open(link);
        assertEquals(java.util.Set.of("target", "charts"),
                LinkReader.lab(java.util.Map.of("_hide", List.of("target,charts")), lab.minimax.experiment.Limits.DEFAULTS)
                        .state().flags().hide());
        assertTrue(_find(view.form(), com.vaadin.flow.component.details.Details.class).stream()
                .filter(d -> d.getSummaryText().equals("Target")).noneMatch(com.vaadin.flow.component.Component::isVisible));
    }
}
