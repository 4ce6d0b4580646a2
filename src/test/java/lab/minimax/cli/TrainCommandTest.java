package lab.minimax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import lab.minimax.gan.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: {@code train} on a small config writes metrics.csv and summary.json; bad configs exit 2. */
class TrainCommandTest {
    private static final String SMALL = """
            {"v": 1, "target": {"name": "ring8"}, "noise": {"dim": 2},
             "generator": {"hidden": [32, 32]}, "discriminator": {"hidden": [32, 32]},
             "batchSize": 64, "seed": 5}
            """;

    @Test
    void trainWritesSummaryAndMetrics(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("small.json");
        Files.writeString(cfg, SMALL);
        Path out = dir.resolve("out");
        int code = Cli.run(new String[] {"train", "--config", cfg.toString(), "--steps", "300",
                "--out", out.toString(), "--every", "100", "--samples", "2000"});
        assertEquals(0, code);

        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(300, s.get("steps").asLong());
        assertEquals("ring8", s.get("config").get("target").get("name").asText());
        assertEquals(5, s.get("config").get("seed").asLong());
        for (String key : List.of("modesCovered", "highQualityFraction", "modeReverseKl", "w1", "slicedW", "mmd2",
                "js", "kl", "reverseKl", "fBound", "fPlugin", "steps", "seconds")) {
            assertTrue(s.has(key), "summary.json lacks " + key);
        }
        double modes = s.get("modesCovered").asDouble();
        assertTrue(modes >= 0 && modes <= 8, "modesCovered " + modes);
        assertTrue(s.get("w1").isNull(), "W1 is 1D only");
        assertTrue(s.get("slicedW").asDouble() > 0, "sliced W of a 300-step generator is positive");
        assertTrue(s.get("seconds").asDouble() > 0);

        List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals(MetricsCsv.HEADER, rows.get(0));
        assertEquals(4, rows.size(), "header + rows at steps 100, 200, 300");
        assertTrue(rows.get(3).startsWith("300,"));
    }

    @Test
    void metricsCsvHasTheLightMetricsAndTheHeavyOnesOnEveryRowAndTheSummaryIsItsLastRow(@TempDir Path dir)
            throws Exception {
        Path cfg = dir.resolve("small.json");
        Files.writeString(cfg, SMALL);
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run(new String[] {"train", "--config", cfg.toString(), "--steps", "120",
                "--out", out.toString(), "--every", "40", "--samples", "1500"}));
        List<String> lines = Files.readAllLines(out.resolve("metrics.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        assertEquals(4, lines.size(), "header + rows at steps 40, 80, 120");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",", -1);
            assertEquals(header.size(), cells.length, lines.get(r));
            assertEquals(40L * r, Long.parseLong(cells[0]));
            for (Metric m : Metric.values()) {
                String cell = cells[header.indexOf(m.csvName())];
                if (m == Metric.W1 || (m == Metric.MODE_REVERSE_KL && Double.parseDouble(cells[header.indexOf(
                        "modesCovered")]) == 0)) {
                    // W1 is 1D only; no histogram over modes when no mode is covered
                    assertEquals("", cell, m + " at row " + r);
                    continue;
                }
                double covered = Double.parseDouble(cells[header.indexOf("modesCovered")]);
                if (m == Metric.CLASS_KL || m == Metric.FRECHET || m == Metric.NEAREST_DISTANCE
                        || m == Metric.LABEL_ACCURACY) {
                    assertTrue(cell.isEmpty(), "the image metrics are not defined on ring8: " + m);
                    continue;
                }
                if (m == Metric.KL && cell.isEmpty()) {
                    // KL(p‖q) = +∞ (an empty cell, null in summary.json) only when a mode holds no generated
                    // sample, so never with all 8 modes covered
                    assertTrue(covered < 8, "KL = ∞ at row " + r + " with all 8 modes covered: " + lines.get(r));
                    if (r == lines.size() - 1) {
                        assertTrue(summary.get(m.csvName()).isNull(), "summary.json's kl: " + summary.get(m.csvName()));
                    }
                    continue;
                }
                // a ring8 GAN defines every other metric; the CLI computes the heavy ones on every row
                assertFalse(cell.isEmpty(), m + " at row " + r + ": " + lines.get(r));
                double v = Double.parseDouble(cell);
                assertTrue(Double.isFinite(v), m + " at row " + r);
                if (r == lines.size() - 1) {
                    JsonNode s = summary.get(m.csvName());
                    assertTrue(s != null && s.isNumber(), "summary.json's " + m.csvName() + ": " + s);
                    assertEquals(s.asDouble(), v, 1e-5 * Math.max(1, Math.abs(v)), "summary = last row: " + m);
                }
            }
            double js = Double.parseDouble(cells[header.indexOf("js")]);
            assertEquals(-Math.log(4) + 2 * js, Double.parseDouble(cells[header.indexOf("gameReference")]), 1e-5);
            assertEquals(cells[header.indexOf("slicedW")], cells[header.indexOf("w1OrSlicedW")]);
            assertEquals(Double.parseDouble(cells[header.indexOf("modesCovered")]) / 8,
                    Double.parseDouble(cells[header.indexOf("modesCoveredFraction")]), 1e-5);
            assertEquals("1500", cells[header.indexOf("samples")]);
            assertTrue(Double.parseDouble(cells[header.indexOf("lipschitz")]) > 0, "L̂ of a trained critic");
        }
    }

