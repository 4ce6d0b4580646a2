package lab.minimax.admin;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import lab.minimax.account.Account;
import lab.minimax.account.Accounts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin view's Instructors section on a real (H2) account store: add, a refusal's message, reset, remove. */
class InstructorSectionTest {
    @TempDir
    Path dir;
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    Accounts accounts;

    @BeforeEach
    void setUp() {
        String url = "jdbc:h2:file:" + dir.resolve("lab") + ";AUTO_SERVER=FALSE";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        accounts = new Accounts(new JdbcTemplate(new DriverManagerDataSource(url, "sa", "")), encoder, "operator",
                Clock.systemUTC());
        accounts.add("edsger", "goto considered");
        MockVaadin.setup();
        UI.getCurrent().add(new InstructorSection(accounts));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void listsAddsAndShowsTheFieldOfARefusal() {
        assertEquals(List.of("edsger"), rows());
        _setValue(_get(TextField.class, s -> s.withId("instructor-username")), "Operator");
        _setValue(_get(PasswordField.class, s -> s.withId("instructor-password")), "long enough pw");
        _click(_get(Button.class, s -> s.withId("instructor-add")));
        assertTrue(message().startsWith("username: 'operator' is the admin's login name"), message());
        _setValue(_get(TextField.class, s -> s.withId("instructor-username")), "Grace");
        _click(_get(Button.class, s -> s.withId("instructor-add")));
        assertEquals(List.of("edsger", "grace"), rows());
        assertEquals(List.of("edsger", "grace"), accounts.list().stream().map(Account::username).toList());
        assertEquals("", _get(PasswordField.class, s -> s.withId("instructor-password")).getValue(), "the password is cleared");
    }

    @Test
    void resetsAPasswordAndRemovesAnAccount() {
        _click(_get(Button.class, s -> s.withText("Reset password…")));
        _setValue(_get(PasswordField.class, s -> s.withId("instructor-new-password")), "tiny");
        _click(_get(Button.class, s -> s.withId("instructor-set-password")));
        assertTrue(message().startsWith("password: at least 10 characters"), message());
        _setValue(_get(PasswordField.class, s -> s.withId("instructor-new-password")), "structured programming");
        _click(_get(Button.class, s -> s.withId("instructor-set-password")));
        String hash = accounts.credentials("edsger").orElseThrow().passwordHash();
        assertTrue(encoder.matches("structured programming", hash));
        assertFalse(encoder.matches("goto considered", hash));

        _click(_get(Button.class, s -> s.withText("Remove…")));
        _click(_get(Button.class, s -> s.withId("instructor-remove-confirm")));
        assertEquals(List.of(), rows());
        assertFalse(accounts.existsAny());
        assertTrue(message().contains("'edsger' removed"), message());
    }

    private List<String> rows() {
        return _find(NativeTableRow.class, s -> s.withClasses("instructor-row")).stream()
                .map(r -> r.getElement().getAttribute("data-username")).toList();
    }

    private String message() {
        return _get(Paragraph.class, s -> s.withId("instructors-message")).getText();
    }
}
