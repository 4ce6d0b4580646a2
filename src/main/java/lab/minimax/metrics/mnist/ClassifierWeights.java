package lab.minimax.metrics.mnist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The classifier's weights as bytes: "MNISTCLS" (8 bytes), then int32 version (1), h₁ and h₂
 * (big-endian), then every parameter array of {@link DigitClassifier#parameters()} in order
 * (W₁ 784×h₁, b₁, W₂ h₁×h₂, b₂, W₃ h₂×10, b₃; each W row-major fan_in × fan_out) as big-endian
 * float32. A bad file is an {@link IllegalStateException} naming it and its fault.
 */
final class ClassifierWeights {
    /** The committed weights, trained by {@code train-classifier} with its defaults (README). */
    static final String PATH = "/mnist/classifier-784-256-128-10.bin";
    /** SHA-256 of the committed file. */
    static final String SHA256 = "5ea87de5b790ca2bc1bcf36480b9133e9a2f14f3985ea64d776455bf2a961545";
    private static final byte[] MAGIC = "MNISTCLS".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 20;
    private static volatile byte[] standard;

    private ClassifierWeights() {
    }

    static byte[] write(DigitClassifier net) {
        float[][] params = net.parameters();
        int floats = 0;
        for (float[] p : params) {
            floats += p.length;
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER + 4 * floats); // big-endian
        out.put(MAGIC).putInt(1).putInt(net.hidden()).putInt(net.featureDim());
        for (float[] p : params) {
            for (float v : p) {
                out.putFloat(v);
            }
        }
        return out.array();
    }

    /** A classifier with the weights in {@code bytes} (a file called {@code name}). */
    static DigitClassifier read(String name, byte[] bytes) {
        String what = "classifier weights " + name;
        if (bytes.length < HEADER || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalStateException(what + " do not start with \"MNISTCLS\"");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, MAGIC.length, bytes.length - MAGIC.length);
        int version = in.getInt();
        int hidden = in.getInt();
        int featureDim = in.getInt();
        if (version != 1 || hidden < 1 || hidden > 4096 || featureDim < 1 || featureDim > 4096) {
            throw new IllegalStateException(what + ": version " + version + ", widths " + hidden + ", " + featureDim
                    + "; expected version 1 and widths in 1–4096");
        }
        DigitClassifier net = new DigitClassifier(hidden, featureDim, new lab.minimax.random.SplitMix64(0));
        float[][] params = net.parameters();
        long floats = 0;
        for (float[] p : params) {
            floats += p.length;
        }
        if (bytes.length != HEADER + 4 * floats) {
            throw new IllegalStateException(what + " hold " + bytes.length + " bytes, expected " + (HEADER + 4 * floats)
                    + " for " + net.shape());
        }
        for (float[] p : params) {
            for (int i = 0; i < p.length; i++) {
                p[i] = in.getFloat();
            }
        }
        return net;
    }

    /** A new classifier with the committed weights (read and checked once, then shared as bytes). */
    static DigitClassifier standard() {
        byte[] b = standard;
        if (b == null) {
            synchronized (ClassifierWeights.class) {
                b = standard;
                if (b == null) {
                    b = readResource();
                    standard = b;
                }
            }
        }
        return read(PATH, b);
    }

    private static byte[] readResource() {
        byte[] bytes;
        try (InputStream in = ClassifierWeights.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("classifier weights " + PATH + " are not on the classpath");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("classifier weights " + PATH + " cannot be read: " + e.getMessage(), e);
        }
        String actual = sha256(bytes);
        if (!actual.equals(SHA256)) {
            throw new IllegalStateException("classifier weights " + PATH + ": SHA-256 is " + actual + ", expected "
                    + SHA256 + " (re-create them with train-classifier, see the README)");
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
