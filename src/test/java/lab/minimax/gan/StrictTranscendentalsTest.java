package lab.minimax.gan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Part of the bit-identity guarantee (issue 11): the networks and their kernels, the random
 * streams, the objective heads, the stable maths and the metrics compute every transcendental with {@link StrictMath} (fdlibm, the same bits on every
 * CPU and JVM), never with {@link Math}'s intrinsics, whose results may differ in the last digit
 * between machines. Math.sqrt, abs, min, max, fma, signum are exactly rounded and allowed.
 */
class StrictTranscendentalsTest {
    private static final Pattern INTRINSIC = Pattern.compile(
            "(?<![A-Za-z0-9_])Math\\s*\\.\\s*(exp|expm1|log|log1p|log10|pow|sin|cos|tan|asin|acos|atan|atan2"
                    + "|sinh|cosh|tanh|cbrt|hypot)\\s*\\(");
    private static final Pattern STATIC_IMPORT = Pattern.compile("import\\s+static\\s+java\\.lang\\.Math\\.");

    @Test
    void theEngineUsesStrictMathOrItsOwnCodeForEveryTranscendental() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String pkg : List.of("gan", "gan/objective", "metrics", "nn", "nn/f32", "random")) {
            try (Stream<Path> s = Files.list(Path.of("src/main/java/lab/minimax", pkg))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    List<String> lines = Files.readAllLines(p);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = INTRINSIC.matcher(lines.get(i));
                        if (m.find() || STATIC_IMPORT.matcher(lines.get(i)).find()) {
                            found.add(p + ":" + (i + 1) + ": " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        assertTrue(files > 40, "source files scanned: " + files);
        assertTrue(found.isEmpty(), "Math transcendentals (use StrictMath):\n" + String.join("\n", found));
    }
}
