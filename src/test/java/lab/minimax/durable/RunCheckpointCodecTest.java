package lab.minimax.durable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import lab.minimax.experiment.Engine;
import lab.minimax.gan.Metric;
import lab.minimax.gan.checkpoint.CheckpointRefusedException;
import org.junit.jupiter.api.Test;

/**
 * {@link RunCheckpointCodec}: every field survives write → read (unicode texts, empty and full
 * metric histories, arbitrary trainer bytes), the history and reason are cut as documented, and
 * hostile bytes (empty, every truncation, every flipped byte, another magic, format, engine or
 * column count, lengths beyond the bytes, bad UTF-8, out-of-range numbers) are refused with a
 * {@link CheckpointRefusedException} whose message names the problem, never another exception.
 *
 * <p>Offsets follow the layout in the codec's javadoc: magic 0–7, format version 8, engine 12,
 * metric columns 16, config length 20, config, G steps (8), speed (4), state, reason, taken at (8),
 * trainer, replay log (format 2), row count, rows, CRC-32C of everything before it (the last 4 bytes).
 * A checkpoint of format 1 (no replay log) still reads, with an empty log, and is as strictly checked.
 */
class RunCheckpointCodecTest {
    private static final int CONFIG_LENGTH_AT = 20;
    private static final String CONFIG = "{\"name\":\"Ring ∘ 8 — ünïcödé 😀 中文\",\"lr\":2e-4}";

    /** A replay log with every kind of text a log holds (escaped JSON inside JSON, unicode). */
    static final String LOG = "{\"configJson\":\"{\\n  \\\"v\\\": 1 ü 😀\\n}\",\"changes\":[],\"fullSteps\":3,\"notSubmittable\":\"\"}";

    static RunCheckpoint checkpoint(String config, String reason, byte[] trainer, float[] metrics) {
        return new RunCheckpoint(config, 1234L, 7, "PAUSED", reason, 1_700_000_000_123L, trainer, metrics, LOG);
    }

    /** A small valid checkpoint: short texts, 5 trainer bytes, 2 metric rows. */
    static RunCheckpoint small() {
        float[] m = new float[2 * Metric.COLUMNS];
        for (int i = 0; i < m.length; i++) {
            m[i] = i * 0.5f;
        }
        return new RunCheckpoint("{\"a\":1}", 1234L, 7, "PAUSED", "ok é", 1_700_000_000_123L, new byte[] {1, 2, 3, 4, 5}, m,
                "{\"log\":\"é\"}");
    }

    static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static RunCheckpoint read(byte[] b) {
        try {
            return RunCheckpointCodec.read(b);
        } catch (CheckpointRefusedException e) {
            throw new AssertionError("a valid checkpoint was refused: " + e.getMessage(), e);
        }
    }

    private static void assertSameFields(RunCheckpoint want, RunCheckpoint got) {
        assertEquals(want.configJson(), got.configJson());
        assertEquals(want.generatorSteps(), got.generatorSteps());
        assertEquals(want.stepsPerFrame(), got.stepsPerFrame());
        assertEquals(want.state(), got.state());
        assertEquals(want.reason(), got.reason());
        assertEquals(want.takenAtMillis(), got.takenAtMillis());
        assertArrayEquals(want.trainer(), got.trainer());
        assertArrayEquals(rawBits(want.metrics()), rawBits(got.metrics()), "metrics (raw float bits)");
        assertEquals(want.log(), got.log(), "the replay log");
    }

    @Test
    void readsTheFormatBeforeTheLogWithAnEmptyLog() {
        RunCheckpoint c = small();
        RunCheckpoint got = read(FormatOneCheckpoint.bytes(c));
        assertEquals("", got.log(), "a format-1 checkpoint has no replay log");
        assertSameFields(new RunCheckpoint(c.configJson(), c.generatorSteps(), c.stepsPerFrame(), c.state(), c.reason(),
                c.takenAtMillis(), c.trainer(), c.metrics()), got);
    }

