package lab.minimax.training;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server-wide training pool (one thread per core, shared by all tabs) and the run registry. */
@Configuration
public class TrainingBeans {
    @Bean(destroyMethod = "close")
    public RunScheduler runScheduler() {
        return RunScheduler.forCores();
    }

    @Bean
    public RunRegistry runRegistry() {
        return new RunRegistry();
    }
}
