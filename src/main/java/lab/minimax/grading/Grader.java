package lab.minimax.grading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lab.minimax.experiment.Engine;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.config.ParseResult;
import lab.minimax.gan.Evaluator;
import lab.minimax.gan.Metric;
import lab.minimax.gan.MetricInputs;
import lab.minimax.gan.Trainer;

/**
 * Grades a submitted run by replaying it: the server trusts no number of the browser. It checks,
 * in this order, the engine version, the configs (under the server's limits), the assignment's
 * locked groups (the claim's config and every live change), the step budget; then replays the run
 * ({@link Replay}), compares the replayed trainer's {@link #digest} with the claimed one, measures
 * the metrics itself ({@link Evaluator} on its own fixed seed) and checks the criteria.
 * Single-threaded; never throws for bad input: a claim that cannot be graded is REFUSED with the
 * reason. A grader holds no state beyond its settings: one instance may grade on several threads
 * at once (each grade on its own thread).
 */
public final class Grader {
    private final int evalSamples;
    private final long evalSeed;
    private final Limits limits;

    /** Under the engine's default limits. */
    public Grader(int evalSamples, long evalSeed) {
        this(evalSamples, evalSeed, Limits.DEFAULTS);
    }

    /**
     * @param evalSamples generated and real samples of the evaluation (e.g. 5,000)
     * @param evalSeed    the evaluation stream's seed: the same claim always gets the same metrics
     * @param limits      the server's limits every config must respect
     */
    public Grader(int evalSamples, long evalSeed, Limits limits) {
        if (evalSamples < 10 || evalSamples > 1_000_000) {
            throw new IllegalArgumentException("evalSamples must be 10..1000000, got " + evalSamples);
        }
        this.evalSamples = evalSamples;
        this.evalSeed = evalSeed;
        this.limits = limits;
    }

    /** SHA-256 hex of the trainer's complete state (parameters, optimiser moments, RNG, counters, live settings, last statistics). */
    public static String digest(Trainer t) {
        return StateDigest.of(t);
    }

