package lab.minimax.cli;

import lab.minimax.account.Accounts;
import lab.minimax.admin.AdminProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's database for the {@code user} commands: a small non-web Spring context with the
 * server's own settings (the jar's application.properties, {@code ./config}, system properties
 * and the environment, e.g. {@code SPRING_DATASOURCE_URL} or {@code MINIMAX_DATA_DIR}), its
 * DataSource and Flyway (a fresh data directory gets the schema), and {@link Accounts} with the
 * configured admin's name reserved. Spring's own logging is off: the commands report for
 * themselves.
 */
final class UserStore implements AutoCloseable {
    /** H2's "Database may be already in use" (the file is locked by another process). */
    static final int H2_LOCKED = 90020;

    private final ConfigurableApplicationContext context;

    private UserStore(ConfigurableApplicationContext context) {
        this.context = context;
    }

    Accounts accounts() {
        return context.getBean(Accounts.class);
    }

    /** Opens the store; {@code dataDir} (may be null) overrides {@code minimax.data-dir}. */
    static UserStore open(String dataDir) throws Unavailable {
        SpringApplication app = new SpringApplication(Context.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setRegisterShutdownHook(false);
        app.setDefaultProperties(Map.of("logging.level.root", "OFF"));
        AtomicReference<Environment> env = new AtomicReference<>();
        app.addListeners(e -> {
            if (e instanceof ApplicationEnvironmentPreparedEvent p) {
                env.set(p.getEnvironment());
            }
        });
        List<String> args = new ArrayList<>();
        if (dataDir != null) {
            args.add("--minimax.data-dir=" + dataDir);
        }
        try {
            return new UserStore(app.run(args.toArray(String[]::new)));
        } catch (RuntimeException e) {
            String url = env.get() == null ? "" : env.get().getProperty("spring.datasource.url", "");
            throw new Unavailable(url, e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /** The H2 file of a {@code jdbc:h2:file:…} URL ({@code ….mv.db}, absolute), or null for another database. */
    static Path h2File(String url) {
        String prefix = "jdbc:h2:";
        if (url == null || !url.startsWith(prefix)) {
            return null;
        }
        String rest = url.substring(prefix.length());
        int semicolon = rest.indexOf(';');
        rest = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
            return null;
        }
        rest = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        return Path.of(rest + ".mv.db").toAbsolutePath().normalize();
    }

    /** The database could not be opened. */
    static final class Unavailable extends Exception {
        final String url;

        Unavailable(String url, Throwable cause) {
            super(cause);
            this.url = url;
        }

        /** True when H2 refused because another process (a running lab server) holds the file. */
        boolean locked() {
            for (Throwable t = getCause(); t != null; t = t.getCause()) {
                if (t instanceof SQLException s && s.getErrorCode() == H2_LOCKED) {
                    return true;
                }
            }
            return false;
        }

        /** The innermost cause's message (no stack trace). */
        String reason() {
            Throwable t = getCause();
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            String m = t.getMessage();
            return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        }
    }

    /**
     * The context's only source. Deliberately no {@code @Configuration}: the web application's
     * component scan must never pick it up (its {@code accounts} bean would clash with the server's).
     */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class})
    @EnableConfigurationProperties(AdminProperties.class)
    static class Context {
        @Bean
        Accounts accounts(JdbcTemplate jdbc, AdminProperties admin) {
            return new Accounts(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder(), admin.username(),
                    Clock.systemUTC());
        }
    }
}
