package lab.minimax.gan.checkpoint;

import java.nio.ByteBuffer;

/**
 * Bounded big-endian reads over a checkpoint's bytes: every read first checks that the bytes are
 * there, and refuses with the section's name otherwise, so no EOF or buffer exception escapes.
 */
final class CheckpointInput {
    private final ByteBuffer in;

    CheckpointInput(byte[] bytes) {
        this.in = ByteBuffer.wrap(bytes);
    }

    int position() {
        return in.position();
    }

    int remaining() {
        return in.remaining();
    }

    /** Refuses unless n more bytes are there. */
    void need(long n, String what) throws CheckpointRefusedException {
        if (n > in.remaining()) {
            throw new CheckpointRefusedException("checkpoint truncated in " + what + " (expected "
                    + String.format("%,d", n) + " more bytes, " + String.format("%,d", in.remaining()) + " left)");
        }
    }

    int int32(String what) throws CheckpointRefusedException {
        need(4, what);
        return in.getInt();
    }

    long int64(String what) throws CheckpointRefusedException {
        need(8, what);
        return in.getLong();
    }

    double f64(String what) throws CheckpointRefusedException {
        need(8, what);
        return in.getDouble();
    }

    byte int8(String what) throws CheckpointRefusedException {
        need(1, what);
        return in.get();
    }

    void bytes(byte[] into, String what) throws CheckpointRefusedException {
        need(into.length, what);
        in.get(into);
    }

    /** Fills {@code into} (sized by the caller from the trainer, never from the bytes). */
    void floats(float[] into, String what) throws CheckpointRefusedException {
        if (4L * into.length > in.remaining()) {
            throw new CheckpointRefusedException("checkpoint truncated in " + what + " (expected "
                    + String.format("%,d", into.length) + " floats)");
        }
        in.asFloatBuffer().get(into);
        in.position(in.position() + 4 * into.length);
    }
}
