package lab.minimax.distribution;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every transcendental in the distribution package goes through StrictMath (issue 11: the same bits
 * on every CPU; Math's intrinsics may differ in the last place). Math.sqrt, abs, min, max,
 * floor and ceil are exact and may stay.
 */
class StrictMathSourceTest {
    private static final Pattern LOOSE = Pattern.compile(
            "(?<![A-Za-z0-9_])Math\\.(exp|expm1|log|log1p|log10|pow|sin|cos|tan|asin|acos|atan|atan2"
                    + "|sinh|cosh|tanh|hypot|cbrt)\\s*\\(");

    @Test
    void targetSourcesCallNoMathTranscendental() throws IOException {
        Path dir = Path.of("src/main/java/lab/minimax/distribution");
        assertTrue(Files.isDirectory(dir), "run from the project root: " + dir.toAbsolutePath());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = LOOSE.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(f.getFileName() + ":" + (i + 1) + " Math." + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void thePatternCatchesMathButNotStrictMath() {
        assertTrue(LOOSE.matcher("return Math.exp(x);").find());
        assertTrue(LOOSE.matcher("y = 1 - Math.log1p (u)").find());
        assertTrue(!LOOSE.matcher("return StrictMath.exp(x) + Math.sqrt(y);").find());
    }
}
