package lab.minimax.durable;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;
import lab.minimax.experiment.Engine;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.gan.Metric;
import lab.minimax.gan.checkpoint.CheckpointRefusedException;

/**
 * The bytes of a {@link RunCheckpoint} (the {@code checkpoints.state} column), big-endian:
 * <pre>
 * "MMRUNCKP" · format version · engine version · metric columns
 * config JSON (length, UTF-8) · G steps · steps per frame · state (length, UTF-8) · reason (length, UTF-8)
 * taken at (ms) · trainer checkpoint (length, bytes) · replay log (length, UTF-8; format 2 only)
 * metric rows (count, floats) · CRC-32C of everything before it
 * </pre>
 * Format 2 (issue 16) added the replay log ({@code lab.minimax.grading.RunLog}); a checkpoint of
 * format 1 still reads, with an empty log (its run resumes, not submittable until its next reset).
 * Reading checks the CRC and every length against its bound before it allocates or reads: any
 * bytes at all either give the checkpoint or a {@link CheckpointRefusedException} naming the
 * problem. Nothing in it is executed; the config is parsed by the JSON codec, and the trainer's
 * bytes are checked again by {@code TrainerCheckpoint.restore}.
 */
public final class RunCheckpointCodec {
    /** The chart history a checkpoint keeps (the newest rows). */
    public static final int MAX_METRIC_ROWS = 4_000;
    /** The largest checkpoint read: the largest trainer the limits allow is far below it. */
    public static final int MAX_BYTES = 256 << 20;
    static final int VERSION = 2;
    /** The format before the replay log, still read. */
    static final int VERSION_WITHOUT_LOG = 1;
    /** The longest replay log read (UTF-8 bytes). */
    static final int MAX_LOG_BYTES = 48_000_000;
    private static final byte[] MAGIC = "MMRUNCKP".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_STATE = 32;
    private static final int MAX_REASON = 4_096;
    private static final int MIN_BYTES = MAGIC.length + 3 * 4 + 4;

    private RunCheckpointCodec() {
    }

