package lab.minimax.gan.checkpoint;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32C;
import lab.minimax.experiment.Engine;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.Scheme;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerState;
import lab.minimax.gan.checkpoint.CheckpointFormat.Section;

/**
 * A trainer's complete run state as bytes ({@link CheckpointFormat}) and back: a trainer built
 * from the same config (any seed) that restores a checkpoint taken after S steps continues exactly
 * as the checkpointed trainer would have, bit for bit. Call both between steps, under the run's lock.
 */
public final class TrainerCheckpoint {
    private TrainerCheckpoint() {
    }

    /** The checkpoint of {@code t}, a trainer built from {@code config} (or from it after live changes). */
    public static byte[] write(Trainer t, ExperimentConfig config) {
        TrainerState s = TrainerState.of(t);
        long size = CheckpointFormat.HEADER_BYTES + 8L * CheckpointFormat.SECTION_HEAD
                + CheckpointFormat.STEP_BYTES + CheckpointFormat.LIVE_BYTES + CheckpointFormat.STAT_BYTES
                + CheckpointFormat.labelBytes(s.labels().length) + CheckpointFormat.arraysBytes(s.generator())
                + CheckpointFormat.arraysBytes(s.discriminator())
                + CheckpointFormat.optimizerBytes(s.generatorOptimizer().arrays())
                + CheckpointFormat.optimizerBytes(s.discriminatorOptimizer().arrays()) + CheckpointFormat.CRC_BYTES;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("a trainer of " + size + " bytes of state is too large to checkpoint");
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        out.put(CheckpointFormat.MAGIC).putInt(CheckpointFormat.VERSION).putInt(Engine.VERSION)
                .put(ConfigFingerprint.of(config));
        head(out, Section.STEP, CheckpointFormat.STEP_BYTES);
        out.putLong(s.generatorSteps()).putLong(s.discriminatorSteps()).putLong(s.dataStream());
        TrainerState.Settings live = s.settings();
        head(out, Section.LIVE, CheckpointFormat.LIVE_BYTES);
        out.putInt(live.dSteps()).put((byte) live.scheme().ordinal()).putDouble(live.lrG()).putDouble(live.lrD())
                .put((byte) (live.generatorFrozen() ? 1 : 0)).putDouble(live.entropyWeight())
                .put((byte) (live.generatorLoss() == null ? 0 : 1 + live.generatorLoss().ordinal()));
        head(out, Section.STAT, CheckpointFormat.STAT_BYTES);
        for (double v : s.stats()) {
            out.putDouble(v);
        }
        head(out, Section.LABL, CheckpointFormat.labelBytes(s.labels().length));
        out.putInt(s.labels().length);
        for (int y : s.labels()) {
            out.putInt(y);
        }
        head(out, Section.GNET, CheckpointFormat.arraysBytes(s.generator()));
        arrays(out, s.generator());
        head(out, Section.DNET, CheckpointFormat.arraysBytes(s.discriminator()));
        arrays(out, s.discriminator());
        optimizer(out, Section.GOPT, s.generatorOptimizer());
        optimizer(out, Section.DOPT, s.discriminatorOptimizer());
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        return out.array();
    }

    /** {@link #restore(Trainer, ExperimentConfig, byte[], Limits)} with the engine's default limits (k ≤ 10 or the config's k). */
    public static void restore(Trainer fresh, ExperimentConfig config, byte[] bytes) throws CheckpointRefusedException {
        restore(fresh, config, bytes, Limits.DEFAULTS);
    }

