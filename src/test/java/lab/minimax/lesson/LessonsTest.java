package lab.minimax.lesson;

import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.config.ConfigUrl;
import lab.minimax.experiment.config.ConfigValidator;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ParseMode;
import lab.minimax.experiment.preset.Presets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue: ten lessons in order, every config valid and lossless through URL and JSON. */
class LessonsTest {

    @Test
    void tenLessonsInOrderWithUniqueSlugs() {
        List<Lesson> all = Lessons.all();
        assertThat(all).hasSize(10);
        for (int i = 0; i < all.size(); i++) {
            Lesson l = all.get(i);
            assertThat(l.number()).isEqualTo(i + 1);
            assertThat(l.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(Lessons.byId(l.id())).contains(l);
            assertThat(l.title()).isNotBlank();
            assertThat(l.oneLine()).isNotBlank();
            assertThat(l.formulas()).isNotEmpty();
            assertThat(l.lookFor()).isNotEmpty();
            assertThat(l.chart()).isNotNull();
            // plain text, never HTML
            assertThat(l.explanation()).isNotBlank().doesNotContain("<", ">");
            l.lookFor().forEach(b -> assertThat(b).isNotBlank().doesNotContain("<"));
        }
        assertThat(new HashSet<>(all.stream().map(Lesson::id).toList())).hasSize(10);
        assertThat(new HashSet<>(all.stream().map(Lesson::chart).toList())).hasSize(10);
        assertThat(Lessons.byId("nope")).isEmpty();
    }

    @Test
    void everyLessonConfigValidatesAndRoundTripsThroughUrlAndJson() {
        for (Lesson l : Lessons.all()) {
            List<ExperimentConfig> configs = new ArrayList<>();
            configs.add(l.config());
            if (l.compareWith() != null) {
                configs.add(l.compareWith());
                assertThat(l.compareWith().seed()).as(l.id() + ": same seed").isEqualTo(l.config().seed());
                assertThat(l.compareWith().target()).as(l.id() + ": same target").isEqualTo(l.config().target());
                assertThat(l.compareWith()).as(l.id() + ": other settings").isNotEqualTo(l.config());
            }
            for (ExperimentConfig c : configs) {
                assertThat(ConfigValidator.validate(c, Limits.DEFAULTS)).as(l.id()).isEmpty();
                assertThat(ConfigUrl.parse(ConfigUrl.write(c), Limits.DEFAULTS, ParseMode.STRICT).config())
                        .as(l.id() + " URL").isEqualTo(c);
                assertThat(ConfigJson.parse(ConfigJson.write(c), Limits.DEFAULTS).config())
                        .as(l.id() + " JSON").isEqualTo(c);
            }
        }
    }

    @Test
    void lessonPresetsAreInTheMenuAndValid() {
        for (String id : List.of("lesson-optimal-d-1d", "lesson-optimal-d-2d", "lesson-mode-collapse",
                "lesson-mode-collapse-wgan-gp", "lesson-lipschitz-clip", "lesson-lipschitz-gp", "lesson-entropy",
                "lesson-digit-collapse")) {
            ExperimentConfig c = Presets.get(id).config();
            assertThat(ConfigValidator.validate(c, Limits.DEFAULTS)).as(id).isEmpty();
            assertThat(ConfigUrl.parse(ConfigUrl.write(c), Limits.DEFAULTS, ParseMode.STRICT).config()).as(id).isEqualTo(c);
        }
    }
}
