package lab.minimax.ui.form;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.NetworkKind;
import lab.minimax.experiment.OutputActivation;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.preset.Presets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The form on the image presets (issue 14): an edit keeps the image networks (noise 64, 784-wide
 * layers, tanh, conv, conditioning, digits) instead of falling back to a 2D MLP or refusing the
 * noise dimension; the image controls edit what they show; the validator's rules between fields
 * are shown under the field's label; picking a target of the other kind fits the networks.
 */
class ImageFormTest {
    private final List<ExperimentConfig> edits = new ArrayList<>();
    private final List<Boolean> resets = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private ConfigForm form(String preset) {
        return new ConfigForm(Presets.get(preset).config(), (c, reset) -> {
            edits.add(c);
            resets.add(reset);
        });
    }

    private static TextField text(ConfigForm f, String label) {
        return _get(f, TextField.class, s -> s.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(ConfigForm f, String label) {
        return _get(f, Select.class, s -> s.withLabel(label));
    }

    private static Checkbox checkbox(ConfigForm f, String label) {
        return _get(f, Checkbox.class, s -> s.withLabel(label));
    }

    private ExperimentConfig last() {
        return edits.get(edits.size() - 1);
    }

    @Test
    void aLearningRateEditOnEachImagePresetKeepsItsNetworks() {
        for (String id : List.of("mnist-gan", "mnist-dcgan", "mnist-cgan")) {
            edits.clear();
            ExperimentConfig preset = Presets.get(id).config();
            ConfigForm form = form(id);
            _setValue(_get(form, NumberField.class, s -> s.withLabel("G learning rate")), 3e-4);
            assertEquals("", form.getMessage(), id);
            assertEquals(1, edits.size(), id);
            ExperimentConfig expected = preset.withOptimizer(new lab.minimax.experiment.OptimizerSpec(
                    new lab.minimax.experiment.OptimizerParams(preset.optimizer().generator().name(), 3e-4,
                            preset.optimizer().generator().beta1(), preset.optimizer().generator().beta2(),
                            preset.optimizer().generator().momentum()),
                    preset.optimizer().discriminator(), preset.optimizer().schedule(), preset.optimizer().decaySteps()));
            assertEquals(expected, last(), id + ": only G's learning rate changed");
        }
    }

    @Test
    void theConvControlsShowAndEditTheDcganNets() {
        ConfigForm form = form("mnist-dcgan");
        assertEquals(NetworkKind.CONV, select(form, "G network").getValue());
        assertTrue(text(form, "G channels").isVisible());
        assertFalse(form.generator.hidden.isVisible());
        assertEquals("64, 32", text(form, "G channels").getValue());
        assertEquals("32, 64", text(form, "D channels").getValue());

        _setValue(checkbox(form, "G batch norm"), true);
        assertTrue(last().generator().batchNorm());
        assertTrue(resets.get(resets.size() - 1), "batch norm is a new model");

        _setValue(text(form, "G channels"), "48, 24");
        assertEquals(List.of(48, 24), last().generator().channels());

        int before = edits.size();
        _setValue(text(form, "G channels"), "64, 32, 16");
        assertTrue(form.getMessage().startsWith("G channels: two integers"), form.getMessage());
        _setValue(text(form, "G channels"), "64, 300");
        assertTrue(form.getMessage().startsWith("G channels, entry 2: ") && form.getMessage().contains("[1, 128]"),
                form.getMessage());
        assertEquals(before, edits.size(), "an invalid edit is not reported");

        // switching G to an MLP fills in mnist-gan's widths and hides batch norm
        _setValue(select(form, "G network"), NetworkKind.MLP);
        assertEquals("", form.getMessage());
        assertEquals(NetworkKind.MLP, last().generator().kind());
        assertEquals(List.of(256, 512), last().generator().hidden());
        assertFalse(form.generator.batchNorm.isVisible());
        assertFalse(last().generator().batchNorm());

        _setValue(select(form, "G output"), OutputActivation.SIGMOID);
        assertEquals(OutputActivation.SIGMOID, last().generator().output());
    }

    @Test
    void aConditionalRunNamesTheRuleThatKeepsItsDiscriminatorAnMlp() {
        ConfigForm form = form("mnist-cgan");
        assertTrue(checkbox(form, "Conditional on the digit").getValue());
        int before = edits.size();
        _setValue(select(form, "D network"), NetworkKind.CONV);
        assertTrue(form.getMessage().startsWith("D network: must be mlp when conditional = true"), form.getMessage());
        assertEquals(before, edits.size());
        _setValue(checkbox(form, "Conditional on the digit"), false);
        assertEquals("", form.getMessage());
        assertFalse(last().conditional());
        assertEquals(NetworkKind.CONV, last().discriminator().kind());
    }

    @Test
    void theDigitsFieldTakesASubsetAndNamesABadEntry() {
        ConfigForm form = form("mnist-gan");
        _setValue(text(form, "Digits"), "0, 1, 7");
        assertEquals("0,1,7", last().target().digits());
        _setValue(text(form, "Digits"), "0, x");
        assertTrue(form.getMessage().startsWith("Digits: 'x' is not a digit"), form.getMessage());
        _setValue(text(form, "Digits"), "");
        assertEquals(null, last().target().digits());
    }

    @Test
    void pickingTheImageTargetFitsTheNetworksAndPickingRing8FitsThemBack() {
        ConfigForm form = form("ring8-gan");
        assertFalse(form.generator.kind.isVisible());
        assertFalse(form.conditional.isVisible());
        _setValue(_get(form, NumberField.class, s -> s.withLabel("Entropy weight β")), 0.05);
        assertEquals(0.05, last().objective().entropyWeight());
        _setValue(select(form, "Target"), TargetCatalog.MNIST);
        assertEquals("", form.getMessage());
        ExperimentConfig mnist = Presets.get("mnist-gan").config();
        ExperimentConfig c = last();
        assertTrue(resets.get(resets.size() - 1));
        assertEquals(mnist.noise(), c.noise());
        assertEquals(mnist.generator(), c.generator());
        assertEquals(mnist.discriminator(), c.discriminator());
        assertEquals(mnist.batchSize(), c.batchSize());
        assertEquals(Presets.get("ring8-gan").config().optimizer(), c.optimizer(), "the student's optimisers stay");
        assertEquals(0, c.objective().entropyWeight(), "the k-NN entropy term is for 1D and 2D targets");
        assertEquals(64, _get(form, com.vaadin.flow.component.textfield.IntegerField.class,
                s -> s.withLabel("Noise dimension")).getValue());
        assertTrue(select(form, "G network").isVisible());

        _setValue(select(form, "Target"), "ring8");
        assertEquals(Defaults.CONFIG.generator(), last().generator());
        assertEquals(Defaults.CONFIG.noise(), last().noise());
        assertFalse(form.generator.kind.isVisible());
    }
}
