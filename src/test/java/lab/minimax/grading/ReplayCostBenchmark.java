package lab.minimax.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.config.ParseResult;
import lab.minimax.gan.Trainer;
import lab.minimax.live.EngineLiveRun;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunScheduler;

/**
 * The cost of verifying a submission against the cost of training it (a measurement, not a test):
 * a live run of the lab ({@link EngineLiveRun} on one training thread, uncapped, with its frames
 * and heavy metrics as on a page) trains {@code steps} steps; then its claim is replayed
 * ({@link Grader#replay}) and graded ({@link Grader#grade}, with the evaluation), on this thread.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:… lab.minimax.grading.ReplayCostBenchmark [config.json] [steps] [rounds]
 * </pre>
 * Default: {@link #GRID25_WGAN_GP_SMALL}, 3,000 steps, 2 rounds.
 */
public final class ReplayCostBenchmark {
    private ReplayCostBenchmark() {
    }

    /** grid25, WGAN-GP (λ = 0.1, k = 5), G and D 2-32-32 leaky ReLU, batch 64, Adam 1e-4 β = (0.5, 0.9): a CI-sized grid25. */
    public static final String GRID25_WGAN_GP_SMALL = "{ \"v\": 1, \"target\": { \"name\": \"grid25\", \"spacing\": 2.0, \"sd\": 0.05 }, "
            + "\"noise\": { \"dim\": 2, \"distribution\": \"gaussian\" }, "
            + "\"generator\": { \"hidden\": [32, 32], \"activation\": \"leakyrelu\" }, "
            + "\"discriminator\": { \"hidden\": [32, 32], \"activation\": \"leakyrelu\" }, "
            + "\"objective\": { \"divergence\": \"wgan-gp\", \"lambda\": 0.1 }, "
            + "\"optimizer\": { \"generator\": { \"name\": \"adam\", \"lr\": 0.0001, \"beta1\": 0.5, "
            + "\"beta2\": 0.9 }, \"discriminator\": { \"name\": \"adam\", \"lr\": 0.0001, "
            + "\"beta1\": 0.5, \"beta2\": 0.9 }, \"schedule\": \"constant\" }, \"batchSize\": 64, "
            + "\"dSteps\": 5, \"scheme\": \"alternating\", \"seed\": 1 }";

    public static void main(String[] args) throws Exception {
        String json = GRID25_WGAN_GP_SMALL;
        if (args.length > 0 && !args[0].isEmpty()) {
            json = Files.readString(Path.of(args[0]));
        }
        ParseResult p = ConfigJson.parse(json, Limits.DEFAULTS);
        if (!p.errors().isEmpty()) {
            throw new IllegalArgumentException(p.errorText());
        }
        ExperimentConfig c = p.config();
        long steps = args.length > 1 ? Long.parseLong(args[1]) : 3_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Grader grader = new Grader(5_000, 1);
        Rules rules = new Rules(ConfigJson.write(c), Set.of("target", "objective", "generator", "discriminator"), steps + 1_000,
                Criterion.parseList("modesCovered>=20"));
        try (RunScheduler scheduler = new RunScheduler(1)) {
            for (int round = 1; round <= rounds; round++) {
                EngineLiveRun run = new EngineLiveRun(scheduler, new RunRegistry(), c);
                run.setStepsPerFrame(1000);
                long t0 = System.nanoTime();
                run.play();
                while (run.trainingRun().read(Trainer::generatorSteps) < steps) {
                    Thread.sleep(1);
                }
                run.pause();
                long liveNanos = System.nanoTime() - t0;
                Claim claim = run.claim();
                run.close();
                long liveSteps = claim.step();
                long r0 = System.nanoTime();
                Trainer replayed = grader.replay(claim);
                long replayNanos = System.nanoTime() - r0;
                if (!Grader.digest(replayed).equals(claim.digest())) {
                    throw new AssertionError("the replay's digest differs");
                }
                long g0 = System.nanoTime();
                Verdict v = grader.grade(claim, rules);
                long gradeNanos = System.nanoTime() - g0;
                System.out.printf(Locale.ROOT, "round %d: live %,d steps in %,d ms (%.0f steps/s); replay %,d ms (%.0f steps/s,"
                                + " %.2f × the live time); grade (replay + evaluation of %,d samples) %,d ms: %s, %s%n",
                        round, liveSteps, liveNanos / 1_000_000, liveSteps / (liveNanos / 1e9), replayNanos / 1_000_000,
                        liveSteps / (replayNanos / 1e9), replayNanos / (double) liveNanos, 5_000, gradeNanos / 1_000_000,
                        v.outcome(), v.reason());
            }
        }
    }

}
