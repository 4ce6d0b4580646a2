package lab.minimax.server;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import lab.minimax.experiment.Limits;
import lab.minimax.training.RunGate;
import lab.minimax.training.RunLimits;
import lab.minimax.training.RunReaper;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunSlots;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires the operator's limits ({@link LimitsProperties}, {@code minimax.limits.*}) into the
 * Spring-free run machinery: the engine's {@link Limits} for every config the lab parses or
 * validates, the training {@link RunSlots}, the per-session/per-client {@link RunGate}, the idle
 * and lifetime {@link RunReaper}, the per-client session count and the graceful stop of runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
public class LimitsConfiguration {

    @Bean
    public Limits configLimits(LimitsProperties p) {
        return p.configLimits();
    }

    @Bean
    public RunLimits runLimits(LimitsProperties p) {
        return p.runLimits();
    }

    @Bean
    public RunSlots runSlots(RunLimits l) {
        return new RunSlots(l.maxTrainingRuns(), l.overflow());
    }

    @Bean
    public RunGate runGate(RunLimits l, RunRegistry registry) {
        return new RunGate(l, registry);
    }

    @Bean(destroyMethod = "close")
    public RunReaper runReaper(RunRegistry registry, RunGate gate) {
        RunReaper r = new RunReaper(registry, gate);
        return r.start(r.defaultPeriodMillis());
    }

    @Bean
    public RunShutdown runShutdown(RunRegistry registry, RunReaper reaper) {
        return new RunShutdown(registry, reaper);
    }

    /**
     * Live sessions per address: a session counts until its page's beacon says goodbye, or for
     * three heartbeats and 5 s after its last request.
     */
    @Bean
    public HttpSessionsPerClient clientSessions(RunLimits l,
                                                @Value("${vaadin.heartbeatInterval:300}") int heartbeatSeconds) {
        return new HttpSessionsPerClient(l.maxSessionsPerClient(), (3L * heartbeatSeconds + 5) * 1000,
                System::currentTimeMillis);
    }

    @Bean
    public FilterRegistrationBean<ClientSessionFilter> clientSessionFilter(HttpSessionsPerClient sessions, LimitsProperties p,
            @Value("${minimax.embed.frame-ancestors:'self'}") String frameAncestors) {
        FilterRegistrationBean<ClientSessionFilter> reg = new FilterRegistrationBean<>(new ClientSessionFilter(sessions,
                p.trustForwardedHeaders(), EmbedHeaders.crossSite(frameAncestors)));
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return reg;
    }

    /** Forgets a session's count when it ends or changes its id. */
    @Bean
    public SessionCounter sessionCounter(HttpSessionsPerClient sessions) {
        return new SessionCounter(sessions);
    }

    /** The servlet listener behind {@link #sessionCounter}. */
    public record SessionCounter(HttpSessionsPerClient sessions) implements HttpSessionListener, HttpSessionIdListener {
        @Override
        public void sessionDestroyed(HttpSessionEvent se) {
            sessions.closed(se.getSession().getId());
        }

        @Override
        public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
            sessions.renamed(oldSessionId, event.getSession().getId());
        }
    }
}