    public Verdict grade(Claim claim, Rules rules) {
        try {
            return gradeChecked(claim, rules);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Verdict.refused("the replay failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    private Verdict gradeChecked(Claim claim, Rules rules) {
        if (claim == null || rules == null) {
            return Verdict.refused("no claim or no rules to grade it by");
        }
        String engine = Integer.toString(Engine.VERSION);
        if (!engine.equals(claim.engine())) {
            return Verdict.refused("engine " + claim.engine() + " trained this run; this server replays engine " + engine
                    + " (another engine does not give the same bits)");
        }
        ParseResult assignment = ConfigJson.parse(rules.assignmentConfigJson(), limits);
        if (!assignment.errors().isEmpty()) {
            return Verdict.refused("the assignment's config is refused: " + assignment.errors().get(0));
        }
        for (String g : rules.lockedGroups()) {
            if (!LockedGroups.NAMES.contains(g)) {
                return Verdict.refused("the assignment locks '" + g + "', which is not one of "
                        + String.join(", ", LockedGroups.NAMES));
            }
        }
        Parsed parsed = parse(claim);
        if (parsed.refusal() != null) {
            return Verdict.refused(parsed.refusal());
        }
        List<Claim.Change> changes = claim.changes();
        ExperimentConfig[] configs = parsed.configs();
        String locked = LockedGroups.difference(assignment.config(), parsed.base(), rules.lockedGroups());
        if (locked != null) {
            return Verdict.refused(locked);
        }
        long at = 0;
        for (int i = 0; i < configs.length; i++) {
            at += changes.get(i).fullSteps();
            if (configs[i] != null) {
                String d = LockedGroups.difference(assignment.config(), configs[i], rules.lockedGroups());
                if (d != null) {
                    return Verdict.refused(String.format(Locale.ROOT, "the live change at step %,d (changes[%d]): %s", at, i, d));
                }
            }
            at += changes.get(i).kind().equals(Claim.Change.STEP_G) ? 1 : 0;
        }
        if (claim.step() < 0 || claim.step() > Claim.MAX_STEP) {
            return Verdict.refused("step: must be 0.." + Claim.MAX_STEP);
        }
        if (claim.step() > rules.stepBudget()) {
            return Verdict.refused(String.format(Locale.ROOT, "step %,d is over the assignment's budget of %,d", claim.step(),
                    rules.stepBudget()));
        }
        long start = System.nanoTime();
        Replay.Result r = Replay.run(parsed.base(), changes, configs, claim.step());
        long nanos = System.nanoTime() - start;
        if (r.trainer() == null) {
            return Verdict.refused(r.refusal(), nanos, r.steps());
        }
        Trainer t = r.trainer();
        if (!digest(t).equals(claim.digest())) {
            return Verdict.refused(String.format(Locale.ROOT, "does not replay: the trainer state at step %,d differs from the"
                    + " submitted run's", claim.step()), nanos, r.steps());
        }
        Map<String, Double> metrics = measure(t);
        return judge(metrics, rules.criteria(), nanos, r.steps());
    }

    /** A claim's configs parsed under the server's limits, or why they do not parse. */
    private record Parsed(ExperimentConfig base, ExperimentConfig[] configs, String refusal) {
        static Parsed refused(String why) {
            return new Parsed(null, null, why);
        }
    }

    private Parsed parse(Claim claim) {
        ParseResult base = ConfigJson.parse(claim.configJson(), limits);
        if (!base.errors().isEmpty()) {
            return Parsed.refused("the submitted config is refused: configJson: " + base.errors().get(0));
        }
        List<Claim.Change> changes = claim.changes();
        if (changes.size() > Claim.MAX_CHANGES) {
            return Parsed.refused("changes: at most " + Claim.MAX_CHANGES + " changes (got " + changes.size() + ")");
        }
        ExperimentConfig[] configs = new ExperimentConfig[changes.size()];
        for (int i = 0; i < configs.length; i++) {
            Claim.Change c = changes.get(i);
            if (!Claim.KINDS.contains(c.kind())) {
                return Parsed.refused("changes[" + i + "].kind: '" + c.kind() + "' is not one of " + String.join(", ", Claim.KINDS));
            }
            if (c.fullSteps() < 0 || c.fullSteps() > Claim.MAX_STEP) {
                return Parsed.refused("changes[" + i + "].fullSteps: must be 0.." + Claim.MAX_STEP);
            }
            if (c.kind().equals(Claim.Change.LIVE)) {
                ParseResult p = ConfigJson.parse(c.configJson(), limits);
                if (!p.errors().isEmpty()) {
                    return Parsed.refused("the submitted config is refused: changes[" + i + "].configJson: " + p.errors().get(0));
                }
                configs[i] = p.config();
            }
        }
        return new Parsed(base.config(), configs, null);
    }

    /**
     * The trainer of {@code claim} replayed up to its step (no rule and no digest checked: e.g. to
     * show the replayed run). Single-threaded.
     *
     * @throws IllegalArgumentException with the reason when it does not replay
     */
    public Trainer replay(Claim claim) {
        Parsed p = parse(claim);
        if (p.refusal() != null) {
            throw new IllegalArgumentException(p.refusal());
        }
        if (claim.step() < 0 || claim.step() > Claim.MAX_STEP) {
            throw new IllegalArgumentException("step: must be 0.." + Claim.MAX_STEP);
        }
        Replay.Result r = Replay.run(p.base(), claim.changes(), p.configs(), claim.step());
        if (r.trainer() == null) {
            throw new IllegalArgumentException(r.refusal());
        }
        return r.trainer();
    }

    /** The gradeable metrics of {@code t} on the server's evaluation stream (defined values only). */
    Map<String, Double> measure(Trainer t) {
        Evaluator.Sampled e = new Evaluator(t, evalSamples, evalSeed).evaluateSampled(t);
        MetricInputs in = new MetricInputs(t.stats(), e.evaluation(), e.real(), e.fake(), null, t.target());
        Map<String, Double> m = new LinkedHashMap<>();
        for (Metric x : Criterion.metrics()) {
            double v = x.value(in);
            if (!Double.isNaN(v)) {
                m.put(x.csvName(), v);
            }
        }
        return m;
    }

    private static Verdict judge(Map<String, Double> metrics, List<Criterion> criteria, long nanos, long steps) {
        boolean pass = true;
        StringBuilder why = new StringBuilder();
        for (Criterion c : criteria) {
            Double v = metrics.get(c.metric());
            boolean ok = v != null && c.holds(v);
            pass &= ok;
            why.append(why.length() == 0 ? "" : "; ").append(c.metric()).append(" = ")
                    .append(v == null ? "NaN (not defined for this target, or the samples are not finite)" : value(v))
                    .append(" (").append(c.op()).append(' ').append(Criterion.number(c.threshold()))
                    .append(ok ? ": met)" : ": not met)");
        }
        if (criteria.isEmpty()) {
            why.append("replayed (no criteria)");
        }
        return new Verdict(pass ? Verdict.Outcome.PASSED : Verdict.Outcome.FAILED, why.toString(), metrics, nanos, steps);
    }

    /** A measured value to 4 significant digits. */
    static String value(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
