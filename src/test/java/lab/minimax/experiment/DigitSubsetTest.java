package lab.minimax.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DigitSubsetTest {
    @Test
    void readsAListAndWritesItBackAscending() {
        DigitSubset s = DigitSubset.parse(" 7, 0 ,1");
        assertArrayEquals(new int[] {0, 1, 7}, s.digits());
        assertEquals(3, s.size());
        assertEquals("0,1,7", s.toString());
        assertEquals(s, DigitSubset.parse(s.toString()));
        assertTrue(s.contains(7));
        assertFalse(s.contains(2));
        assertFalse(s.contains(-1));
        assertFalse(s.contains(17));
        assertFalse(s.isAll());
    }

    @Test
    void allTenDigitsAreTheFullSet() {
        assertSame(DigitSubset.all(), DigitSubset.parse("9,8,7,6,5,4,3,2,1,0"));
        assertEquals("0,1,2,3,4,5,6,7,8,9", DigitSubset.all().toString());
        assertEquals(10, DigitSubset.all().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'';give at least one digit from 0–9",
            "1,,2;'' is not a digit, allowed 0–9",
            "12;'12' is not a digit, allowed 0–9",
            "-1;'-1' is not a digit, allowed 0–9",
            "a;'a' is not a digit, allowed 0–9",
            "3,3;3 is listed twice"})
    void badListsAreRefusedNamingTheFieldAndTheRange(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DigitSubset.parse(text));
        assertTrue(e.getMessage().startsWith("target.digits: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void digitsOutOfRangeAreRefusedByOf() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DigitSubset.of(10)).getMessage()
                .contains("target.digits: 10 is not a digit, allowed 0–9"));
        assertThrows(IllegalArgumentException.class, DigitSubset::of);
    }
}
