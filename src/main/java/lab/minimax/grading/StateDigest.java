package lab.minimax.grading;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import lab.minimax.experiment.Engine;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerState;

/**
 * SHA-256 of everything of a trainer that its future steps read ({@link TrainerState}: step
 * counters, the data stream's state, the live settings, the last step's statistics, the batch's
 * labels, every parameter of G and D and both optimisers' state), as raw bits, with the engine
 * version. Two trainers have the same digest exactly when they would go on bit for bit alike.
 */
final class StateDigest {
    private StateDigest() {
    }

    static String of(Trainer t) {
        TrainerState s = TrainerState.of(t);
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        b.put("minimax-trainer-state/1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.putInt(Engine.VERSION).putLong(s.generatorSteps()).putLong(s.discriminatorSteps()).putLong(s.dataStream());
        TrainerState.Settings live = s.settings();
        b.putInt(live.dSteps()).putInt(live.scheme().ordinal()).putDouble(live.lrG()).putDouble(live.lrD())
                .put((byte) (live.generatorFrozen() ? 1 : 0)).putDouble(live.entropyWeight())
                .putInt(live.generatorLoss() == null ? -1 : live.generatorLoss().ordinal());
        b.putInt(s.stats().length);
        for (double v : s.stats()) {
            b.putLong(Double.doubleToRawLongBits(v));
        }
        b.putInt(s.labels().length);
        for (int y : s.labels()) {
            b = room(md, b, 4);
            b.putInt(y);
        }
        b = arrays(md, b, s.generator());
        b = arrays(md, b, s.discriminator());
        for (TrainerState.OptimizerState o : new TrainerState.OptimizerState[] {s.generatorOptimizer(),
                s.discriminatorOptimizer()}) {
            b = room(md, b, 16);
            b.putLong(Double.doubleToRawLongBits(o.learningRate())).putLong(o.steps());
            b = arrays(md, b, o.arrays());
        }
        md.update(b.array(), 0, b.position());
        return HexFormat.of().formatHex(md.digest());
    }

    private static ByteBuffer arrays(MessageDigest md, ByteBuffer b, float[][] arrays) {
        b = room(md, b, 4);
        b.putInt(arrays.length);
        for (float[] a : arrays) {
            b = room(md, b, 4);
            b.putInt(a.length);
            for (float v : a) {
                b = room(md, b, 4);
                b.putInt(Float.floatToRawIntBits(v));
            }
        }
        return b;
    }

    /** Flushes {@code b} into the digest when fewer than {@code n} bytes are left. */
    private static ByteBuffer room(MessageDigest md, ByteBuffer b, int n) {
        if (b.remaining() < n) {
            md.update(b.array(), 0, b.position());
            b.clear();
        }
        return b;
    }
}
