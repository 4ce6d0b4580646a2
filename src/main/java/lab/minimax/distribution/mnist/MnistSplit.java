package lab.minimax.distribution.mnist;

import java.util.Arrays;
import lab.minimax.random.SplitMix64;

/**
 * The fixed split of the digits into 8,000 for training (the GAN and the classifier) and 2,000
 * held out, stratified by label: digit d keeps its share n_d / N of the held-out set, rounded by
 * the largest-remainder method (⌊2000·n_d/N⌋ each, then one more for the largest remainders,
 * ties to the lower digit). Within each digit, its images (in index order) are shuffled by
 * Fisher–Yates with one {@link SplitMix64} stream seeded {@link #SEED}, consumed digit 0 first:
 * for i = n_d − 1 … 1, swap positions i and j = nextInt(i + 1); the first h_d shuffled images are
 * held out. Both parts are listed in ascending image order. The split depends on nothing but the
 * images' labels and the seed, so it is the same on every call, JVM and CPU.
 */
public final class MnistSplit {
    /** The split's seed: the bytes of "MNIST" read as a number. */
    public static final long SEED = 0x4D4E495354L;
    /** The held-out part's size. */
    public static final int HELD_OUT = 2_000;

    private static volatile MnistSplit standard;

    private final int[] training;
    private final int[] heldOut;

    private MnistSplit(int[] training, int[] heldOut) {
        this.training = training;
        this.heldOut = heldOut;
    }

    /** The split of {@link MnistDigits#standard()} with {@link #SEED}, computed once. */
    public static MnistSplit standard() {
        MnistSplit s = standard;
        if (s == null) {
            synchronized (MnistSplit.class) {
                s = standard;
                if (s == null) {
                    s = of(MnistDigits.standard(), SEED, HELD_OUT);
                    standard = s;
                }
            }
        }
        return s;
    }

    /** The stratified split of {@code digits} holding out {@code heldOut} images, shuffled by {@code seed}. */
    static MnistSplit of(MnistDigits digits, long seed, int heldOut) {
        int n = digits.count();
        if (heldOut < 0 || heldOut > n) {
            throw new IllegalArgumentException("heldOut must be in 0–" + n + ", got " + heldOut);
        }
        int[] quota = quotas(digits.labelCounts(), n, heldOut);
        int[][] byLabel = byLabel(digits);
        SplitMix64 rng = new SplitMix64(seed);
        boolean[] held = new boolean[n];
        for (int d = 0; d < MnistDigits.CLASSES; d++) {
            int[] images = byLabel[d];
            for (int i = images.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = images[i];
                images[i] = images[j];
                images[j] = t;
            }
            for (int k = 0; k < quota[d]; k++) {
                held[images[k]] = true;
            }
        }
        int[] train = new int[n - heldOut];
        int[] out = new int[heldOut];
        int a = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            if (held[i]) {
                out[b++] = i;
            } else {
                train[a++] = i;
            }
        }
        return new MnistSplit(train, out);
    }

    /**
     * Largest remainder: h_d = ⌊H·n_d/N⌋, then the H − Σ h_d digits with the largest remainders
     * (H·n_d mod N, compared exactly in integers) get one more each, ties to the lower digit.
     */
    static int[] quotas(int[] counts, int n, int heldOut) {
        int[] quota = new int[counts.length];
        long[] remainder = new long[counts.length];
        int given = 0;
        for (int d = 0; d < counts.length; d++) {
            long share = (long) heldOut * counts[d];
            quota[d] = (int) (share / n);
            remainder[d] = share % n;
            given += quota[d];
        }
        for (int extra = heldOut - given; extra > 0; extra--) {
            int best = -1;
            for (int d = 0; d < counts.length; d++) {
                if (remainder[d] >= 0 && (best < 0 || remainder[d] > remainder[best])) {
                    best = d;
                }
            }
            quota[best]++;
            remainder[best] = -1; // one extra per digit at most
        }
        return quota;
    }

    private static int[][] byLabel(MnistDigits digits) {
        int[] counts = digits.labelCounts();
        int[][] byLabel = new int[MnistDigits.CLASSES][];
        for (int d = 0; d < byLabel.length; d++) {
            byLabel[d] = new int[counts[d]];
        }
        int[] filled = new int[MnistDigits.CLASSES];
        for (int i = 0; i < digits.count(); i++) {
            int d = digits.label(i);
            byLabel[d][filled[d]++] = i;
        }
        return byLabel;
    }

    /** Number of training images, 8,000 for the standard split. */
    public int trainingSize() {
        return training.length;
    }

    /** Number of held-out images, 2,000 for the standard split. */
    public int heldOutSize() {
        return heldOut.length;
    }

    /** The k-th training image's index in {@link MnistDigits}, ascending in k. */
    public int training(int k) {
        return training[k];
    }

    /** The k-th held-out image's index in {@link MnistDigits}, ascending in k. */
    public int heldOut(int k) {
        return heldOut[k];
    }

    /** A copy of the training images' indices, ascending. */
    public int[] trainingIndices() {
        return training.clone();
    }

    /** A copy of the held-out images' indices, ascending. */
    public int[] heldOutIndices() {
        return heldOut.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MnistSplit s && Arrays.equals(training, s.training) && Arrays.equals(heldOut, s.heldOut);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(training) + Arrays.hashCode(heldOut);
    }
}
