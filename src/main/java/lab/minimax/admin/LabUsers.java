package lab.minimax.admin;

import lab.minimax.account.Accounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Who can log in: the configured admin (role {@code ADMIN}, when a password is set) and the
 * instructor accounts of the database (role {@code INSTRUCTOR}), read at each login so that an
 * account added on any instance logs in at once. Each call returns a new {@link UserDetails}
 * (Spring Security erases the password of the one it authenticated).
 */
final class LabUsers implements UserDetailsService {
    private final AdminProperties admin;
    private final Accounts accounts;

    LabUsers(AdminProperties admin, Accounts accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null) {
            throw new UsernameNotFoundException("no user");
        }
        if (admin.configured() && admin.username().equalsIgnoreCase(username.trim())) {
            return User.withUsername(admin.username()).password(admin.encodedPassword())
                    .roles(SecurityConfig.ADMIN_ROLE).build();
        }
        return accounts.credentials(username)
                .map(c -> User.withUsername(c.username()).password(c.passwordHash()).roles(c.role()).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
