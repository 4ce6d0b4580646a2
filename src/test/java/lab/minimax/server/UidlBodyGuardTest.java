package lab.minimax.server;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UidlBodyGuardTest {
    private static int depth(String s) {
        return UidlBodyGuard.depth(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void depthCountsBracketsAndBracesOutsideStrings() {
        assertEquals(0, depth(""));
        assertEquals(0, depth("\"[[[{{{\""));
        assertEquals(1, depth("[1, 2, \"]]]\"]"));
        assertEquals(3, depth("{\"a\": [{\"b\": 1}], \"c\": []}"));
        assertEquals(2, depth("[\"\\\"[[[\", [1]]"), "an escaped quote does not end the string");
        assertEquals(100_000, depth("[".repeat(100_000) + "]".repeat(100_000)));
        assertEquals(100_000, depth("{\"a\":".repeat(100_000)), "an unclosed document counts too");
    }
}
