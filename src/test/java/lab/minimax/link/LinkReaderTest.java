package lab.minimax.link;

import com.vaadin.flow.router.QueryParameters;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.Lessons;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's link: presets merged as records, typed flags, the comparison's B and lesson, one set of limits. */
class LinkReaderTest {
    private static LinkReader.Read lab(String query) {
        return LinkReader.lab(QueryParameters.fromString(query).getParameters(), Limits.DEFAULTS);
    }

    private static LinkReader.Read compare(String query) {
        return LinkReader.compare(QueryParameters.fromString(query).getParameters(), Limits.DEFAULTS);
    }

    @Test
    void aParameterBesideAPresetOverridesOnlyThatField() {
        ExperimentConfig preset = Presets.get("ring8-wgan-gp").config();
        LinkReader.Read r = lab("_preset=ring8-wgan-gp&seed=7");
        assertEquals(List.of(), r.errors());
        assertEquals(preset.withSeed(7), r.state().config());
        assertEquals("ring8-wgan-gp", r.state().flags().preset().id());
    }

    @Test
    void aTargetParameterBesideAPresetKeepsThePresetsOtherTargetParameters() {
        ExperimentConfig preset = Presets.get("ring8-gan").config();
        LinkReader.Read r = lab("_preset=ring8-gan&target.radius=3");
        assertEquals(List.of(), r.errors());
        assertEquals(3.0, r.state().config().target().params().get("radius"));
        assertEquals(preset.target().params().get("sd"), r.state().config().target().params().get("sd"));
    }

    @Test
    void anotherTargetBesideAPresetStartsFromThatTargetWithoutTheOthersParameters() {
        LinkReader.Read r = lab("_preset=ring8-gan&target.name=grid25");
        assertEquals(List.of(), r.errors(), "ring8's radius is not carried over to grid25");
        assertEquals("grid25", r.state().config().target().name());
        assertFalse(r.state().config().target().params().containsKey("radius"));
    }

    @Test
    void anUnreadableValueBesideAPresetIsReplacedByTheDefaultTheMessageNames() {
        ExperimentConfig preset = Presets.get("ring8-wgan-gp").config();
        double defaultLr = Defaults.CONFIG.optimizer().generator().lr();
        assertTrue(preset.optimizer().generator().lr() != defaultLr, "the preset's rate differs from the default");
        LinkReader.Read r = lab("_preset=ring8-wgan-gp&optimizer.generator.lr=abc");
        assertEquals(1, r.errors().size(), r.errors().toString());
        ConfigError e = r.errors().get(0);
        assertEquals("optimizer.generator.lr", e.field());
        assertTrue(e.message().contains("using the default 0.001"), e.message());
        assertEquals(defaultLr, r.state().config().optimizer().generator().lr());
        assertEquals(preset.optimizer().discriminator(), r.state().config().optimizer().discriminator());
    }

    @Test
    void theFlagsAreTypedAndWrittenBack() {
        LinkReader.Read r = lab("_hide=Target,charts&_present=1&_course=ml101&_engine=old&seed=3");
        LinkFlags f = r.state().flags();
        assertEquals(Set.of("target", "charts"), f.hide());
        assertTrue(f.present());
        assertEquals(Map.of("_course", List.of("ml101")), f.other());
        String q = LinkWriter.write(r.state()).query();
        assertFalse(q.contains("_engine=old"), q);
        LinkReader.Read back = lab(q);
        assertEquals(List.of(), back.errors());
        assertEquals(r.state(), back.state());
        assertFalse(lab("_present=0").state().flags().present());
        assertFalse(lab("_present=false").state().flags().present());
    }

    @Test
    void aLinkOverTheServersLimitsNamesTheLimits() {
        Limits narrow = new Limits(32, 2, 100, 16, 5000, 10);
        LinkReader.Read r = LinkReader.lab(QueryParameters.fromString("batchSize=512").getParameters(), narrow);
        assertEquals("batchSize", r.errors().get(0).field());
        ConfigError last = r.errors().get(r.errors().size() - 1);
        assertEquals("server limits", last.field());
        assertTrue(last.message().contains("batches of at most 100 (max-batch = 100)"), last.message());
        assertTrue(r.state().config().batchSize() <= 100);
    }

    @Test
    void aComparisonFromALessonKeepsTheLessonInItsLinkAndReadsBackBothRuns() {
        int lessons = 0;
        for (Lesson l : Lessons.all()) {
            if (l.compareWith() == null) {
                continue;
            }
            lessons++;
            LinkReader.Read r = compare("_lesson=" + l.id());
            assertEquals(List.of(), r.errors());
            LinkState reseeded = r.state().withConfigs(l.config().withSeed(5), l.compareWith().withSeed(5));
            String q = LinkWriter.write(reseeded).query();
            assertTrue(q.contains("_lesson=" + l.id()), q);
            assertTrue(q.contains("&b."), "the link holds B's settings: " + q);
            LinkReader.Read back = compare(q);
            assertEquals(List.of(), back.errors(), q);
            assertEquals(reseeded.config(), back.state().config(), q);
            assertEquals(reseeded.b(), back.state().b(), q);
            assertEquals(l, back.state().flags().lesson());
        }
        assertTrue(lessons >= 2, "lessons with a comparison: " + lessons);
    }

    @Test
    void theLabNamesBKeysAndKeepsNoB() {
        LinkReader.Read r = lab("b.seed=3");
        assertNull(r.state().b());
        assertEquals("b.seed", r.errors().get(0).field());
    }

    @Test
    void hideKeepsTheLinksOrder() {
        LinkFlags f = new LinkFlags(new LinkedHashSet<>(List.of("charts", "target")), false, null, null, false, Map.of());
        String q = LinkWriter.write(LinkState.of(Defaults.CONFIG).withFlags(f)).query();
        assertTrue(q.endsWith("&_hide=charts%2Ctarget"), q);
    }

    @Test
    void anUnknownHideNameIsNamedWithWhatCanBeHidden() {
        LinkReader.Read r = lab("_hide=everything,charts");
        assertEquals(Set.of("charts"), r.state().flags().hide());
        assertEquals(1, r.errors().size(), r.errors().toString());
        ConfigError e = r.errors().get(0);
        assertEquals("_hide", e.field());
        assertTrue(e.message().contains("\"everything\"") && e.message().contains("target, objective"), e.message());
    }
}
