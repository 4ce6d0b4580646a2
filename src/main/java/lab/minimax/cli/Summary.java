package lab.minimax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.Evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * summary.json: the config, the final metrics (modesCovered, highQualityFraction, modeReverseKl,
 * w1, slicedW, mmd2, js, kl, reverseKl, fBound, fPlugin; null where not defined), steps, seconds,
 * the evaluation sample size and, when the run diverged, why.
 */
final class Summary {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Summary() {
    }

    static void write(Path file, ExperimentConfig cfg, Evaluation e, long steps, double seconds, String diverged)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", lab.minimax.experiment.Engine.VERSION);
        m.put("config", JSON.readTree(ConfigJson.write(cfg)));
        m.putAll(e.asMap());
        m.put("steps", steps);
        m.put("seconds", seconds);
        m.put("samples", e.samples());
        m.put("diverged", diverged);
        JSON.writeValue(file.toFile(), m);
    }
}
