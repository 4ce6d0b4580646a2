package lab.minimax.ops;

import lab.minimax.training.RunRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the lab's meters with Spring Boot's meter registry (see {@link LabMeters}). */
@Configuration
public class OpsBeans {
    @Bean(initMethod = "subscribe", destroyMethod = "unsubscribe")
    public LabMeters labMeters(RunRegistry runs, VaadinSessionCounter sessions) {
        return new LabMeters(runs, sessions::active);
    }
}
