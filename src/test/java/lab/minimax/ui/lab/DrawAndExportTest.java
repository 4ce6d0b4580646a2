package lab.minimax.ui.lab;

import lab.minimax.link.LinkState;
import lab.minimax.link.LinkWriter;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.config.ConfigUrl;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ParseMode;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.experiment.TargetSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.live.LiveRun;
import lab.minimax.gan.Metric;

/** Drawn targets, CSV points, export/import and presentation mode without a browser (Karibu). */
class DrawAndExportTest {
    private LabView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("lab.minimax.ui"));
        open("_preset=ring8-gan");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void open(String query) {
        UI.getCurrent().navigate(LabView.class, com.vaadin.flow.router.QueryParameters.fromString(query));
        view = _get(LabView.class);
    }

    private Button button(String name) {
        return _get(Button.class, s -> s.withText(name));
    }

    /** n points on a circle of radius 3, rounded to 0.01 as drawn points are. */
    private static String circle(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            b.append(i == 0 ? "" : ";").append(Math.round(300 * Math.cos(a)) / 100.0).append(',')
                    .append(Math.round(300 * Math.sin(a)) / 100.0);
        }
        return b.toString();
    }

    @Test
    void drawnPointsBecomeThePointsTargetAndTheRunRestartsOnThem() {
        LiveRun before = view.run();
        _click(button("Draw"));
        assertTrue(view.drawBar().isDrawing());
        assertEquals("true", view.drawBar().draw.getElement().getAttribute("aria-pressed"));
        assertTrue(view.plane().getElement().getProperty("drawing", false));
        view.plane().pointsDrawn("0.5,0.5");
        _click(button("Use these points"));
        assertTrue(view.drawBar().messageText().contains("at least 2"), view.drawBar().messageText());
        assertEquals("ring8", view.form().getConfig().target().name(), "one point does not make a target");

        view.plane().pointsDrawn(circle(300));
        assertEquals("300 points", view.drawBar().count.getText());
        _click(button("Use these points"));
        ExperimentConfig c = view.form().getConfig();
        assertEquals("points", c.target().name());
        assertEquals(300, c.target().points().size());
        assertEquals(3.0, c.target().points().x(0));
        assertFalse(view.drawBar().isDrawing(), "using the points ends draw mode");
        assertNotSame(before, view.run(), "a new run on the drawn target");
        assertEquals(Presets.find("ring8-gan").orElseThrow().config().objective(), c.objective(),
                "the other settings are kept");

        // the points train like any other target
        _click(button("Step"));
        assertTrue(view.status().getText().startsWith("step 1"), view.status().getText());

        // 300 points fit in the link, which opens the same experiment
        LinkWriter.Link link = view.link().lastLink();
        assertFalse(link.pointsLeftOut());
        assertTrue(link.query().length() < LinkWriter.MAX_LINK_BYTES, "length " + link.query().length());
        System.out.println("URL query of a 300-point drawing: " + link.query().length() + " bytes");
        assertEquals(c, ConfigUrl.parse(link.query(), Limits.DEFAULTS, ParseMode.STRICT).config());
        assertEquals("", view.link().pointsMessageText());

        // Clear empties the drawing
        _click(button("Draw"));
        _click(button("Clear"));
        assertEquals(0, view.plane().drawnPoints().length);
        assertEquals("0 points", view.drawBar().count.getText());
    }

    @Test
    void aCsvFileBecomesTheTargetAndABadOneIsNamedByLine() {
        view.drawBar().csvUploaded("bad.csv", "x,y\n1,2\n3\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("bad.csv: line 3: expected 2 columns x,y, got 1 (\"3\")", view.drawBar().messageText());
        assertEquals("ring8", view.form().getConfig().target().name());

        // 1000 points: the target, but too many for a link (stays under 6 KB): left out, said so
        StringBuilder csv = new StringBuilder("x,y\n");
        for (String pair : circle(1000).split(";")) {
            csv.append(pair).append('\n');
        }
        view.drawBar().csvUploaded("ring.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        ExperimentConfig c = view.form().getConfig();
        assertEquals(1000, c.target().points().size());
        assertTrue(view.drawBar().messageText().contains("1000 points"));
        LinkWriter.Link link = view.link().lastLink();
        assertTrue(link.pointsLeftOut());
        assertTrue(link.fullLength() >= LinkWriter.MAX_LINK_BYTES && link.query().length() < 2048,
                link.fullLength() + " / " + link.query().length());
        assertFalse(link.query().contains("target.points"));
        assertTrue(link.query().contains("_points=export"));
        String note = view.link().pointsMessageText();
        assertTrue(note.contains("1000 points") && note.contains("Export") && note.contains("Import"), note);

        // opening that link says what happened and where the points are
        open(link.query());
        assertTrue(view.linkMessage().contains("Import config"), view.linkMessage());
    }

    @Test
    void exportThenImportRestoresTheExperimentAndItsLink() {
        ExperimentConfig drawn = Presets.find("points-smiley").orElseThrow().config()
                .withSeed(77).withTarget(new TargetSpec("points", Map.of("bandwidth", 0.2),
                        new PointSet(new double[] {1, 1, -1, 2.5, 0.25, -3})));
        view.transferBar().configUploaded("in.json", ConfigJson.write(drawn).getBytes(StandardCharsets.UTF_8));
        assertEquals(drawn, view.form().getConfig());
        byte[] exported = view.transferBar().configFile();

        open("_preset=grid25-gan");
        assertNotEquals(drawn, view.form().getConfig());
        view.transferBar().configUploaded("exported.json", exported);
        assertEquals(drawn, view.form().getConfig(), "the round trip restores the experiment");
        assertEquals("", view.transferBar().messageText());
        assertEquals(drawn, ConfigUrl.parse(view.link().lastLink().query(), Limits.DEFAULTS, ParseMode.STRICT).config(),
                "and its link");
        assertEquals(null, view.presetSelect().getValue());

        // a bad file names each field and changes nothing
        String bad = new String(exported, StandardCharsets.UTF_8).replaceFirst("\"batchSize\": \\d+", "\"batchSize\": 0")
                .replace("\"bandwidth\": 0.2", "\"bandwidth\": 9");
        assertNotEquals(new String(exported, StandardCharsets.UTF_8), bad, "the replacements apply");
        view.transferBar().configUploaded("bad.json", bad.getBytes(StandardCharsets.UTF_8));
        String msg = view.transferBar().messageText();
        assertTrue(msg.startsWith("bad.json was not opened:") && msg.contains("batchSize: ")
                && msg.contains("target.bandwidth: "), msg);
        assertEquals(drawn, view.form().getConfig());
        view.transferBar().configUploaded("junk.json", "{\"v\": ".getBytes(StandardCharsets.UTF_8));
        assertTrue(view.transferBar().messageText().startsWith("junk.json was not opened:\n")
                        && view.transferBar().messageText().contains("is not valid JSON (line 1"),
                view.transferBar().messageText());
    }

    @Test
    void theMetricsCsvHasOneColumnPerMetricAndOneLinePerRow() {
        _click(button("Step"));
        _click(button("Step"));
        String[] lines = new String(view.transferBar().metricsFile(), StandardCharsets.UTF_8).split("\n");
        assertEquals(MetricsTable.header(), lines[0]);
        assertEquals(Metric.COLUMNS, lines[0].split(",", -1).length);
        assertTrue(lines.length >= 2, "rows: " + lines.length);
        // the first row is step 0's heavy row (the initial generator's metrics, no step made: no loss)
        String[] first = lines[1].split(",", -1);
        assertEquals("0", first[0], lines[1]);
        assertEquals("", first[1 + Metric.LOSS_D.ordinal()], "no D loss before the first step");
        assertTrue(Double.isFinite(Double.parseDouble(first[1 + Metric.JS_SMOOTHED.ordinal()])), lines[1]);
        for (int i = 2; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            assertEquals(Metric.COLUMNS, cells.length, lines[i]);
            assertEquals(Double.parseDouble(cells[1 + Metric.LOSS_D.ordinal()]),
                    Double.parseDouble(cells[1 + Metric.LOSS_D.ordinal()]), "finite D loss");
        }
        assertTrue(lines.length >= 3, "step 0 and the steps made: " + lines.length);
        float nan = Float.NaN;
        float[] row = new float[Metric.COLUMNS];
        row[0] = 7;
        row[1] = 0.25f;
        row[2] = nan;
        String one = MetricsTable.csv(row).split("\n")[1];
        assertTrue(one.startsWith("7,0.250000,,"), one);
    }

    @Test
    void presentationModeFollowsTheLinkAndTheToggle() {
        open("_preset=ring8-gan&_present=1");
        assertTrue(view.hasClassName("lab-present"));
        assertEquals("true", view.link().present.getElement().getAttribute("aria-pressed"));
        assertTrue(view.link().lastLink().query().contains("_present=1"));
        _click(button("Presentation"));
        assertFalse(view.hasClassName("lab-present"));
        assertFalse(view.link().lastLink().query().contains("_present"));
        _click(button("Presentation"));
        assertTrue(view.hasClassName("lab-present"));
        assertTrue(view.link().lastLink().query().contains("_present=1"));
    }

    @Test
    void aLinkOpenedFromTheLabCarriesTheEngineStampOnce() {
        // the page's own link is written with its stamp; opened again, the stamp is not kept as a UI key
        open("_preset=ring8-gan&_engine=" + lab.minimax.experiment.Engine.VERSION);
        String q = view.link().lastLink().query();
        assertEquals(q.indexOf("_engine="), q.lastIndexOf("_engine="), q);
        assertTrue(q.endsWith("_engine=" + lab.minimax.experiment.Engine.VERSION), q);
    }

    @Test
    void theSmileyPresetFitsInItsLink() {
        ExperimentConfig smiley = Presets.find("points-smiley").orElseThrow().config();
        LinkWriter.Link link = LinkWriter.write(LinkState.of(smiley));
        System.out.println("URL query of the smiley preset: " + link.query().length() + " bytes");
        assertFalse(link.pointsLeftOut());
        assertEquals(smiley, ConfigUrl.parse(link.query(), Limits.DEFAULTS, ParseMode.STRICT).config());
        assertArrayEquals(smiley.target().points().xy(),
                ConfigUrl.parse(link.query(), Limits.DEFAULTS, ParseMode.STRICT).config().target().points().xy());
    }
}
