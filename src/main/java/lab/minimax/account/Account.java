package lab.minimax.account;

import java.time.OffsetDateTime;

/**
 * An instructor account as listed (the password hash stays in {@link Accounts}).
 *
 * @param username  the login name, lower-case
 * @param role      the Spring Security role ({@link Accounts#INSTRUCTOR})
 * @param createdAt when the operator created it
 */
public record Account(String username, String role, OffsetDateTime createdAt) {
}
