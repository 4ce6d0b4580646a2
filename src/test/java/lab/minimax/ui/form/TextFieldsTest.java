package lab.minimax.ui.form;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.textfield.TextField;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigUrl;
import lab.minimax.experiment.config.ParseMode;
import lab.minimax.experiment.preset.Presets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The form's text fields: what a student types reaches the form, which names a bad value (no
 * character is dropped silently in the browser); the seed takes what a link takes (any 64-bit
 * integer) and its message states the same range.
 */
class TextFieldsTest {
    private static final String RANGE = "[" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]";

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aNegativeSeedIsAcceptedAsInALinkAndABadOneNamesTheLinksRange() {
        AtomicReference<ExperimentConfig> edited = new AtomicReference<>();
        ConfigForm form = new ConfigForm(Presets.get("ring8-gan").config(), (c, reset) -> edited.set(c));
        TextField seed = _get(form, TextField.class, s -> s.withLabel("Seed"));
        _setValue(seed, "-5");
        assertEquals("", form.getMessage());
        assertEquals(-5L, edited.get().seed());
        assertEquals(-5L, ConfigUrl.parse("seed=-5", Limits.DEFAULTS, ParseMode.STRICT).config().seed());

        _setValue(seed, "12x");
        assertTrue(form.getMessage().contains(RANGE), form.getMessage());
        String link = ConfigUrl.parse("seed=12x", Limits.DEFAULTS, ParseMode.LENIENT).errors().get(0).message();
        assertTrue(link.contains(RANGE), link);
    }

    @Test
    void lettersTypedIntoTheWidthsOrTheSeedGetAMessageInsteadOfBeingDropped() {
        ConfigForm form = new ConfigForm(Presets.get("ring8-gan").config(), (c, reset) -> { });
        ExperimentConfig before = form.getConfig();
        for (String label : new String[] {"G hidden widths", "D hidden widths", "Seed"}) {
            TextField f = _get(form, TextField.class, s -> s.withLabel(label));
            String pattern = f.getAllowedCharPattern();
            assertTrue(pattern == null || pattern.isEmpty(), label + " drops what does not match " + pattern);
            _setValue(f, "abc");
            assertTrue(form.getMessage().startsWith(label + ":"), label + ": " + form.getMessage());
            assertEquals(before, form.getConfig(), "the config is kept");
            form.setConfig(before);
        }
    }
}
