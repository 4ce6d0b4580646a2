package lab.minimax.live;

import static lab.minimax.gan.checkpoint.TrainerCheckpointTest.assertSameParameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.Evaluator;
import lab.minimax.gan.LiveChange;
import lab.minimax.gan.Metric;
import lab.minimax.gan.MetricInputs;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.grading.Claim;
import lab.minimax.grading.Criterion;
import lab.minimax.grading.Grader;
import lab.minimax.grading.Rules;
import lab.minimax.grading.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A live run's claim replays on the server bit for bit: an {@link EngineLiveRun} driven by play,
 * plain steps, manual D and G updates, live changes (learning rates, k, the generator loss) and a
 * reset gives a claim whose replay has the live trainer's digest and every one of its parameters;
 * the forgeries (a step beyond what was trained, over the budget, another engine, a locked field
 * edited in the config or by a live change, another seed, a change left out of the log) are
 * refused with their reason; a replayed run that misses a criterion fails with the measured
 * values, and the metrics are the server's own (the same for the same claim, those of a plain
 * trainer of the same steps on the grader's seed).
 */
class SubmissionReplayTest extends EngineLiveRunFixture {
    static final Grader GRADER = new Grader(400, 99);
    private final List<EngineLiveRun> runs = new ArrayList<>();

    @AfterEach
    void closeRuns() {
        runs.forEach(EngineLiveRun::close);
    }

    static Stream<Arguments> configs() {
        return Stream.of(arguments("ring8-wgan-gp", Presets.get("ring8-wgan-gp").config()),
                arguments("mixture-1d-kl", Presets.get("mixture-1d-kl").config()));
    }

    EngineLiveRun run(ExperimentConfig c) {
        EngineLiveRun r = new EngineLiveRun(scheduler, registry, c);
        runs.add(r);
        return r;
    }

    static void steps(LiveRun run, int n) {
        for (int i = 0; i < n; i++) {
            run.step();
        }
    }

    /** {@code c} with both learning rates times {@code f}. */
    static ExperimentConfig lr(ExperimentConfig c, double f) {
        LiveChange l = LiveChange.of(c);
        return new LiveChange(l.lrG() * f, l.lrD() * f, l.dSteps(), l.generatorLoss()).onto(c);
    }

    /** {@code c} with another k and the other generator loss. */
    static ExperimentConfig kAndLoss(ExperimentConfig c) {
        LiveChange l = LiveChange.of(c);
        GeneratorLoss other = l.generatorLoss() == GeneratorLoss.SATURATING ? GeneratorLoss.NONSATURATING : GeneratorLoss.SATURATING;
        return new LiveChange(l.lrG(), l.lrD(), l.dSteps() == 1 ? 2 : l.dSteps() - 2, other).onto(c);
    }

    static long gSteps(EngineLiveRun run) {
        return run.trainingRun().read(Trainer::generatorSteps);
    }

    /** Plays until at least {@code more} more steps are trained (a bound against a hang, not a timing assertion). */
    static void playFor(EngineLiveRun run, long more) throws InterruptedException {
        long target = gSteps(run) + more;
        run.setStepsPerFrame(1000);
        run.setStepLimit(target); // no overshoot on a fast 1D run while this thread polls
        run.play();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (gSteps(run) < target) {
            assertTrue(System.nanoTime() < deadline, "trained " + more + " steps within 60 s");
            Thread.sleep(2);
        }
        run.pause();
        run.setStepLimit(Long.MAX_VALUE);
    }

    /** Drives {@code run} through every kind of event; the config after the reset is {@code lr(c, 2)}. */
    static void drive(EngineLiveRun run, ExperimentConfig c) throws InterruptedException {
        steps(run, 6);
        ExperimentConfig fast = lr(c, 2);
        run.updateLive(fast);
        steps(run, 3);
        run.reset(); // from the config after the live change, at step 0
        steps(run, 4);
        run.stepD();
        playFor(run, 5);
        ExperimentConfig slow = lr(fast, 0.5);
        run.updateLive(slow);
        run.stepG();
        run.stepD();
        steps(run, 2);
        run.updateLive(kAndLoss(slow));
        steps(run, 5);
        run.stepD();
    }

