package lab.minimax.distribution.mnist;

/**
 * How a stored pixel byte b ∈ {0, …, 255} becomes the float a network sees. Each value is one
 * correctly rounded float32 division, so it is the same on every JVM and CPU.
 */
public enum PixelScale {
    /** x = b / 255 ∈ [0, 1] (0 background, 1 full ink), for a sigmoid generator. */
    UNIT(false),
    /** x = (2b − 255) / 255 = 2·(b/255) − 1 ∈ [−1, 1], for a tanh generator. */
    SYMMETRIC(true);

    private final float[] table = new float[256];

    PixelScale(boolean symmetric) {
        for (int b = 0; b < 256; b++) {
            table[b] = symmetric ? (2 * b - 255) / 255f : b / 255f;
        }
    }

    /** The value of the byte b (0 … 255). */
    public float value(int b) {
        return table[b];
    }

    /** The table of all 256 values; callers never write to it. */
    float[] table() {
        return table;
    }
}
