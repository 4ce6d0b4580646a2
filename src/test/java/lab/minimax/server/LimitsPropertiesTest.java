package lab.minimax.server;

import lab.minimax.experiment.Limits;
import lab.minimax.training.FakeRun;
import lab.minimax.training.Overflow;
import lab.minimax.training.RunGate;
import lab.minimax.training.RunLimits;
import lab.minimax.training.RunOwner;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunSlots;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** minimax.limits.* bind into the run machinery; the documented defaults hold; a shutdown stops the runs. */
class LimitsPropertiesTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(LimitsConfiguration.class)
            .withBean(RunRegistry.class);

    @Test
    void propertiesBindIntoTheEngineLimitsSlotsAndGate() {
        runner.withPropertyValues(
                "minimax.limits.max-training-runs=3",
                "minimax.limits.overflow=refuse",
                "minimax.limits.max-runs-per-session=2",
                "minimax.limits.max-runs-per-client=5",
                "minimax.limits.max-sessions-per-client=7",
                "minimax.limits.trust-forwarded-headers=true",
                "minimax.limits.max-width=32",
                "minimax.limits.max-depth=2",
                "minimax.limits.max-batch=128",
                "minimax.limits.max-noise-dim=4",
                "minimax.limits.max-points=100",
                "minimax.limits.max-d-steps=3",
                "minimax.limits.max-steps-per-second=250",
                "minimax.limits.idle-timeout=90s",
                "minimax.limits.max-session-lifetime=2h",
                "minimax.limits.max-runs-per-browser=6").run(ctx -> {
            assertEquals(new Limits(32, 2, 128, 4, 100, 3), ctx.getBean(Limits.class));
            RunLimits l = ctx.getBean(RunLimits.class);
            assertEquals(new RunLimits(3, Overflow.REFUSE, 2, 5, 7, 250, Duration.ofSeconds(90), Duration.ofHours(2), 6), l);
            RunSlots slots = ctx.getBean(RunSlots.class);
            assertEquals(3, slots.capacity());
            assertEquals(Overflow.REFUSE, slots.overflow());
            assertTrue(ctx.getBean(LimitsProperties.class).trustForwardedHeaders());
            assertNotNull(ctx.getBean(RunGate.class));
        });
    }

    @Test
    void withoutPropertiesTheDocumentedDefaultsApply() {
        runner.run(ctx -> {
            LimitsProperties p = ctx.getBean(LimitsProperties.class);
            assertEquals(32, p.maxTrainingRuns());
            assertEquals(Overflow.QUEUE, p.overflow());
            assertEquals(4, p.maxRunsPerSession());
            assertEquals(250, p.maxSessionsPerClient(), "a class of 100 and more behind one NAT address gets in");
            assertEquals(400, p.maxRunsPerClient());
            assertEquals(4, p.maxRunsPerBrowser(), "the issue's per-browser cap");
            assertEquals(Duration.ofMinutes(15), p.idleTimeout());
            assertEquals(Duration.ofHours(4), p.maxSessionLifetime());
            assertEquals(Limits.DEFAULTS, p.configLimits(), "the engine's documented ranges");
        });
    }

    @Test
    void theApplicationPropertiesFileBindsAndAsksForAGracefulShutdown() {
        runner.withInitializer(new ConfigDataApplicationContextInitializer()).run(ctx -> {
            assertEquals("graceful", ctx.getEnvironment().getProperty("server.shutdown"));
            assertNotNull(ctx.getBean(LimitsProperties.class));
        });
    }

    @Test
    void aValueThatAllowsNothingFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("minimax.limits.max-width=0").run(ctx -> {
            assertTrue(ctx.getStartupFailure() != null);
            assertTrue(messages(ctx.getStartupFailure()).contains("maxWidth"), messages(ctx.getStartupFailure()));
        });
        runner.withPropertyValues("minimax.limits.max-runs-per-session=-1").run(ctx ->
                assertTrue(messages(ctx.getStartupFailure()).contains("max-runs-per-session")));
    }

    @Test
    void closingTheContextStopsEveryRunWithTheShutdownReason() {
        FakeRun[] runs = new FakeRun[3];
        runner.run(ctx -> {
            RunRegistry registry = ctx.getBean(RunRegistry.class);
            for (int i = 0; i < runs.length; i++) {
                runs[i] = new FakeRun(RunOwner.UNKNOWN, System.currentTimeMillis());
                registry.register(runs[i]);
            }
        });
        for (FakeRun r : runs) {
            assertEquals(RunShutdown.REASON, r.stoppedWith);
        }
    }

    private static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append('\n');
        }
        return b.toString();
    }
}
