package lab.minimax.assignment;

import java.time.Clock;
import lab.minimax.experiment.Limits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Assignments, submissions, their replay queue and boards, on the application's DataSource. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssignmentProperties.class)
public class AssignmentConfiguration {
    /** On Spring Boot's template, which waits for Flyway's migration (a DataSource alone would not). */
    @Bean
    AssignmentStore assignmentStore(NamedParameterJdbcTemplate jdbc) {
        return new AssignmentStore(jdbc);
    }

    @Bean
    public Assignments assignments(AssignmentStore store) {
        return new Assignments(store, Clock.systemUTC());
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    ReplayQueue replayQueue(AssignmentStore store, AssignmentProperties p, Limits limits) {
        return new ReplayQueue(store, p.replayThreads(), p.evalSamples(), p.evalSeed(), Clock.systemUTC(), limits);
    }

    @Bean
    public Submissions submissions(AssignmentStore store, Assignments assignments, ReplayQueue queue, Limits limits) {
        return new Submissions(store, assignments, Clock.systemUTC(), queue::wake, limits);
    }

    @Bean
    public Boards boards(AssignmentStore store, Assignments assignments) {
        return new Boards(store, assignments, Clock.systemUTC());
    }
}
