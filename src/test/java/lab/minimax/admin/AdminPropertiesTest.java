package lab.minimax.admin;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the admin password property is read: no password = no admin; {id} forms and plain text. */
class AdminPropertiesTest {
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void noPasswordMeansNoAdmin() {
        assertFalse(new AdminProperties(null, null).configured());
        assertFalse(new AdminProperties("admin", "").configured());
        assertFalse(new AdminProperties("admin", "   ").configured());
        assertEquals("admin", new AdminProperties(" ", "x").username());
    }

    @Test
    void bcryptNoopAndPlainPasswordsMatchOnlyThemselves() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("s3cret");
        for (String given : new String[] {hash, "{noop}s3cret", "s3cret"}) {
            AdminProperties p = new AdminProperties("op", given);
            assertTrue(p.configured());
            assertTrue(encoder.matches("s3cret", p.encodedPassword()), given);
            assertFalse(encoder.matches("s3cret ", p.encodedPassword()), given);
            assertFalse(encoder.matches("", p.encodedPassword()), given);
        }
        assertEquals("bcrypt", new AdminProperties("op", hash).encodingId());
        assertEquals("noop", new AdminProperties("op", "plain").encodingId());
    }

    @Test
    void framingIsRefusedOnAdminAndLoginPathsOnly() {
        assertTrue(AdminFrameGuard.guarded("/admin"));
        assertTrue(AdminFrameGuard.guarded("/admin/x"));
        assertTrue(AdminFrameGuard.guarded("/login"));
        assertFalse(AdminFrameGuard.guarded("/"));
        assertFalse(AdminFrameGuard.guarded("/administrator"));
        assertFalse(AdminFrameGuard.guarded("/lessons"));
    }
}