    static Rules open(ExperimentConfig assignment) {
        return new Rules(ConfigJson.write(assignment), Set.of(), 1_000_000, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void aDrivenRunReplaysToTheLiveTrainersBits(String name, ExperimentConfig c) throws Exception {
        EngineLiveRun run = run(c);
        drive(run, c);
        Claim claim = run.claim();
        assertNotNull(claim, "a run of this build is submittable: " + run.notSubmittableReason());
        assertEquals(ConfigJson.write(lr(c, 2)), claim.configJson(), "the log restarts at the reset, from the config then");
        assertEquals(List.of("step-d", "live", "step-g", "step-d", "live", "step-d"),
                claim.changes().stream().map(Claim.Change::kind).toList(), "every event after the reset, in order");
        assertEquals(gSteps(run), claim.step());
        Claim sent = Claim.fromJson(claim.toJson());
        assertEquals(claim, sent, "the claim survives its JSON");

        Trainer replayed = GRADER.replay(sent);
        run.trainingRun().read(live -> {
            assertEquals(live.generatorSteps(), replayed.generatorSteps(), "G steps");
            assertEquals(live.discriminatorSteps(), replayed.discriminatorSteps(), "D steps");
            assertSameParameters(live, replayed);
            assertEquals(Grader.digest(live), Grader.digest(replayed), "the whole state (moments, RNG, settings, stats)");
            return null;
        });
        assertEquals(claim.digest(), Grader.digest(replayed));
        Verdict v = GRADER.grade(sent, open(c));
        assertEquals(Verdict.Outcome.PASSED, v.outcome(), v.reason());
        assertEquals(claim.step(), v.replayedSteps());
    }

    @Test
    void theDigestSeesEveryPartOfTheState() {
        ExperimentConfig c = Presets.get("ring8-wgan-gp").config();
        Trainer a = TrainerFactory.create(c);
        Trainer b = TrainerFactory.create(c);
        assertEquals(Grader.digest(a), Grader.digest(b), "the same config and seed");
        a.stepDiscriminator();
        assertNotEquals(Grader.digest(a), Grader.digest(b), "one D update more");
        b.stepDiscriminator();
        assertEquals(Grader.digest(a), Grader.digest(b));
        LiveChange.of(lr(c, 2)).applyTo(a, lr(c, 2));
        assertNotEquals(Grader.digest(a), Grader.digest(b), "another learning rate");
        Trainer seed = TrainerFactory.create(c.withSeed(c.seed() + 1));
        assertNotEquals(Grader.digest(TrainerFactory.create(c)), Grader.digest(seed), "another seed");
    }

    /** A claim of ring8-wgan-gp: 6 steps, a D update, a live change of k, 4 steps. */
    Claim smallClaim(ExperimentConfig c) {
        EngineLiveRun run = run(c);
        steps(run, 6);
        run.stepD();
        run.updateLive(kAndLoss(c));
        steps(run, 4);
        Claim claim = run.claim();
        assertNotNull(claim);
        return claim;
    }

    static Claim with(Claim c, String config, long step, String engine, List<Claim.Change> changes) {
        return new Claim(config, step, engine, changes, c.digest());
    }

    static void assertRefused(Verdict v, String words) {
        assertEquals(Verdict.Outcome.REFUSED, v.outcome(), v.reason());
        assertTrue(v.reason().contains(words), "expected \"" + words + "\" in: " + v.reason());
    }

    @Test
    void forgeriesAreRefusedWithTheirReason() {
        ExperimentConfig c = Presets.get("ring8-wgan-gp").config();
        Claim claim = smallClaim(c);
        Rules rules = open(c);
        assertEquals(Verdict.Outcome.PASSED, GRADER.grade(claim, rules).outcome(), "the honest claim");

        Claim beyond = with(claim, claim.configJson(), claim.step() + 5, claim.engine(), claim.changes());
        assertRefused(GRADER.grade(beyond, rules), "does not replay: the trainer state at step 15 differs from the submitted run's");

        assertRefused(GRADER.grade(claim, new Rules(rules.assignmentConfigJson(), Set.of(), 8, List.of())),
                "step 10 is over the assignment's budget of 8");
        Claim big = with(claim, claim.configJson(), 3_500, claim.engine(), claim.changes());
        assertRefused(GRADER.grade(big, new Rules(rules.assignmentConfigJson(), Set.of(), 3_000, List.of())),
                "step 3,500 is over the assignment's budget of 3,000");

        Claim engine = with(claim, claim.configJson(), claim.step(), "1", claim.changes());
        assertRefused(GRADER.grade(engine, rules), "engine 1 trained this run; this server replays engine 2");

        Claim seed = with(claim, ConfigJson.write(c.withSeed(c.seed() + 1)), claim.step(), claim.engine(), claim.changes());
        assertRefused(GRADER.grade(seed, rules), "does not replay: the trainer state at step 10 differs");

        List<Claim.Change> noStepD = new ArrayList<>(claim.changes());
        noStepD.remove(0);
        assertRefused(GRADER.grade(with(claim, claim.configJson(), claim.step(), claim.engine(), noStepD), rules),
                "does not replay");

        Claim early = with(claim, claim.configJson(), 3, claim.engine(), claim.changes());
        assertRefused(GRADER.grade(early, rules), "the log's steps pass the claimed step");
    }

    @Test
    void aLockedGroupEditedInTheConfigIsRefusedNamingTheField() {
        ExperimentConfig assignment = Presets.get("ring8-wgan-gp").config();
        ObjectiveSpec o = assignment.objective();
        ExperimentConfig gan = assignment.withObjective(new ObjectiveSpec(Divergence.GAN, o.generatorLoss(), o.clip(),
                o.lambda(), o.a(), o.b(), o.c(), o.entropyWeight()));
        Claim claim = smallClaim(gan);
        Rules locked = new Rules(ConfigJson.write(assignment), Set.of("objective"), 10_000, List.of());
        Verdict v = GRADER.grade(claim, locked);
        assertEquals(Verdict.Outcome.REFUSED, v.outcome());
        assertEquals("objective.divergence is locked at wgan-gp by the assignment; the submission has gan", v.reason());
        // (not training: the claim's live change sets k)
        Rules otherLocked = new Rules(ConfigJson.write(assignment), Set.of("target", "generator", "discriminator", "optimizers"),
                10_000, List.of());
        Verdict other = GRADER.grade(claim, otherLocked);
        assertEquals(Verdict.Outcome.PASSED, other.outcome(), "the objective is not locked there: " + other.reason());
        Rules seedLocked = new Rules(ConfigJson.write(assignment.withSeed(77)), Set.of("training"), 10_000, List.of());
        assertEquals("seed is locked at 77 by the assignment; the submission has " + assignment.seed(),
                GRADER.grade(smallClaim(assignment), seedLocked).reason());
    }

    @Test
    void aLockedGroupEditedByALiveChangeIsRefusedNamingTheChangeAndTheField() {
        ExperimentConfig c = Presets.get("ring8-wgan-gp").config();
        Claim claim = smallClaim(c); // the live change at step 6 sets k from 5 to 3 and the generator loss
        Verdict training = GRADER.grade(claim, new Rules(ConfigJson.write(c), Set.of("training"), 10_000, List.of()));
        assertEquals(Verdict.Outcome.REFUSED, training.outcome());
        assertEquals("the live change at step 6 (changes[1]): dSteps is locked at " + c.dSteps()
                + " by the assignment; the submission has " + kAndLoss(c).dSteps(), training.reason());
        Verdict objective = GRADER.grade(claim, new Rules(ConfigJson.write(c), Set.of("objective"), 10_000, List.of()));
        assertEquals("the live change at step 6 (changes[1]): objective.generatorLoss is locked at "
                + c.objective().generatorLoss().id() + " by the assignment; the submission has "
                + kAndLoss(c).objective().generatorLoss().id(), objective.reason());
    }

    @Test
    void aReplayedRunThatMissesACriterionFailsWithTheMeasuredValues() {
        ExperimentConfig c = Presets.get("mixture-1d-kl").config();
        Claim claim = smallClaim(c);
        Rules impossible = new Rules(ConfigJson.write(c), Set.of(), 10_000,
                Criterion.parseList("modesCovered>=3, highQualityFraction>=0"));
        Verdict v = GRADER.grade(claim, impossible);
        assertEquals(Verdict.Outcome.FAILED, v.outcome(), v.reason());
        double modes = v.metrics().get("modesCovered");
        assertTrue(modes >= 0 && modes <= 2, "a mixture of 2 modes: " + modes);
        assertTrue(v.reason().startsWith("modesCovered = " + (long) modes + " (>= 3: not met); highQualityFraction = "),
                v.reason());
        assertTrue(v.reason().endsWith("(>= 0: met)"), v.reason());
        Verdict pass = GRADER.grade(claim, new Rules(ConfigJson.write(c), Set.of(), 10_000,
                Criterion.parseList("modesCovered>=" + (long) modes)));
        assertEquals(Verdict.Outcome.PASSED, pass.outcome(), pass.reason());
    }

    @Test
    void theMetricsAreTheServersOwn() {
        ExperimentConfig c = Presets.get("ring8-wgan-gp").config();
        EngineLiveRun run = run(c);
        steps(run, 8);
        run.measureNow(); // the live run's own evaluator
        Claim claim = run.claim();
        Map<String, Double> first = GRADER.grade(claim, open(c)).metrics();
        run.measureNow();
        Map<String, Double> second = GRADER.grade(claim, open(c)).metrics();
        assertEquals(first, second, "the same claim, the same metrics");
        assertTrue(first.containsKey("modesCovered") && first.containsKey("slicedW"), first.toString());

        Trainer plain = TrainerFactory.create(c);
        for (int i = 0; i < 8; i++) {
            plain.step();
        }
        Evaluator.Sampled e = new Evaluator(plain, 400, 99).evaluateSampled(plain);
        MetricInputs in = new MetricInputs(plain.stats(), e.evaluation(), e.real(), e.fake(), null, plain.target());
        assertEquals(Metric.MODES_COVERED.value(in), first.get("modesCovered"));
        assertEquals(Metric.SLICED_W.value(in), first.get("slicedW"));
        assertEquals(Metric.MMD2.value(in), first.get("mmd2"));
        Map<String, Double> otherSeed = new Grader(400, 100).grade(claim, open(c)).metrics();
        assertNotEquals(first.get("slicedW"), otherSeed.get("slicedW"), "another evaluation seed, other samples");
    }

    @Test
    void aFullLogMakesTheRunNotSubmittableUntilItsReset() {
        ExperimentConfig c = Presets.get("ring8-gan").config();
        ExperimentConfig tiny = c.withNetworks(c.noise(), new lab.minimax.experiment.NetworkSpec(List.of(4),
                c.generator().activation()), new lab.minimax.experiment.NetworkSpec(List.of(4), c.discriminator().activation()))
                .withSteps(8, 1, c.scheme());
        EngineLiveRun run = run(tiny);
        for (int i = 0; i < Claim.MAX_CHANGES; i++) {
            run.trainingRun().stepDiscriminator();
        }
        assertNotNull(run.claim(), "10,000 changes fit");
        run.trainingRun().stepDiscriminator();
        assertNull(run.claim(), "one more does not");
        assertTrue(run.notSubmittableReason().contains("more than 10,000"), run.notSubmittableReason());
        run.step(); // no exception, still training
        assertNull(run.claim());
        run.reset();
        Claim fresh = run.claim();
        assertNotNull(fresh, "a reset starts a new log");
        assertEquals(0, fresh.step());
        assertEquals(Verdict.Outcome.PASSED, GRADER.grade(fresh, open(tiny)).outcome());
    }
}