    @Test
    void refusesEveryTruncationAndFlippedBitOfTheFormatBeforeTheLog() {
        byte[] b = FormatOneCheckpoint.bytes(small());
        for (int n = 0; n < b.length; n++) {
            assertRefused(Arrays.copyOf(b, n), n < 24 ? "truncated" : "CRC-32C");
        }
        for (int i = 0; i < b.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] x = b.clone();
                x[i] ^= (byte) (1 << bit);
                // no single flipped bit turns version 1 into 2 (that takes two): every one is another format
                String words = i < 8 ? "not a run checkpoint" : i < 12 ? "format version" : i < 16 ? "engine" : "CRC-32C";
                assertRefused(x, words);
            }
        }
    }

    private static int[] rawBits(float[] f) {
        int[] r = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            r[i] = Float.floatToRawIntBits(f[i]);
        }
        return r;
    }

    @Test
    void roundTripWithUnicodeTextsAndAFullHistory() {
        int n = RunCheckpointCodec.MAX_METRIC_ROWS * Metric.COLUMNS;
        float[] m = new float[n];
        Random r = new Random(42);
        for (int i = 0; i < n; i++) {
            m[i] = (float) r.nextGaussian();
        }
        m[0] = Float.NaN;
        m[1] = -0.0f;
        m[2] = Float.POSITIVE_INFINITY;
        m[n - 1] = Float.MIN_VALUE;
        byte[] trainer = randomBytes(37, 7);
        String reason = "diverged: D-loss → ∞ at step 1 234 🔥 (λ=10)\nsecond line\u0000";
        RunCheckpoint c = new RunCheckpoint(CONFIG, Long.MAX_VALUE, 1000, "DIVERGED", reason, -1L, trainer, m, LOG);
        byte[] b = RunCheckpointCodec.write(c);
        int texts = CONFIG.getBytes(StandardCharsets.UTF_8).length + "DIVERGED".length()
                + reason.getBytes(StandardCharsets.UTF_8).length + LOG.getBytes(StandardCharsets.UTF_8).length;
        // 68 bytes of fixed fields (see the class javadoc), the texts, the trainer, 4 bytes a float
        assertEquals(68 + texts + trainer.length + 4L * n, b.length, "encoded size");
        assertSameFields(c, read(b));
    }

    @Test
    void roundTripOfEmptyFieldsAndTheSmallest() {
        RunCheckpoint c = new RunCheckpoint("", 0L, 1, "", null, 0L, new byte[0], new float[0]);
        RunCheckpoint got = read(RunCheckpointCodec.write(c));
        assertEquals("", got.reason(), "a null reason is written as empty");
        assertEquals(0, got.metrics().length);
        assertSameFields(c, got);
        assertSameFields(small(), read(RunCheckpointCodec.write(small())));
    }

    @Test
    void keepsTheNewestWholeRows() {
        int max = RunCheckpointCodec.MAX_METRIC_ROWS;
        int cols = Metric.COLUMNS;
        float[] m = new float[(max + 3) * cols + 1]; // 3 rows too many and a partial row
        for (int i = 0; i < m.length; i++) {
            m[i] = i;
        }
        RunCheckpoint got = read(RunCheckpointCodec.write(checkpoint(CONFIG, "", new byte[0], m)));
        float[] want = Arrays.copyOfRange(m, 3 * cols, (max + 3) * cols); // rows 3 .. max+2
        assertArrayEquals(rawBits(want), rawBits(got.metrics()));
    }

    @Test
    void cutsALongReasonToAUtf8PrefixOfAtMost4096Bytes() {
        String[] reasons = {"x".repeat(5000), "😀".repeat(2000), "é😀中".repeat(700)};
        for (String reason : reasons) {
            String got = read(RunCheckpointCodec.write(checkpoint(CONFIG, reason, new byte[0], new float[0]))).reason();
            assertTrue(got.getBytes(StandardCharsets.UTF_8).length <= 4096, "reason bytes " + got.length());
            assertTrue(!got.isEmpty() && reason.startsWith(got), "not a prefix of the reason; its last chars: "
                    + got.chars().skip(Math.max(0, got.length() - 4)).mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void refusesEmptyAndNull() {
        assertRefused(new byte[0], "truncated");
        assertRefused(null, "null");
    }

    @Test
    void refusesEveryTruncation() {
        byte[] b = RunCheckpointCodec.write(small());
        for (int n = 0; n < b.length; n++) {
            // below the fixed header it says truncated; above, the last 4 bytes are not the CRC of the rest
            assertRefused(Arrays.copyOf(b, n), n < 24 ? "truncated" : "CRC-32C");
        }
    }

    @Test
    void refusesEveryTruncationEvenWithAValidCrc() {
        byte[] b = RunCheckpointCodec.write(small());
        for (int n = 16; n < b.length - 4; n++) {
            byte[] cut = sealed(Arrays.copyOf(b, n + 4));
            CheckpointRefusedException e = refusal(cut);
            String m = e.getMessage();
            assertTrue(m.contains("truncated") || m.contains("has length") || m.contains("metric rows need"),
                    "cut at " + n + ": " + m);
        }
    }

    @Test
    void refusesEverySingleByteChange() {
        byte[] b = RunCheckpointCodec.write(small());
        for (int i = 0; i < b.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] x = b.clone();
                x[i] ^= (byte) (1 << bit);
                // CRC-32C detects every error burst of up to 32 bits; the header is checked before it
                String words = i < 8 ? "not a run checkpoint" : i < 12 ? "format version" : i < 16 ? "engine" : "CRC-32C";
                assertRefused(x, words);
            }
        }
    }

    @Test
    void refusesAnotherMagicFormatEngineOrColumnsEvenWithAValidCrc() {
        byte[] b = RunCheckpointCodec.write(small());
        refused(b, x -> x[0] = 'X', "not a run checkpoint");
        refused(b, x -> ByteBuffer.wrap(x).putInt(8, 3), "format version 3");
        refused(b, x -> ByteBuffer.wrap(x).putInt(8, 0), "format version 0");
        refused(b, x -> ByteBuffer.wrap(x).putInt(12, Engine.VERSION + 1), "engine " + (Engine.VERSION + 1));
        refused(b, x -> ByteBuffer.wrap(x).putInt(16, Metric.COLUMNS + 1), (Metric.COLUMNS + 1) + " metric columns");
    }

    @Test
    void refusesLengthsBeyondTheBytesWithoutAllocatingThem() {
        RunCheckpoint c = small();
        byte[] b = RunCheckpointCodec.write(c);
        int cl = c.configJson().getBytes(StandardCharsets.UTF_8).length;
        int stateAt = CONFIG_LENGTH_AT + 4 + cl + 8 + 4;
        int reasonAt = stateAt + 4 + c.state().length();
        int trainerAt = reasonAt + 4 + c.reason().getBytes(StandardCharsets.UTF_8).length + 8;
        int logAt = trainerAt + 4 + c.trainer().length;
        assertEquals(FormatOneCheckpoint.logAt(c), logAt);
        int rowsAt = logAt + 4 + c.log().getBytes(StandardCharsets.UTF_8).length;
        // new byte[Integer.MAX_VALUE] is beyond any VM's array limit: were it allocated, an Error would escape
        int huge = Integer.MAX_VALUE;
        refused(b, x -> ByteBuffer.wrap(x).putInt(CONFIG_LENGTH_AT, huge), "the config has length " + huge);
        refused(b, x -> ByteBuffer.wrap(x).putInt(CONFIG_LENGTH_AT, -1), "the config has length -1");
        refused(b, x -> ByteBuffer.wrap(x).putInt(stateAt, huge), "the run state has length " + huge);
        refused(b, x -> ByteBuffer.wrap(x).putInt(reasonAt, huge), "the reason has length " + huge);
        refused(b, x -> ByteBuffer.wrap(x).putInt(trainerAt, huge), "the trainer checkpoint has length " + huge);
        refused(b, x -> ByteBuffer.wrap(x).putInt(logAt, huge), "the replay log has length " + huge);
        refused(b, x -> ByteBuffer.wrap(x).putInt(logAt, -1), "the replay log has length -1");
        refused(b, x -> x[logAt + 4] = (byte) 0xC3, "the replay log is not UTF-8");
        refused(b, x -> ByteBuffer.wrap(x).putInt(rowsAt, huge), "the metric rows has length " + huge);
        refused(b, x -> ByteBuffer.wrap(x).putInt(rowsAt, 3), "3 metric rows need");
        refused(b, x -> ByteBuffer.wrap(x).putInt(rowsAt, 1), "1 metric rows need");
        // bytes after the rows (before the CRC)
        byte[] longer = sealed(spliced(b, b.length - 4, new byte[4]));
        assertRefused(longer, "metric rows need");
    }

    @Test
    void refusesBadTextAndOutOfRangeNumbersEvenWithAValidCrc() {
        byte[] b = RunCheckpointCodec.write(small());
        int stepsAt = CONFIG_LENGTH_AT + 4 + "{\"a\":1}".length();
        refused(b, x -> x[CONFIG_LENGTH_AT + 4] = (byte) 0xC3, "the config is not UTF-8"); // 0xC3 '"' is malformed
        refused(b, x -> ByteBuffer.wrap(x).putLong(stepsAt, -1), "out of range");
        refused(b, x -> ByteBuffer.wrap(x).putInt(stepsAt + 8, 0), "out of range");
        refused(b, x -> ByteBuffer.wrap(x).putInt(stepsAt + 8, 1001), "out of range");
    }

    /** Damages a copy of {@code good}, fixes its CRC, and expects a refusal naming {@code words}. */
    private static void refused(byte[] good, Consumer<byte[]> damage, String words) {
        byte[] b = good.clone();
        damage.accept(b);
        assertRefused(sealed(b), words);
    }

    /** {@code b} with its last 4 bytes replaced by the CRC-32C of the others. */
    private static byte[] sealed(byte[] b) {
        CRC32C crc = new CRC32C();
        crc.update(b, 0, b.length - 4);
        ByteBuffer.wrap(b).putInt(b.length - 4, (int) crc.getValue());
        return b;
    }

    private static byte[] spliced(byte[] b, int at, byte[] extra) {
        byte[] r = new byte[b.length + extra.length];
        System.arraycopy(b, 0, r, 0, at);
        System.arraycopy(extra, 0, r, at, extra.length);
        System.arraycopy(b, at, r, at + extra.length, b.length - at);
        return r;
    }

    private static void assertRefused(byte[] b, String words) {
        CheckpointRefusedException e = refusal(b);
        assertTrue(e.getMessage().contains(words), "expected \"" + words + "\" in: " + e.getMessage());
    }

    /** The refusal of {@code b}; fails on acceptance or any other exception. */
    private static CheckpointRefusedException refusal(byte[] b) {
        try {
            RunCheckpointCodec.read(b);
        } catch (CheckpointRefusedException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("not a CheckpointRefusedException: " + t, t);
        }
        return fail("accepted: " + (b == null ? "null" : b.length + " bytes"));
    }
}
