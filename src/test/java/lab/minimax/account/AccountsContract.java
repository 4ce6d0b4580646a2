package lab.minimax.account;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link Accounts} does on a real, migrated database ({@link H2AccountsTest},
 * {@link PostgresAccountsTest}): add, a duplicate refused, the validation messages naming the
 * field, bcrypt stored (never the password), remove, setPassword.
 */
abstract class AccountsContract {
    static final Instant T = Instant.parse("2026-12-04T02:30:00.123Z");
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    abstract JdbcTemplate jdbc();

    Accounts accounts() {
        return new Accounts(jdbc(), encoder, "Operator", Clock.fixed(T, ZoneOffset.UTC));
    }

    @Test
    void addsListsAndStoresBcryptNotThePassword() {
        Accounts a = accounts();
        assertFalse(a.existsAny());
        Account added = a.add("  Ada.Lovelace_1 ", "analytical engine");
        assertEquals("ada.lovelace_1", added.username());
        assertTrue(a.existsAny());
        List<Account> all = a.list();
        assertEquals(1, all.size());
        assertEquals("ada.lovelace_1", all.get(0).username());
        assertEquals("INSTRUCTOR", all.get(0).role());
        assertEquals(T, all.get(0).createdAt().toInstant());
        String hash = jdbc().queryForObject("SELECT password_hash FROM accounts WHERE username = 'ada.lovelace_1'",
                String.class);
        assertTrue(hash.startsWith("{bcrypt}$2"), hash);
        assertFalse(hash.contains("analytical"), hash);
        assertTrue(encoder.matches("analytical engine", hash));
        assertEquals(hash, a.credentials("ADA.LOVELACE_1").orElseThrow().passwordHash(), "looked up in any case");
        assertTrue(a.credentials("nobody").isEmpty());
        assertTrue(a.credentials("no spaces allowed").isEmpty());
    }

    @Test
    void aDuplicateIsRefusedWithAMessage() {
        Accounts a = accounts();
        a.add("grace", "compiler first");
        AccountException e = assertThrows(AccountException.class, () -> a.add("GRACE", "another password"));
        assertEquals("username", e.field());
        assertEquals("username: 'grace' already exists", e.getMessage());
        assertEquals(1, a.list().size());
    }

    @Test
    void validationMessagesNameTheField() {
        Accounts a = accounts();
        assertRefused(a, "ab", "long enough pw", "username", "3 to 64 characters; got 2");
        assertRefused(a, "x".repeat(65), "long enough pw", "username", "3 to 64 characters; got 65");
        assertRefused(a, "bad name", "long enough pw", "username", "only the letters a-z");
        assertRefused(a, "émile", "long enough pw", "username", "only the letters a-z");
        assertRefused(a, "operator", "long enough pw", "username", "the admin's login name");
        assertRefused(a, "alan", "short", "password", "at least 10 characters; got 5");
        assertRefused(a, "alan", null, "password", "at least 10 characters; got 0");
        assertRefused(a, "alan", "p".repeat(73), "password", "at most 72 bytes");
        // 36 two-byte characters: 72 bytes, accepted; 37: refused
        a.add("alan", "é".repeat(36));
        assertRefused(a, "alan2", "é".repeat(37), "password", "got 74");
        assertEquals(List.of("alan"), a.list().stream().map(Account::username).toList());
    }

    @Test
    void removeAndSetPassword() {
        Accounts a = accounts();
        a.add("barbara", "liskov substitution");
        a.add("edsger", "goto considered");
        a.setPassword("Barbara", "abstraction matters");
        String hash = a.credentials("barbara").orElseThrow().passwordHash();
        assertTrue(encoder.matches("abstraction matters", hash));
        assertFalse(encoder.matches("liskov substitution", hash));
        AccountException short_ = assertThrows(AccountException.class, () -> a.setPassword("barbara", "tiny"));
        assertEquals("password", short_.field());
        AccountException missing = assertThrows(AccountException.class, () -> a.setPassword("nobody", "long enough pw"));
        assertEquals("username: no account 'nobody'", missing.getMessage());
        assertTrue(a.remove("BARBARA"));
        assertFalse(a.remove("barbara"));
        assertFalse(a.remove("not a name"));
        assertEquals(List.of("edsger"), a.list().stream().map(Account::username).toList());
        assertTrue(a.credentials("barbara").isEmpty());
    }

    private static void assertRefused(Accounts a, String user, String password, String field, String part) {
        AccountException e = assertThrows(AccountException.class, () -> a.add(user, password));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
