package lab.minimax.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.config.ParseResult;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TrainMode;
import lab.minimax.gan.Evaluator;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Probe;
import lab.minimax.gan.StepStats;
import lab.minimax.gan.Trainer;
import org.junit.jupiter.api.Test;

/**
 * The examples/*.json files (the bench's workloads and train's examples) parse, validate, build a
 * Trainer and step; the workload files say what bench/WORKLOAD.md and issue 11 say, key by key.
 */
class WorkloadConfigsTest {
    static ExperimentConfig read(Path file) throws IOException {
        ParseResult r = ConfigJson.parse(Files.readString(file), Limits.DEFAULTS);
        assertTrue(r.isValid(), file + ": " + r.errorText());
        return r.config();
    }

    @Test
    void everyExampleBuildsATrainerThatSteps() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Workload.EXAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= Workload.values().length, "examples: " + files);
        for (Path f : files) {
            ExperimentConfig c = read(f);
            TrainerStep s = new TrainerStep(c, 1, false);
            for (int i = 0; i < 2; i++) {
                s.step();
            }
            Trainer t = s.trainer();
            StepStats st = t.stats();
            assertEquals(2, t.generatorSteps(), f.toString());
            assertEquals(2L * c.dSteps(), t.discriminatorSteps(), f.toString());
            assertTrue(Double.isFinite(st.lossD) && Double.isFinite(st.lossG), f + ": " + st.lossD + ", " + st.lossG);
        }
    }

    @Test
    void everyNamedWorkloadHasItsFile() {
        for (Workload w : Workload.values()) {
            assertTrue(Files.isRegularFile(w.path()), w.id + ": " + w.path());
            assertEquals(w, Workload.find(w.id).orElseThrow());
        }
        assertFalse(Workload.find("small").isPresent());
    }

    /** bench/WORKLOAD.md: ring8 (radius 2, sd 0.02), z ~ N(0, I₂), ReLU MLPs, non-saturating GAN, Adam 1e-3 (0.5, 0.999), k = 1, alternating. */
    private static void assertCanonical(ExperimentConfig c, List<Integer> hidden, int batch) {
        assertEquals("ring8", c.target().name());
        assertEquals(2.0, c.target().param("radius", Double.NaN));
        assertEquals(0.02, c.target().param("sd", Double.NaN));
        assertEquals(2, c.noise().dim());
        assertEquals(NoiseDistribution.GAUSSIAN, c.noise().distribution());
        for (var net : List.of(c.generator(), c.discriminator())) {
            assertEquals(hidden, net.hidden());
            assertEquals("relu", net.activation().id());
        }
        assertEquals(Divergence.GAN, c.objective().divergence());
        assertEquals(GeneratorLoss.NONSATURATING, c.objective().generatorLoss());
        assertEquals(0.0, c.objective().entropyWeight());
        OptimizerParams adam = new OptimizerParams(OptimizerName.ADAM, 1e-3, 0.5, 0.999, 0);
        assertEquals(adam, c.optimizer().generator());
        assertEquals(adam, c.optimizer().discriminator());
        assertEquals(Schedule.CONSTANT, c.optimizer().schedule());
        assertEquals(batch, c.batchSize());
        assertEquals(1, c.dSteps());
        assertEquals(Scheme.ALTERNATING, c.scheme());
        assertEquals(TrainMode.BOTH, c.trainMode());
    }

    @Test
    void canonicalWorkloadsAreWorkloadMd() throws IOException {
        ExperimentConfig small = read(Workload.CANONICAL_SMALL.path());
        assertCanonical(small, List.of(64, 64), 256);
        ExperimentConfig large = read(Workload.CANONICAL_LARGE.path());
        assertCanonical(large, List.of(256, 256, 256), 512);
        // bench/WORKLOAD.md's parameter counts: small G 4,482 + D 4,417; large G 132,866 + D 132,609
        Trainer s = new TrainerStep(small, 1, false).trainer();
        assertEquals(4482, s.generator().parameterCount());
        assertEquals(4417, s.discriminator().parameterCount());
        Trainer l = new TrainerStep(large, 1, false).trainer();
        assertEquals(132_866, l.generator().parameterCount());
        assertEquals(132_609, l.discriminator().parameterCount());
    }

    @Test
    void grid25WganGpIsTheIssuesWorkload() throws IOException {
        ExperimentConfig c = read(Workload.WGAN_GP_GRID25.path());
        assertEquals("grid25", c.target().name());
        assertEquals(2.0, c.target().param("spacing", Double.NaN));
        assertEquals(0.05, c.target().param("sd", Double.NaN));
        assertEquals(List.of(256, 256, 256), c.generator().hidden());
        assertEquals(List.of(256, 256, 256), c.discriminator().hidden());
        assertEquals("relu", c.discriminator().activation().id());
        assertEquals(Divergence.WGAN_GP, c.objective().divergence());
        assertEquals(0.1, c.objective().lambda());
        OptimizerParams adam = new OptimizerParams(OptimizerName.ADAM, 1e-4, 0.5, 0.9, 0);
        assertEquals(adam, c.optimizer().generator());
        assertEquals(adam, c.optimizer().discriminator());
        assertEquals(Schedule.CONSTANT, c.optimizer().schedule());
        assertEquals(256, c.batchSize());
        assertEquals(5, c.dSteps());
        assertEquals(Scheme.ALTERNATING, c.scheme());
        assertEquals(2, c.seed());
        // the 25 modes at {−4, −2, 0, 2, 4}²
        Trainer t = new TrainerStep(c, 1, false).trainer();
        var modes = t.target().modes().orElseThrow();
        assertEquals(25, modes.count());
        java.util.Set<List<Double>> want = new java.util.HashSet<>();
        java.util.Set<List<Double>> got = new java.util.HashSet<>();
        for (double x = -4; x <= 4; x += 2) {
            for (double y = -4; y <= 4; y += 2) {
                want.add(List.of(x, y));
            }
        }
        for (int k = 0; k < modes.count(); k++) {
            got.add(List.of(modes.center(k, 0), modes.center(k, 1)));
            assertEquals(0.05, modes.sd()[k]);
        }
        assertEquals(want, got);
    }

    @Test
    void labDefaultIsDefaultsConfigWrittenOut() throws IOException {
        Path f = Workload.LAB_DEFAULT.path();
        assertEquals(Defaults.CONFIG, read(f));
        assertEquals(ConfigJson.write(Defaults.CONFIG), Files.readString(f));
        assertTrue(Workload.LAB_DEFAULT.probe);
    }

    @Test
    void labDefaultStepTakesTheLabsFrame() throws IOException {
        ExperimentConfig c = read(Workload.LAB_DEFAULT.path());
        TrainerStep s = new TrainerStep(c, 1, true);
        s.step();
        Probe p = LabProbe.of(s.trainer(), c.seed());
        Frame f = p.capture(s.trainer());
        assertEquals(LabProbe.GRID_2D * LabProbe.GRID_2D, f.dGrid().length);
        assertEquals(2 * LabProbe.SAMPLES, f.fake().length);
        assertEquals(2 * LabProbe.SAMPLES, f.arrows().length);
        assertEquals(Probe.MANIFOLD_SIDE * Probe.MANIFOLD_SIDE * 2, f.manifold().length);
    }

    @Test
    void twoThreadsTrainTheSameRunAsOne() throws IOException {
        ExperimentConfig c = read(Workload.CANONICAL_SMALL.path());
        TrainerStep one = new TrainerStep(c, 1, false);
        TrainerStep two = new TrainerStep(c, 2, false);
        for (int i = 0; i < 100; i++) {
            one.step();
            two.step();
        }
        assertEquals(new Evaluator(one.trainer(), 1000, 7).evaluate(one.trainer()),
                new Evaluator(two.trainer(), 1000, 7).evaluate(two.trainer()));
    }

    /** Issue 14's bench nets: G 64-256-512-784 (tanh) / D 784-512-256-1, and the DCGAN pair, LeakyReLU, B = 64, Adam 2e-4 (0.5, 0.999). */
    @Test
    void mnistWorkloadsAreIssue14s() throws IOException {
        ExperimentConfig mlp = read(Workload.MNIST_MLP.path());
        ExperimentConfig dc = read(Workload.MNIST_DCGAN.path());
        assertEquals(List.of(256, 512), mlp.generator().hidden());
        assertEquals(List.of(512, 256), mlp.discriminator().hidden());
        assertEquals(List.of(64, 32), dc.generator().channels());
        assertEquals(List.of(32, 64), dc.discriminator().channels());
        OptimizerParams adam = new OptimizerParams(OptimizerName.ADAM, 2e-4, 0.5, 0.999, 0);
        for (ExperimentConfig c : List.of(mlp, dc)) {
            assertEquals("mnist", c.target().name());
            assertEquals(64, c.noise().dim());
            assertEquals(NoiseDistribution.GAUSSIAN, c.noise().distribution());
            assertEquals("leakyrelu", c.generator().activation().id());
            assertEquals("leakyrelu", c.discriminator().activation().id());
            assertEquals("tanh", c.generator().output().id());
            assertEquals(Divergence.GAN, c.objective().divergence());
            assertEquals(GeneratorLoss.NONSATURATING, c.objective().generatorLoss());
            assertEquals(adam, c.optimizer().generator());
            assertEquals(adam, c.optimizer().discriminator());
            assertEquals(64, c.batchSize());
            assertEquals(1, c.dSteps());
            assertFalse(c.conditional());
        }
    }
}
