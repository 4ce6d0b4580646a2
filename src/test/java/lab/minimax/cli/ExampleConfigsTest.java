package lab.minimax.cli;

import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ParseResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example configs the README points to stay valid. */
class ExampleConfigsTest {
    @Test
    void everyExampleParses() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            ParseResult r = ConfigJson.parse(Files.readString(f), Limits.DEFAULTS);
            assertTrue(r.isValid(), f + ": " + r.errorText());
        }
    }
}
