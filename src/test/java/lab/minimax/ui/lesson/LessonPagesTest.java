package lab.minimax.ui.lesson;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import lab.minimax.experiment.Scheme;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.LessonChart;
import lab.minimax.lesson.Lessons;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.live.FrameBuilder;
import lab.minimax.ui.chart.CurvesChart;
import lab.minimax.ui.run.KaribuRunPanelTest;

/** The lesson index and the lesson pages without a browser (Karibu). */
class LessonPagesTest extends KaribuRunPanelTest {
    private static LessonView open(String id) {
        UI.getCurrent().navigate("lesson/" + id);
        return _get(LessonView.class);
    }

    @Test
    void theIndexListsTheTenLessonsInOrderEachLinkingToItsPage() {
        UI.getCurrent().navigate(LessonIndexView.class);
        LessonIndexView index = _get(LessonIndexView.class);
        List<RouterLink> links = index.links();
        List<Lesson> all = Lessons.all();
        assertEquals(10, all.size());
        assertEquals(10, links.size());
        for (int i = 0; i < all.size(); i++) {
            Lesson l = all.get(i);
            assertEquals("lesson/" + l.id(), links.get(i).getHref());
            String text = links.get(i).getElement().getTextRecursively();
            assertTrue(text.contains("Lesson " + l.number()) && text.contains(l.title()) && text.contains(l.oneLine()),
                    "card " + i + ": " + text);
            assertEquals(1, links.get(i).getChildren().filter(c -> c instanceof LessonThumb).count());
        }
    }

    @Test
    void everyLessonPageShowsItsFormulasTextAndRun() {
        for (Lesson l : Lessons.all()) {
            LessonView v = open(l.id());
            assertEquals(l, v.lesson());
            List<String> tex = v.explanation().formulas().stream().map(TexFormula::getTex).toList();
            assertEquals(l.formulas(), tex, l.id());
            String text = v.explanation().getElement().getTextRecursively();
            assertTrue(text.contains(l.explanation()), l.id());
            l.lookFor().forEach(s -> assertTrue(text.contains(s), l.id() + ": " + s));
            assertEquals(l.config(), v.panel().config());
            assertEquals(LessonCharts.of(l.chart()), List.copyOf(v.panel().charts().keySet()));
            assertEquals(l.compareWith() != null, v.getChildren().anyMatch(c ->
                    c.getElement().getTextRecursively().contains("Compare side by side")), l.id());
            assertTrue(v.getPageTitle().contains(l.title()));
        }
    }

    @Test
    void theStepButtonTrainsTheLessonsRun() {
        LessonView v = open("mode-collapse");
        assertEquals(0, counts(v.panel().status().getText())[0]);
        _click(_get(v.transport(), Button.class, s -> s.withText("Step")));
        _click(_get(v.transport(), Button.class, s -> s.withText("Step")));
        assertEquals(2, counts(v.panel().status().getText())[0]);
    }

    @Test
    void anUnknownLessonSaysSoAndLinksToTheIndex() {
        LessonView v = open("no-such-lesson");
        assertNull(v.lesson());
        Div box = _get(Div.class, s -> s.withId("lesson-not-found"));
        assertTrue(box.getElement().getTextRecursively().contains("“no-such-lesson”"));
        RouterLink back = _get(box, RouterLink.class);
        assertEquals("lessons", back.getHref());
        assertNull(v.panel(), "no run is started for an unknown lesson");
    }

    @Test
    void theGeneratorLossChartHasBothCurvesAndOneDotPerSamplePerCurve() {
        LessonView v = open("saturating-loss");
        CurvesChart c = v.lossChart();
        assertNotNull(c);
        List<CurvesChart.Layer> layers = c.getLayers();
        assertEquals(4, layers.size());
        int dots = layers.get(2).xy().length / 2;
        assertEquals(FrameBuilder.SAMPLES, dots, "one dot per drawn generated sample");
        assertEquals(dots, layers.get(3).xy().length / 2);
        // every dot lies on its curve: −log σ(v) and log(1 − σ(v))
        float[] ns = layers.get(2).xy();
        float[] sat = layers.get(3).xy();
        for (int i = 0; i < dots; i++) {
            double vv = ns[2 * i];
            assertEquals(Math.log1p(Math.exp(-vv)), ns[2 * i + 1], 1e-5);
            assertEquals(-Math.log1p(Math.exp(vv)), sat[2 * i + 1], 1e-5);
        }
        assertTrue(c.getSummary().startsWith("Generator losses at step 0"), c.getSummary());
        assertNull(v.dirac());
    }

    @Test
    void slowMotionTakesOneStepApartSampleThenDThenG() {
        LessonView v = open("saturating-loss");
        int k = v.panel().config().dSteps();
        _click(v.slowButton());
        assertTrue(v.slowText().getText().startsWith("1/3 sample"), v.slowText().getText());
        assertEquals(0, counts(v.panel().status().getText())[0]);
        assertEquals(0, counts(v.panel().status().getText())[1]);
        _click(v.slowButton());
        assertTrue(v.slowText().getText().startsWith("2/3 D update"), v.slowText().getText());
        assertEquals(0, counts(v.panel().status().getText())[0]);
        assertEquals(k, counts(v.panel().status().getText())[1]);
        _click(v.slowButton());
        assertTrue(v.slowText().getText().startsWith("3/3 G update"), v.slowText().getText());
        assertEquals(1, counts(v.panel().status().getText())[0]);
        assertEquals("Slow motion: 1/3 sample", v.slowButton().getText());
    }

    @Test
    void theDiracLessonHasThePlaneAndTheSchemeSwitchOnTheRealRun() {
        Lesson l = Lessons.all().stream().filter(x -> x.chart() == LessonChart.DIRAC_FIELD).findFirst().orElseThrow();
        LessonView v = open(l.id());
        DiracPanel d = v.dirac();
        assertNotNull(d);
        assertTrue(d.status().getText().contains("step 0"), d.status().getText());
        _click(d.step);
        _click(d.step);
        assertTrue(d.status().getText().contains("step 2"), d.status().getText());
        double r2 = d.session().radius2();
        _setValue(d.update, lab.minimax.gan.DiracGan.Update.ALTERNATING);
        assertTrue(d.status().getText().startsWith("alternating"), d.status().getText());
        assertTrue(d.status().getText().contains("step 0"), "a new scheme starts again");
        assertTrue(r2 > d.session().radius2(), "two simultaneous steps moved outwards");

        Scheme other = l.config().scheme() == Scheme.ALTERNATING ? Scheme.SIMULTANEOUS : Scheme.ALTERNATING;
        _click(_get(v.transport(), Button.class, s -> s.withText("Step")));
        _setValue(v.scheme(), other);
        assertEquals(other, v.panel().config().scheme());
        assertEquals(0, counts(v.panel().status().getText())[0], "the real run starts again at step 0");
        _click(_get(v.transport(), Button.class, s -> s.withText("Step")));
        assertEquals(1, counts(v.panel().status().getText())[0]);
    }

    @Test
    void diracLearningRateOutOfRangeIsNamed() {
        Lesson l = Lessons.all().stream().filter(x -> x.chart() == LessonChart.DIRAC_FIELD).findFirst().orElseThrow();
        DiracPanel d = open(l.id()).dirac();
        _setValue(d.lr, 5.0);
        assertTrue(d.getElement().getTextRecursively().contains("Learning rate h"), "message names the field");
        assertFalse(d.playing());
    }
}
