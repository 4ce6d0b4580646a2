package lab.minimax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.Metric;
import lab.minimax.gan.MetricInputs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * summary.json: the engine version, the config, every {@link Metric} at the end (the last row of
 * metrics.csv by column name: modesCovered, highQualityFraction, modeReverseKl, w1, slicedW, mmd2,
 * js, kl, reverseKl, fBound, fPlugin, samples, …; null where not defined), steps, seconds and,
 * when the run diverged, why.
 */
final class Summary {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Summary() {
    }

    static void write(Path file, ExperimentConfig cfg, MetricInputs fin, long steps, double seconds,
                      String diverged) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", lab.minimax.experiment.Engine.VERSION);
        m.put("config", JSON.readTree(ConfigJson.write(cfg)));
        for (Metric metric : Metric.values()) {
            double v = metric.value(fin);
            m.put(metric.csvName(), !Double.isFinite(v) ? null : metric == Metric.SAMPLES ? (Object) (long) v : v);
        }
        m.put("steps", steps);
        m.put("seconds", seconds);
        m.put("diverged", diverged);
        JSON.writeValue(file.toFile(), m);
    }
}
