package lab.minimax.classroom;

import java.time.Clock;
import lab.minimax.training.RunRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The classroom on the application's DataSource: classes, joins, status rows, their publisher and the archive sweep. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClassroomProperties.class)
public class ClassroomConfiguration {
    @Bean
    Classroom classroom(JdbcTemplate jdbc, PlatformTransactionManager tm, ClassroomProperties p) {
        TransactionTemplate tx = new TransactionTemplate(tm);
        Clock clock = Clock.systemUTC();
        Classes classes = new Classes(jdbc, tx, clock);
        return new Classroom(classes, new JoinService(classes, p, clock), new RunStatusStore(jdbc, tx, clock),
                new ClassExport(classes, jdbc));
    }

    @Bean
    public Classes classes(Classroom classroom) {
        return classroom.classes();
    }

    @Bean(destroyMethod = "close")
    StatusPublisher statusPublisher(RunRegistry registry, Classroom classroom, ClassroomProperties p) {
        return new StatusPublisher(registry, classroom.classes(), classroom.statuses())
                .start(p.publishInterval().toMillis());
    }

    @Bean(destroyMethod = "close")
    ArchiveSweeper classArchiveSweeper(Classroom classroom, ClassroomProperties p) {
        return new ArchiveSweeper(classroom.classes(), p.archiveTtl(), p.sweep(), Clock.systemUTC(), true);
    }
}
