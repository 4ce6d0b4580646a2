package lab.minimax.admin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import lab.minimax.account.Accounts;
import lab.minimax.server.ReleaseEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;

/**
 * Who may do what over HTTP. Everything is anonymous (a course link must just work) except:
 * <ul>
 *   <li>the admin view {@code /admin} ({@code @RolesAllowed("ADMIN")}), registered only when
 *   {@code minimax.admin.password} is set;</li>
 *   <li>the instructors' views ({@code @RolesAllowed("INSTRUCTOR")}, enforced by Vaadin's
 *   navigation access control); instructor accounts live in the database ({@link Accounts});</li>
 *   <li>the form login at {@code /login} (with Spring's CSRF token: the login page is not exempt),
 *   which exists while an admin or an instructor account exists ({@link LoginGate}); after it an
 *   admin lands on {@code /admin}, an instructor on {@code /classes} ({@link RoleLanding});
 *   {@code POST /logout} (CSRF token too) leads back to {@code /login};</li>
 *   <li>the actuator: {@code /actuator/health} is public, every other endpoint needs the admin
 *   user over HTTP basic (a separate, stateless filter chain ordered before Vaadin's).</li>
 * </ul>
 * Vaadin's own views are guarded by their access annotations (every view needs one:
 * {@code @AnonymousAllowed} for the lab and lesson pages). Vaadin's CSRF protection stays on for
 * its own requests; Spring's CSRF check covers every other POST (the login and the logout
 * included) except the page-hide beacon {@code POST /lab-release}, which is authorised by its
 * unguessable token, and a submission's {@code POST} (JSON only, which a cross-site form cannot
 * send). There is never a generated or default password: the
 * {@link UserDetailsService} here replaces Spring Boot's generated user.
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
    /** Where a script joins a class over HTTP ({@code classroom.JoinApi}, JSON only too). */
    static final String JOIN = "/api/join/*";

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The instructor accounts of the application's database. */
    @Bean
    public Accounts accounts(JdbcTemplate jdbc, PasswordEncoder encoder, AdminProperties admin) {
        return new Accounts(jdbc, encoder, admin.username(), Clock.systemUTC());
    }

    /** The admin user when a password is configured, and the instructor accounts; nobody else. */
    @Bean
    public UserDetailsService userDetailsService(AdminProperties admin, PasswordEncoder encoder, Accounts accounts) {
        if (admin.configured()) {
            checkEncoding(admin, encoder);
        }
        return new LabUsers(admin, accounts);
    }

    @Bean
    LoginGate loginGate(AdminProperties admin, Accounts accounts) {
        return new LoginGate(admin, accounts);
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

    /** Vaadin and everything else: anonymous, except the admin view and the instructors' views. */
    @Bean
    @Order(2)
    public SecurityFilterChain labChain(HttpSecurity http, AdminProperties admin, RequestUtil vaadinRequests)
            throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher beacon = paths.matcher(HttpMethod.POST, ReleaseEndpoint.PATH);
        // a submission is taken as application/json only (SubmissionApi), which no cross-site form can send
        RequestMatcher submit = new OrRequestMatcher(paths.matcher(HttpMethod.POST, SUBMISSIONS),
                paths.matcher(HttpMethod.POST, JOIN));
        http.authorizeHttpRequests(a -> {
            a.requestMatchers(beacon, submit).permitAll();
            if (admin.configured()) {
                a.requestMatchers(paths.matcher(AdminRoutes.ADMIN_PATH), paths.matcher(AdminRoutes.ADMIN_PATH + "/**"))
                        .hasRole(ADMIN_ROLE);
            }
        });
        // Vaadin's own CSRF exemption (its internal requests carry Vaadin's token), but not its
        // exemption of the login form: POST /login needs Spring's token, which LoginView puts in
        http.csrf(c -> c.ignoringRequestMatchers(beacon, submit, vaadinRequests::isFrameworkInternalRequest));
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, new RoleLanding());
        // the lab's embedding policy is ui.EmbedHeaders' CSP frame-ancestors, not X-Frame-Options
        http.headers(h -> h.frameOptions(f -> f.disable()));
        http.addFilterBefore(new AdminFrameGuard(), HeaderWriterFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), v -> {
            // always: an instructor account may be created while the server runs (LoginView
            // answers "not found" while nobody can log in)
            v.loginView(AdminRoutes.LOGIN_PATH, AdminRoutes.LOGIN_PATH);
            v.enableCsrfConfiguration(false);
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
