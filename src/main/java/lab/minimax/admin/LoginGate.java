package lab.minimax.admin;

import lab.minimax.account.Accounts;
import org.springframework.dao.DataAccessException;

/**
 * Whether the login page exists: while an admin password is configured or at least one
 * instructor account exists (asked at each visit, so an account created at run time opens it
 * without a restart). A database that does not answer keeps the page: the login then fails with
 * its usual message.
 */
final class LoginGate {
    private final AdminProperties admin;
    private final Accounts accounts;

    LoginGate(AdminProperties admin, Accounts accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    boolean open() {
        if (admin.configured()) {
            return true;
        }
        try {
            return accounts.existsAny();
        } catch (DataAccessException e) {
            return true;
        }
    }
}
