package lab.minimax.durable;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The bytes a build before submissions (run checkpoint format 1, no replay log) wrote for a
 * checkpoint: its format-2 bytes without the replay log's section, version 1, sealed again. The
 * layout is the codec's javadoc's, independent of the codec's reader.
 */
public final class FormatOneCheckpoint {
    private FormatOneCheckpoint() {
    }

    public static byte[] bytes(RunCheckpoint c) {
        byte[] b = RunCheckpointCodec.write(c);
        int logAt = logAt(c);
        int logBytes = c.log().getBytes(StandardCharsets.UTF_8).length;
        byte[] v1 = new byte[b.length - 4 - logBytes];
        System.arraycopy(b, 0, v1, 0, logAt);
        System.arraycopy(b, logAt + 4 + logBytes, v1, logAt, b.length - logAt - 4 - logBytes);
        ByteBuffer.wrap(v1).putInt(8, 1);
        CRC32C crc = new CRC32C();
        crc.update(v1, 0, v1.length - 4);
        ByteBuffer.wrap(v1).putInt(v1.length - 4, (int) crc.getValue());
        return v1;
    }

    /** Where the replay log's length is in c's format-2 bytes (magic, version, engine, columns, config, steps, speed, state, reason, time, trainer). */
    static int logAt(RunCheckpoint c) {
        int cl = c.configJson().getBytes(StandardCharsets.UTF_8).length;
        int stateAt = 20 + 4 + cl + 8 + 4;
        int reasonAt = stateAt + 4 + c.state().getBytes(StandardCharsets.UTF_8).length;
        int trainerAt = reasonAt + 4 + c.reason().getBytes(StandardCharsets.UTF_8).length + 8;
        return trainerAt + 4 + c.trainer().length;
    }
}