    /**
     * Restores {@code bytes} into {@code fresh}, a trainer built from {@code config} (typically new,
     * any seed, before or after live changes). Parses and checks everything into temporaries
     * first: on refusal, {@code fresh} is unchanged.
     *
     * @param limits bounds k (the live D steps per G step) by max(limits.maxDSteps, config.dSteps)
     * @throws CheckpointRefusedException naming the problem; no other exception escapes for any bytes
     */
    public static void restore(Trainer fresh, ExperimentConfig config, byte[] bytes, Limits limits)
            throws CheckpointRefusedException {
        if (bytes == null) {
            throw new CheckpointRefusedException("no checkpoint (null)");
        }
        TrainerState template = TrainerState.of(fresh);
        CheckpointInput in = new CheckpointInput(bytes);
        byte[] magic = new byte[CheckpointFormat.MAGIC.length];
        in.bytes(magic, "the header");
        if (!Arrays.equals(magic, CheckpointFormat.MAGIC)) {
            throw new CheckpointRefusedException("not a trainer checkpoint (its first bytes are not \"MMLABCKP\")");
        }
        int format = in.int32("the header");
        if (format != CheckpointFormat.VERSION) {
            throw new CheckpointRefusedException("checkpoint of format version " + format + ", this build reads version "
                    + CheckpointFormat.VERSION);
        }
        int engine = in.int32("the header");
        if (engine != Engine.VERSION) {
            throw new CheckpointRefusedException("checkpoint of engine " + engine + ", this build runs engine " + Engine.VERSION
                    + " (another engine does not continue the same bits)");
        }
        byte[] fingerprint = new byte[ConfigFingerprint.BYTES];
        in.bytes(fingerprint, "the header");
        if (!Arrays.equals(fingerprint, ConfigFingerprint.of(config))) {
            throw new CheckpointRefusedException("checkpoint of another experiment config (another target, networks, "
                    + "objective, optimiser, batch, scheme or mode)");
        }
        section(in, Section.STEP, CheckpointFormat.STEP_BYTES);
        long gSteps = in.int64(Section.STEP.words);
        long dSteps = in.int64(Section.STEP.words);
        long stream = in.int64(Section.STEP.words);
        if (gSteps < 0 || dSteps < 0) {
            throw new CheckpointRefusedException("checkpoint corrupt: a negative step counter (" + gSteps + ", " + dSteps + ")");
        }
        TrainerState.Settings live = settings(in, template.settings(), Math.max(limits.maxDSteps(), config.dSteps()));
        section(in, Section.STAT, CheckpointFormat.STAT_BYTES);
        double[] stats = new double[TrainerState.STATS.length];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = in.f64(Section.STAT.words);
        }
        int[] labels = labels(in, template.labels().length);
        float[][] g = arrays(in, Section.GNET, template.generator());
        float[][] d = arrays(in, Section.DNET, template.discriminator());
        TrainerState.OptimizerState optG = optimizer(in, Section.GOPT, template.generatorOptimizer());
        TrainerState.OptimizerState optD = optimizer(in, Section.DOPT, template.discriminatorOptimizer());
        int end = in.position();
        int crc = in.int32("the checksum");
        if (in.remaining() > 0) {
            throw new CheckpointRefusedException(String.format("checkpoint followed by %,d bytes after its end", in.remaining()));
        }
        CRC32C c = new CRC32C();
        c.update(bytes, 0, end);
        if ((int) c.getValue() != crc) {
            throw new CheckpointRefusedException("checkpoint corrupt: its checksum does not match (a byte changed in storage)");
        }
        TrainerState state = new TrainerState(gSteps, dSteps, stream, live, stats, labels, g, d, optG, optD);
        try {
            state.applyTo(fresh);
        } catch (IllegalArgumentException e) {
            // applyTo checks everything before it writes: fresh is unchanged
            throw new CheckpointRefusedException("checkpoint does not fit this trainer: " + e.getMessage());
        }
    }

    private static TrainerState.Settings settings(CheckpointInput in, TrainerState.Settings fresh, int maxK)
            throws CheckpointRefusedException {
        String w = Section.LIVE.words;
        section(in, Section.LIVE, CheckpointFormat.LIVE_BYTES);
        int k = in.int32(w);
        int scheme = in.int8(w);
        double lrG = in.f64(w);
        double lrD = in.f64(w);
        int frozen = in.int8(w);
        double beta = in.f64(w);
        int loss = in.int8(w);
        if (k < 1 || k > maxK) {
            throw new CheckpointRefusedException("checkpoint's k (D steps per G step) is " + k + ", allowed 1–" + maxK);
        }
        if (scheme != fresh.scheme().ordinal()) {
            throw new CheckpointRefusedException("checkpoint's update scheme (" + scheme + ") is not this run's "
                    + fresh.scheme().id());
        }
        if (!(lrG > 0 && lrG <= 10) || !(lrD > 0 && lrD <= 10)) {
            throw new CheckpointRefusedException("checkpoint's learning rates (" + lrG + ", " + lrD + ") are not in (0, 10]");
        }
        if (frozen != 0 && frozen != 1) {
            throw new CheckpointRefusedException("checkpoint corrupt: the frozen-generator flag is " + frozen);
        }
        if (!(beta >= 0 && beta <= 10)) {
            throw new CheckpointRefusedException("checkpoint's entropy weight " + beta + " is not in [0, 10]");
        }
        GeneratorLoss[] losses = GeneratorLoss.values();
        if (loss < 0 || loss > losses.length || (loss == 0) != (fresh.generatorLoss() == null)) {
            throw new CheckpointRefusedException("checkpoint's generator loss (" + loss + ") does not fit this objective");
        }
        Scheme s = fresh.scheme();
        return new TrainerState.Settings(k, s, lrG, lrD, frozen == 1, beta, loss == 0 ? null : losses[loss - 1]);
    }

    private static int[] labels(CheckpointInput in, int expected) throws CheckpointRefusedException {
        section(in, Section.LABL, CheckpointFormat.labelBytes(expected));
        int n = in.int32(Section.LABL.words);
        if (n != expected) {
            throw new CheckpointRefusedException(String.format("checkpoint holds %,d batch digits, this run needs %,d", n, expected));
        }
        int[] labels = new int[expected];
        for (int i = 0; i < n; i++) {
            labels[i] = in.int32(Section.LABL.words);
            if (labels[i] < 0 || labels[i] > 9) {
                throw new CheckpointRefusedException("checkpoint corrupt: a batch digit is " + labels[i]);
            }
        }
        return labels;
    }

    private static float[][] arrays(CheckpointInput in, Section s, float[][] template) throws CheckpointRefusedException {
        if (s == Section.GNET || s == Section.DNET) {
            section(in, s, CheckpointFormat.arraysBytes(template));
        }
        int count = in.int32(s.words);
        if (count != template.length) {
            throw new CheckpointRefusedException(String.format("checkpoint's %s hold %,d arrays, this config's need %,d",
                    s.words, count, template.length));
        }
        float[][] out = new float[template.length][];
        for (int i = 0; i < template.length; i++) {
            int len = in.int32(s.words);
            if (len != template[i].length) {
                throw new CheckpointRefusedException(String.format("array %d of the checkpoint's %s holds %,d floats, "
                        + "this config's holds %,d", i, s.words, len, template[i].length));
            }
            out[i] = new float[len];
            in.floats(out[i], s.words);
        }
        return out;
    }

    private static TrainerState.OptimizerState optimizer(CheckpointInput in, Section s, TrainerState.OptimizerState template)
            throws CheckpointRefusedException {
        section(in, s, CheckpointFormat.optimizerBytes(template.arrays()));
        double lr = in.f64(s.words);
        long steps = in.int64(s.words);
        if (!(lr >= 0 && lr <= 10)) {
            throw new CheckpointRefusedException("checkpoint's " + s.words + " has learning rate " + lr + ", not in [0, 10]");
        }
        if (steps < 0) {
            throw new CheckpointRefusedException("checkpoint's " + s.words + " has a negative step count " + steps);
        }
        return new TrainerState.OptimizerState(lr, steps, arrays(in, s, template.arrays()));
    }

    /** Reads a section's head: its tag must be s's, its length the one this trainer needs. */
    private static void section(CheckpointInput in, Section s, long expected) throws CheckpointRefusedException {
        int tag = in.int32(s.words);
        if (tag != s.tag()) {
            throw new CheckpointRefusedException("checkpoint corrupt: " + s.words + " (section " + s.name() + ") expected, "
                    + String.format("found tag 0x%08x", tag));
        }
        int length = in.int32(s.words);
        if (length != expected) {
            throw new CheckpointRefusedException(String.format("checkpoint's %s declare %,d bytes, this config's need %,d",
                    s.words, length & 0xFFFFFFFFL, expected));
        }
        in.need(length, s.words);
    }

    private static void head(ByteBuffer out, Section s, long length) {
        out.putInt(s.tag()).putInt((int) length);
    }

    private static void arrays(ByteBuffer out, float[][] arrays) {
        out.putInt(arrays.length);
        for (float[] a : arrays) {
            out.putInt(a.length);
            for (float v : a) {
                out.putFloat(v);
            }
        }
    }

    private static void optimizer(ByteBuffer out, Section s, TrainerState.OptimizerState o) {
        head(out, s, CheckpointFormat.optimizerBytes(o.arrays()));
        out.putDouble(o.learningRate()).putLong(o.steps());
        arrays(out, o.arrays());
    }
}