    @Test
    void divergedRunExitsThreeAndStillWritesTheSummaryWithTheReason(@TempDir Path dir) throws Exception {
        // plain SGD at lr 10 blows the networks up within a few steps
        Path cfg = dir.resolve("diverge.json");
        Files.writeString(cfg, """
                {"v": 1, "target": {"name": "ring8"},
                 "optimizer": {"generator": {"name": "sgd", "lr": 10}, "discriminator": {"name": "sgd", "lr": 10}},
                 "seed": 1}
                """);
        Path out = dir.resolve("out");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Cli.run(new String[] {"train", "--config", cfg.toString(), "--steps", "2000",
                    "--out", out.toString(), "--every", "50", "--samples", "500"});
        } finally {
            System.setErr(old);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(3, code, "exit code of a diverged run; stderr: " + text);
        assertTrue(text.contains("diverged: "), text);
        assertTrue(!text.contains("Exception"), "no stack trace: " + text);
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(s.get("diverged").isTextual(), "summary.json names why: " + s.get("diverged"));
        assertTrue(s.get("diverged").asText().contains("became"), s.get("diverged").asText());
        assertTrue(s.get("steps").asLong() < 2000, "stopped early at " + s.get("steps"));
        // metrics of a generator with non-finite outputs: defined ones are numbers, the rest null
        for (String key : List.of("modesCovered", "highQualityFraction", "slicedW", "mmd2", "js", "fPlugin")) {
            assertTrue(s.has(key) && (s.get(key).isNull() || s.get(key).isNumber()), key + ": " + s.get(key));
        }
        List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
        assertTrue(rows.size() >= 2, "header + the row of the step that diverged");
    }

    @Test
    void invalidConfigExitsTwoNamingTheField(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("bad.json");
        Files.writeString(cfg, "{\"batchSize\": 0, \"generator\": {\"hidden\": [64, 999]}}");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Cli.run(new String[] {"train", "--config", cfg.toString(), "--out", dir.resolve("o").toString()});
        } finally {
            System.setErr(old);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code);
        assertTrue(text.contains("batchSize"), text);
        assertTrue(text.contains("generator.hidden[1]"), text);
        assertTrue(text.contains("256"), "names the allowed range: " + text);
        assertTrue(Files.notExists(dir.resolve("o").resolve("summary.json")));
    }

    /** {@code --preset} trains a preset, {@code --seed} overrides its seed, and samples.png shows both sides. */
    @Test
    void trainsAPresetWithItsSeedOverriddenAndDrawsTheSamples(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("p");
        CliRun run = CliRun.of("train", "--preset", "ring8-gan", "--seed", "11", "--steps", "40", "--out", out.toString(),
                "--samples", "500");
        assertEquals(0, run.code(), run.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(11, s.get("config").get("seed").asLong());
        assertEquals(40, s.get("steps").asLong());
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(out.resolve("samples.png").toFile());
        assertEquals(SamplesPng.SIDE, png.getWidth());
        assertEquals(SamplesPng.SIDE, png.getHeight());
        int teal = 0;
        int orange = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                java.awt.Color c = new java.awt.Color(png.getRGB(x, y));
                teal += c.getGreen() > c.getRed() + 40 ? 1 : 0;
                orange += c.getRed() > c.getGreen() + 40 && c.getRed() > c.getBlue() + 40 ? 1 : 0;
            }
        }
        assertTrue(teal > 100 && orange > 100, "real (teal) and generated (orange) dots: " + teal + ", " + orange);
    }

    @Test
    void aPresetAndAConfigTogetherOrAnUnknownPresetAreRefused(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("small.json");
        Files.writeString(cfg, SMALL);
        CliRun.of("train", "--preset", "ring8-gan", "--config", cfg.toString()).assertRejected("exactly one of");
        CliRun.of("train").assertRejected("exactly one of");
        CliRun.of("train", "--preset", "ring9").assertRejected("--preset", "ring9", "ring8-gan", "lesson-kl-covers");
    }
}
