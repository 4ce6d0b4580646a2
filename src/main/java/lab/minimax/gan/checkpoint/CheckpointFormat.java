package lab.minimax.gan.checkpoint;

import java.nio.charset.StandardCharsets;

/**
 * The byte layout of a trainer checkpoint, version {@link #VERSION}. Big-endian throughout
 * (ByteBuffer's default); no Java serialization, nothing in it is executed.
 * <pre>
 *   magic        8 bytes   "MMLABCKP"
 *   format       int32     {@link #VERSION}
 *   engine       int32     Engine.VERSION of the writer (another engine's checkpoint is refused)
 *   fingerprint  32 bytes  {@link ConfigFingerprint} (seed and live settings left out)
 *   sections, in this order, each: tag int32 (4 ASCII bytes), length int32 (bytes of the body), body
 *     STEP  gSteps int64, dSteps int64, data stream state int64                       (24 bytes)
 *     LIVE  k int32, scheme int8 (ordinal), lrG f64, lrD f64, frozen int8 (0/1),
 *           entropyWeight f64, generatorLoss int8 (0 none, 1 + ordinal)                (31 bytes)
 *     STAT  the last StepStats, 7 × f64 (TrainerState.STATS order)                     (56 bytes)
 *     LABL  n int32, n × int32: the last real batch's digits (n = B if conditional, else 0)
 *     GNET  G's parameters: count int32, then per array: length int32, length × f32
 *     DNET  D's parameters, the same
 *     GOPT  G's optimiser: lr f64, step count int64, then its state arrays as in GNET
 *     DOPT  D's optimiser, the same
 *   crc          int32     CRC-32C of every byte before it
 * </pre>
 * Every declared length must equal the one the restoring trainer (built from the config) needs;
 * it is checked before anything is allocated or read, so no length in the bytes sizes an
 * allocation. Nothing may follow the CRC.
 */
final class CheckpointFormat {
    static final byte[] MAGIC = "MMLABCKP".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    /** magic, format, engine, fingerprint. */
    static final int HEADER_BYTES = MAGIC.length + 4 + 4 + ConfigFingerprint.BYTES;
    /** A section's tag and length. */
    static final int SECTION_HEAD = 8;
    static final int STEP_BYTES = 24;
    static final int LIVE_BYTES = 4 + 1 + 8 + 8 + 1 + 8 + 1;
    static final int STAT_BYTES = 7 * 8;
    static final int CRC_BYTES = 4;

    /** The sections: tag and the words a refusal names it by. */
    enum Section {
        STEP("the step counters and data stream"),
        LIVE("the live settings"),
        STAT("the last step's statistics"),
        LABL("the batch's digits"),
        GNET("the generator's parameters"),
        DNET("the discriminator's parameters"),
        GOPT("the generator's optimiser state"),
        DOPT("the discriminator's optimiser state");

        final String words;

        Section(String words) {
            this.words = words;
        }

        /** The 4 ASCII bytes of the name as a big-endian int32. */
        int tag() {
            byte[] b = name().getBytes(StandardCharsets.US_ASCII);
            return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
        }
    }

    private CheckpointFormat() {
    }

    /** Bytes of a list of float arrays: count, then length and floats of each. */
    static long arraysBytes(float[][] arrays) {
        long n = 4;
        for (float[] a : arrays) {
            n += 4 + 4L * a.length;
        }
        return n;
    }

    /** Bytes of an optimiser section body. */
    static long optimizerBytes(float[][] state) {
        return 8 + 8 + arraysBytes(state);
    }

    /** Bytes of the LABL body. */
    static long labelBytes(int n) {
        return 4 + 4L * n;
    }
}
