package lab.minimax.live.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Base85Test {
    @Test
    void eightyFiveDigitsThatJsonAndHtmlLeaveAlone() {
        assertEquals(85, Base85.DIGITS.length());
        assertEquals(85, Base85.DIGITS.chars().distinct().count());
        for (char c : "\"'&<>\\`{} ".toCharArray()) {
            assertTrue(Base85.DIGITS.indexOf(c) < 0, "'" + c + "' is not a digit");
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("k", Base85.DIGITS);
        assertEquals("{\"k\":\"" + Base85.DIGITS + "\"}", o.toString(), "Jackson writes the digits as they are");
    }

    @Test
    void aGroupIsItsBigEndianNumberInBase85() {
        byte[] b = {(byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF};
        // 0xDEADBEEF = 3735928559 = 71·85⁴ + 48·85³ + 28·85² + 45·85 + 59; in the digits
        // "!#$%()*+,-./0-9:;=?@A-Z[]^_a-z|~" those are o V B S c
        assertEquals("oVBSc", Base85.encode(b));
        assertArrayEquals(b, Base85.decode("oVBSc"));
        assertEquals("!!!!!", Base85.encode(new byte[4]));
        assertEquals("z;]0!", Base85.encode(new byte[] {-1, -1, -1, -1}), "2³² − 1");
    }

    @Test
    void everyLengthRoundTrips() {
        SplittableRandom rng = new SplittableRandom(9);
        for (int n = 0; n <= 40; n++) {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) rng.nextInt(256);
            }
            if (n > 4) {
                b[0] = b[1] = b[2] = b[3] = (byte) 0xFF; // the largest group
                b[n - 1] = (byte) 0xFF;                  // and a tail of 0xFF
            }
            String s = Base85.encode(b);
            assertEquals(5 * (n / 4) + (n % 4 == 0 ? 0 : n % 4 + 1), s.length(), "length for " + n + " bytes");
            assertArrayEquals(b, Base85.decode(s), "n = " + n);
        }
    }

    @Test
    void badTextIsRefusedWithItsPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Base85.decode("!!!!!!"));
        assertTrue(e.getMessage().contains("5n + 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Base85.decode("!!\"!!"));
        assertTrue(e.getMessage().contains("at 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Base85.decode("~~~~~"));
        assertTrue(e.getMessage().contains("32 bits"), e.getMessage());
    }
}
