package lab.minimax.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link RunId}: a fresh id is 256 random bits as unpadded URL-safe base64 (⌈256 / 6⌉ = 43
 * characters), valid, and distinct from the others; {@code valid} accepts exactly 43 characters of
 * that alphabet.
 */
class RunIdTest {
    @Test
    void freshIdsAreValidDistinctAnd256Bits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RunId.fresh();
            assertEquals(43, id.length(), id);
            assertEquals(RunId.LENGTH, id.length());
            assertTrue(RunId.valid(id), id);
            assertEquals(32, Base64.getUrlDecoder().decode(id).length, "256 bits: " + id);
            assertTrue(seen.add(id), "a repeated id: " + id);
        }
    }

    @Test
    void validAcceptsTheWholeUrlSafeAlphabet() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"; // 64 characters
        assertTrue(RunId.valid(alphabet.substring(0, 43)));
        assertTrue(RunId.valid(alphabet.substring(21, 64)));
        assertTrue(RunId.valid("-".repeat(43)));
        assertTrue(RunId.valid("_".repeat(43)));
    }

    @Test
    void validRefusesOtherLengthsAndCharacters() {
        String ok = "a".repeat(43);
        assertTrue(RunId.valid(ok));
        assertFalse(RunId.valid(null));
        assertFalse(RunId.valid(""));
        assertFalse(RunId.valid("a".repeat(42)));
        assertFalse(RunId.valid("a".repeat(44)));
        for (String bad : new String[] {"+", "/", "=", " ", ".", "é", "\n"}) {
            assertFalse(RunId.valid("a".repeat(42) + bad), "ends with " + bad);
            assertFalse(RunId.valid(bad + "a".repeat(42)), "starts with " + bad);
        }
        assertFalse(RunId.valid("a".repeat(42) + "\n" + "a"), "a line break does not end the match early");
    }
}
