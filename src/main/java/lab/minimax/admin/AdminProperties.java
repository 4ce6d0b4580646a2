package lab.minimax.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator's login ({@code minimax.admin.*}; also from the environment, e.g.
 * {@code MINIMAX_ADMIN_PASSWORD}). With no password the admin view, its login page and the
 * protected actuator endpoints have no user at all: there is never a default password.
 *
 * @param username login name (default {@code admin})
 * @param password {@code {bcrypt}$2a$…} (recommended), {@code {noop}plain}, another Spring
 *                 Security encoding id, or plain text (taken as {@code {noop}}); empty = no admin
 */
@ConfigurationProperties("minimax.admin")
public record AdminProperties(String username, String password) {
    private static final Pattern ENCODED = Pattern.compile("^\\{([^}]*)}.*", Pattern.DOTALL);

    public AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username.trim();
        password = password == null ? "" : password;
    }

    /** True when a password is set, i.e. the admin view exists. */
    public boolean configured() {
        return !password.isBlank();
    }

    /** The password in Spring Security's {@code {id}encoded} form. */
    public String encodedPassword() {
        return ENCODED.matcher(password).matches() ? password : "{noop}" + password;
    }

    /** The encoding id of {@link #encodedPassword()} (e.g. {@code bcrypt}). */
    public String encodingId() {
        Matcher m = ENCODED.matcher(encodedPassword());
        return m.matches() ? m.group(1) : "";
    }
}