    public static byte[] write(RunCheckpoint c) {
        byte[] config = c.configJson().getBytes(StandardCharsets.UTF_8);
        byte[] state = c.state().getBytes(StandardCharsets.UTF_8);
        byte[] reason = utf8Prefix(c.reason(), MAX_REASON);
        byte[] log = c.log().getBytes(StandardCharsets.UTF_8);
        if (log.length > MAX_LOG_BYTES) {
            throw new IllegalArgumentException("a replay log of " + log.length + " bytes is over " + MAX_LOG_BYTES);
        }
        float[] metrics = newestRows(c.metrics());
        long size = MAGIC.length + 3L * 4 + 4 + config.length + 8 + 4 + 4 + state.length + 4 + reason.length + 8
                + 4 + c.trainer().length + 4 + log.length + 4 + 4L * metrics.length + 4;
        if (size > MAX_BYTES) {
            throw new IllegalArgumentException("a run checkpoint of " + size + " bytes is over " + MAX_BYTES);
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        out.put(MAGIC).putInt(VERSION).putInt(Engine.VERSION).putInt(Metric.COLUMNS);
        out.putInt(config.length).put(config);
        out.putLong(c.generatorSteps()).putInt(c.stepsPerFrame());
        out.putInt(state.length).put(state);
        out.putInt(reason.length).put(reason);
        out.putLong(c.takenAtMillis());
        out.putInt(c.trainer().length).put(c.trainer());
        out.putInt(log.length).put(log);
        out.putInt(metrics.length / Metric.COLUMNS);
        for (float v : metrics) {
            out.putFloat(v);
        }
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        return out.array();
    }

    /**
     * @throws CheckpointRefusedException naming the problem (truncated, not a run checkpoint, another
     *                                    format or engine, a corrupt length or CRC); no other exception escapes
     */
    public static RunCheckpoint read(byte[] bytes) throws CheckpointRefusedException {
        if (bytes == null) {
            throw new CheckpointRefusedException("no checkpoint (null)");
        }
        if (bytes.length > MAX_BYTES) {
            throw new CheckpointRefusedException("checkpoint of " + bytes.length + " bytes, over the " + MAX_BYTES + " read");
        }
        if (bytes.length < MIN_BYTES) {
            throw new CheckpointRefusedException("checkpoint truncated: " + bytes.length + " bytes, a run checkpoint has at least "
                    + MIN_BYTES);
        }
        if (!Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new CheckpointRefusedException("not a run checkpoint (its first bytes are not \"MMRUNCKP\")");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(MAGIC.length);
        int version = in.getInt();
        if (version != VERSION && version != VERSION_WITHOUT_LOG) {
            throw new CheckpointRefusedException("run checkpoint of format version " + version + ", this build reads versions "
                    + VERSION_WITHOUT_LOG + " and " + VERSION);
        }
        int engine = in.getInt();
        if (engine != Engine.VERSION) {
            throw new CheckpointRefusedException("run checkpoint of engine " + engine + ", this build runs engine " + Engine.VERSION
                    + " (another engine does not continue the same bits)");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        int stored = ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt();
        if (stored != (int) crc.getValue()) {
            throw new CheckpointRefusedException("run checkpoint corrupt: its CRC-32C does not match its bytes");
        }
        ByteBuffer body = ByteBuffer.wrap(bytes, 0, bytes.length - 4);
        body.position(MAGIC.length + 8);
        try {
            int columns = body.getInt();
            if (columns != Metric.COLUMNS) {
                throw new CheckpointRefusedException("run checkpoint with " + columns + " metric columns, this build charts "
                        + Metric.COLUMNS);
            }
            String config = text(body, ConfigJson.MAX_INPUT_LENGTH, "the config");
            long steps = body.getLong();
            int speed = body.getInt();
            if (steps < 0 || speed < 1 || speed > 1000) {
                throw new CheckpointRefusedException("run checkpoint corrupt: step " + steps + " or steps per frame " + speed
                        + " out of range (step ≥ 0, speed in [1, 1000])");
            }
            String state = text(body, MAX_STATE, "the run state");
            String reason = text(body, MAX_REASON, "the reason");
            long at = body.getLong();
            byte[] trainer = new byte[length(body, body.remaining(), "the trainer checkpoint")];
            body.get(trainer);
            String log = version == VERSION_WITHOUT_LOG ? "" : text(body, MAX_LOG_BYTES, "the replay log");
            int rows = length(body, MAX_METRIC_ROWS, "the metric rows");
            if ((long) rows * Metric.COLUMNS * 4 != body.remaining()) {
                throw new CheckpointRefusedException("run checkpoint corrupt: " + rows + " metric rows need "
                        + (long) rows * Metric.COLUMNS * 4 + " bytes, " + body.remaining() + " are left");
            }
            float[] metrics = new float[rows * Metric.COLUMNS];
            body.asFloatBuffer().get(metrics);
            return new RunCheckpoint(config, steps, speed, state, reason, at, trainer, metrics, log);
        } catch (BufferUnderflowException e) {
            throw new CheckpointRefusedException("run checkpoint truncated (" + bytes.length + " bytes)");
        }
    }

    private static int length(ByteBuffer in, int max, String what) throws CheckpointRefusedException {
        int n = in.getInt();
        if (n < 0 || n > max || n > in.remaining()) {
            throw new CheckpointRefusedException("run checkpoint corrupt: " + what + " has length " + n
                    + " (allowed 0 to " + Math.min(max, in.remaining()) + ")");
        }
        return n;
    }

    private static String text(ByteBuffer in, int max, String what) throws CheckpointRefusedException {
        byte[] b = new byte[length(in, max, what)];
        in.get(b);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new CheckpointRefusedException("run checkpoint corrupt: " + what + " is not UTF-8");
        }
    }

    /** The newest {@link #MAX_METRIC_ROWS} rows. */
    static float[] newestRows(float[] rows) {
        int max = MAX_METRIC_ROWS * Metric.COLUMNS;
        int whole = rows.length - rows.length % Metric.COLUMNS;
        return whole <= max ? Arrays.copyOf(rows, whole) : Arrays.copyOfRange(rows, whole - max, whole);
    }

    private static byte[] utf8Prefix(String s, int maxBytes) {
        String t = s;
        byte[] b = t.getBytes(StandardCharsets.UTF_8);
        while (b.length > maxBytes) {
            int cut = t.length() * 3 / 4;
            if (cut > 0 && Character.isHighSurrogate(t.charAt(cut - 1))) {
                cut--; // not half a character (getBytes would write it as '?')
            }
            t = t.substring(0, cut);
            b = t.getBytes(StandardCharsets.UTF_8);
        }
        return b;
    }
}
