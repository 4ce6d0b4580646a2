package lab.minimax.admin;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import lab.minimax.server.ReleaseEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what over HTTP. Everything is anonymous (a course link must just work) except:
 * <ul>
 *   <li>the admin view {@code /admin} ({@code @RolesAllowed("ADMIN")}, form login at
 *   {@code /login}), registered only when {@code minimax.admin.password} is set;</li>
 *   <li>the actuator: {@code /actuator/health} is public, every other endpoint needs the admin
 *   user over HTTP basic (a separate, stateless filter chain ordered before Vaadin's).</li>
 * </ul>
 * Vaadin's own views are guarded by their access annotations (every view needs one:
 * {@code @AnonymousAllowed} for the lab and lesson pages). Vaadin's CSRF protection stays on;
 * only the page-hide beacon {@code POST /lab-release} is exempt from Spring's CSRF check, since
 * it is authorised by its unguessable token, and a submission's {@code POST} (JSON only, which a
 * cross-site form cannot send). There is never a generated or default password:
 * the {@link UserDetailsService} here replaces Spring Boot's generated user.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(AdminProperties.class)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {
    /** The role of the operator. */
    public static final String ADMIN_ROLE = "ADMIN";
    /** The actuator's base path (Spring Boot's default; management.endpoints.web.base-path is not changed). */
    static final String ACTUATOR = "/actuator";
    /** Where students' runs are submitted over HTTP ({@code assignment.SubmissionApi}). */
    static final String SUBMISSIONS = "/api/assignments/*/submissions";

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The admin user when a password is configured; otherwise no user at all. */
    @Bean
    public UserDetailsService userDetailsService(AdminProperties admin, PasswordEncoder encoder) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        if (admin.configured()) {
            checkEncoding(admin, encoder);
            users.createUser(User.withUsername(admin.username()).password(admin.encodedPassword())
                    .roles(ADMIN_ROLE).build());
        }
        return users;
    }

    /** Actuator: health public, the rest (info, prometheus) admin-only over HTTP basic. */
    @Bean
    @Order(1)
    public SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(paths.matcher(ACTUATOR + "/**"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(paths.matcher(HttpMethod.GET, ACTUATOR + "/health"),
                                paths.matcher(HttpMethod.GET, ACTUATOR + "/health/**")).permitAll()
                        .anyRequest().hasRole(ADMIN_ROLE))
                .httpBasic(Customizer.withDefaults())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Vaadin and everything else: anonymous, except the admin view. */
    @Bean
    @Order(2)
    public SecurityFilterChain labChain(HttpSecurity http, AdminProperties admin) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher beacon = paths.matcher(HttpMethod.POST, ReleaseEndpoint.PATH);
        // a submission is taken as application/json only (SubmissionApi), which no cross-site form can send
        RequestMatcher submit = paths.matcher(HttpMethod.POST, SUBMISSIONS);
        http.authorizeHttpRequests(a -> {
            a.requestMatchers(beacon, submit).permitAll();
            if (admin.configured()) {
                a.requestMatchers(paths.matcher(AdminRoutes.ADMIN_PATH), paths.matcher(AdminRoutes.ADMIN_PATH + "/**"))
                        .hasRole(ADMIN_ROLE);
            }
        });
        http.csrf(c -> c.ignoringRequestMatchers(beacon, submit));
        // the lab's embedding policy is ui.EmbedHeaders' CSP frame-ancestors, not X-Frame-Options
        http.headers(h -> h.frameOptions(f -> f.disable()));
        http.addFilterBefore(new AdminFrameGuard(), HeaderWriterFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), v -> {
            if (admin.configured()) {
                v.loginView(AdminRoutes.LOGIN_PATH);
            }
            v.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll);
        });
        return http.build();
    }

    /** Fails at start-up, naming the property, when the password's {id} is unknown. */
    private static void checkEncoding(AdminProperties admin, PasswordEncoder encoder) {
        try {
            encoder.matches("probe", admin.encodedPassword());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("minimax.admin.password: unknown encoding {" + admin.encodingId()
                    + "}; give {bcrypt}<hash> (recommended) or {noop}<plain text>");
        }
    }
}
