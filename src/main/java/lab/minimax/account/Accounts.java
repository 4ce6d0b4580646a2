package lab.minimax.account;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The instructor accounts in table {@code accounts} of the application's database (H2 or
 * PostgreSQL; the same SQL on both). Passwords are stored in Spring Security's {@code {bcrypt}…}
 * form through the application's {@link PasswordEncoder}. The configured admin's name can never
 * be an instructor's. Every look-up reads the database, so an account added on one instance logs
 * in at once on every other.
 */
public final class Accounts {
    /** The Spring Security role of an instructor (authority {@code ROLE_INSTRUCTOR}). */
    public static final String INSTRUCTOR = "INSTRUCTOR";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final String adminUsername;
    private final Clock clock;

    /**
     * @param adminUsername the operator's login name, refused as an instructor's (in any case)
     */
    public Accounts(JdbcTemplate jdbc, PasswordEncoder encoder, String adminUsername, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.adminUsername = adminUsername == null ? "" : adminUsername.trim().toLowerCase(Locale.ROOT);
        this.clock = clock;
    }

    /** Creates an instructor; returns the stored username (lower-case). */
    public Account add(String username, String rawPassword) {
        String u = AccountRules.username(username);
        if (u.equals(adminUsername)) {
            throw new AccountException("username", "'" + u + "' is the admin's login name; choose another");
        }
        AccountRules.password(rawPassword);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        try {
            jdbc.update("INSERT INTO accounts (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                    u, encoder.encode(rawPassword), INSTRUCTOR, now);
        } catch (DuplicateKeyException e) {
            throw new AccountException("username", "'" + u + "' already exists");
        }
        return new Account(u, INSTRUCTOR, now);
    }

    /** Removes an account; false when there was none of that name. */
    public boolean remove(String username) {
        return AccountRules.isUsername(username)
                && jdbc.update("DELETE FROM accounts WHERE username = ?", AccountRules.username(username)) > 0;
    }

    /** Sets a new password; an {@link AccountException} when the account does not exist or the password does not fit. */
    public void setPassword(String username, String rawPassword) {
        String u = AccountRules.username(username);
        AccountRules.password(rawPassword);
        if (jdbc.update("UPDATE accounts SET password_hash = ? WHERE username = ?", encoder.encode(rawPassword), u) == 0) {
            throw new AccountException("username", "no account '" + u + "'");
        }
    }

    /** Every account, by username. */
    public List<Account> list() {
        return jdbc.query("SELECT username, role, created_at FROM accounts ORDER BY username",
                (r, i) -> new Account(r.getString(1), r.getString(2), r.getObject(3, OffsetDateTime.class)));
    }

    /** True when at least one account exists. */
    public boolean existsAny() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM accounts", Long.class);
        return n != null && n > 0;
    }

    /** The account and its stored password hash, for the login; empty for an unknown or malformed name. */
    public Optional<Credentials> credentials(String username) {
        if (!AccountRules.isUsername(username)) {
            return Optional.empty();
        }
        return jdbc.query("SELECT username, role, password_hash FROM accounts WHERE username = ?",
                (r, i) -> new Credentials(r.getString(1), r.getString(2), r.getString(3)),
                AccountRules.username(username)).stream().findFirst();
    }

    /**
     * What the login checks.
     *
     * @param passwordHash {@code {bcrypt}$2a$…}
     */
    public record Credentials(String username, String role, String passwordHash) {
        @Override
        public String toString() {
            return "Credentials[" + username + ", " + role + "]";
        }
    }
}
