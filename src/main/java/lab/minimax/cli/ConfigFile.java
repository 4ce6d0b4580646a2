package lab.minimax.cli;

import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ParseResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an experiment config file for {@code train --config} and {@code bench}: a regular file of
 * at most {@link #MAX_BYTES} bytes, parsed strictly by {@link ConfigJson} under
 * {@link Limits#DEFAULTS}. Problems are printed to {@code err}, one line per field, naming the
 * option they came from.
 */
final class ConfigFile {
    /** Largest config file accepted (a points target of 5000 points fits easily). */
    static final long MAX_BYTES = 1 << 20;

    private ConfigFile() {
    }

    /** The validated config of {@code file}, or empty after printing why not. */
    static Optional<ExperimentConfig> read(String option, Path file, PrintStream err) throws IOException {
        if (!Files.isRegularFile(file)) {
            err.println(option + ": no such file: " + file);
            return Optional.empty();
        }
        if (Files.size(file) > MAX_BYTES) {
            err.println(option + ": file larger than " + MAX_BYTES + " bytes: " + file);
            return Optional.empty();
        }
        ParseResult parsed = ConfigJson.parse(Files.readString(file, StandardCharsets.UTF_8), Limits.DEFAULTS);
        if (!parsed.errors().isEmpty()) {
            err.println("invalid config " + file + ":");
            for (ConfigError e : parsed.errors()) {
                err.println("  " + e.field() + ": " + e.message());
            }
            return Optional.empty();
        }
        return Optional.of(parsed.config());
    }
}
