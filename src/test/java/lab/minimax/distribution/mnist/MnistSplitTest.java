package lab.minimax.distribution.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MnistSplitTest {
    private static final MnistDigits DIGITS = MnistDigits.standard();
    private static final MnistSplit SPLIT = MnistSplit.standard();

    @Test
    void holds8000ForTrainingAnd2000HeldOut() {
        assertEquals(8_000, SPLIT.trainingSize());
        assertEquals(2_000, SPLIT.heldOutSize());
    }

    @Test
    void partsAreDisjointAscendingAndCoverEveryDigit() {
        int[] seen = new int[DIGITS.count()];
        int[] train = SPLIT.trainingIndices();
        int[] held = SPLIT.heldOutIndices();
        for (int k = 0; k < train.length; k++) {
            seen[train[k]]++;
            assertTrue(k == 0 || train[k - 1] < train[k], "training ascending at " + k);
        }
        for (int k = 0; k < held.length; k++) {
            seen[held[k]] += 2;
            assertTrue(k == 0 || held[k - 1] < held[k], "held out ascending at " + k);
        }
        for (int i = 0; i < seen.length; i++) {
            assertTrue(seen[i] == 1 || seen[i] == 2, "image " + i + " is in exactly one part: " + seen[i]);
        }
    }

    /**
     * Stratified: 2000·n_d/10000 = n_d/5 for the JSON counts 1001, 1127, 991, 1032, 980, 863, 1014,
     * 1070, 944, 978 is 200.2, 225.4, 198.2, 206.4, 196, 172.6, 202.8, 214, 188.8, 195.6; the floors
     * sum to 1996 and the four largest remainders (.8 for 6 and 8, .6 for 5 and 9) get one more.
     */
    @Test
    void heldOutKeepsEachDigitsShareByLargestRemainder() {
        int[] expected = {200, 225, 198, 206, 196, 173, 203, 214, 189, 196};
        int[] held = new int[10];
        for (int k = 0; k < SPLIT.heldOutSize(); k++) {
            held[DIGITS.label(SPLIT.heldOut(k))]++;
        }
        assertArrayEquals(expected, held);
        assertArrayEquals(expected, MnistSplit.quotas(MnistDigitsTest.JSON_COUNTS, 10_000, 2_000));
    }

    @Test
    void largestRemainderQuotasSumToTheTotalWithTiesToTheLowerDigit() {
        // 3 equal classes, 2 held out: shares 2/3 each, all remainders tie, the two lowest get one
        assertArrayEquals(new int[] {1, 1, 0}, MnistSplit.quotas(new int[] {5, 5, 5}, 15, 2));
        assertArrayEquals(new int[] {0, 0, 0}, MnistSplit.quotas(new int[] {5, 5, 5}, 15, 0));
        assertArrayEquals(new int[] {5, 5, 5}, MnistSplit.quotas(new int[] {5, 5, 5}, 15, 15));
    }

    @Test
    void isTheSameOnEveryCallAndDependsOnTheSeed() {
        assertSame(SPLIT, MnistSplit.standard());
        MnistSplit again = MnistSplit.of(DIGITS, MnistSplit.SEED, 2_000);
        assertArrayEquals(SPLIT.trainingIndices(), again.trainingIndices());
        assertArrayEquals(SPLIT.heldOutIndices(), again.heldOutIndices());
        assertEquals(SPLIT, again);
        MnistSplit other = MnistSplit.of(DIGITS, MnistSplit.SEED + 1, 2_000);
        assertNotEquals(SPLIT, other);
        int common = 0;
        for (int i : other.heldOutIndices()) {
            common += java.util.Arrays.binarySearch(SPLIT.heldOutIndices(), i) >= 0 ? 1 : 0;
        }
        // two independent stratified 20 % samples share about 20 % of their members (400 of 2000)
        assertTrue(common > 300 && common < 500, "another seed holds out other digits: " + common + " shared");
    }

    @Test
    void heldOutIsSpreadOverEachDigitsImagesNotTheirFirstOnes() {
        // a shuffled 20 % of file 0's 1001 digits: about 100 of them among its first 500
        int early = 0;
        for (int k = 0; k < SPLIT.heldOutSize(); k++) {
            early += SPLIT.heldOut(k) < 500 ? 1 : 0;
        }
        assertTrue(early > 60 && early < 140, early + " of the 200 held-out 0s are among the first 500");
    }

    @Test
    void refusesAHeldOutSizeOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MnistSplit.of(DIGITS, 1, 10_001));
        assertTrue(e.getMessage().contains("heldOut must be in 0–10000"), e.getMessage());
    }
}
