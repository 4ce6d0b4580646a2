package lab.minimax.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import lab.minimax.account.Account;
import lab.minimax.account.AccountException;
import lab.minimax.account.AccountRules;
import lab.minimax.account.Accounts;
import org.springframework.dao.DataAccessException;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The admin view's "Instructors" section (the operator only, as the whole view): the accounts
 * with their creation time, a form to add one, and per account a password reset and a removal
 * (each asks in a small inline form). A refused change shows its message, which names the field.
 */
final class InstructorSection extends Section {
    static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Accounts accounts;
    private final NativeTableBody body = new NativeTableBody();
    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Password");
    private final Paragraph message = new Paragraph();
    private final Div ask = new Div();

    InstructorSection(Accounts accounts) {
        this.accounts = accounts;
        setId("instructors");
        username.setId("instructor-username");
        username.setHelperText(AccountRules.MIN_USERNAME + "–" + AccountRules.MAX_USERNAME + " of a-z 0-9 . _ -");
        username.setMaxLength(AccountRules.MAX_USERNAME);
        password.setId("instructor-password");
        password.setHelperText("at least " + AccountRules.MIN_PASSWORD + " characters, at most "
                + AccountRules.MAX_PASSWORD_BYTES + " bytes");
        Button add = new Button("Add instructor", e -> add());
        add.setId("instructor-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.setId("instructors-message");
        ask.setId("instructors-ask");
        NativeTable table = new NativeTable();
        table.setId("instructors-table");
        NativeTableRow head = table.getHead().addRow();
        for (String column : List.of("Username", "Created", "")) {
            head.addHeaderCell().setText(column);
        }
        table.add(body);
        add(new H2("Instructors"), table, ask, new Div(username, password, add), message);
        refresh();
    }

    void refresh() {
        body.removeAll();
        List<Account> all;
        try {
            all = accounts.list();
        } catch (DataAccessException e) {
            // the rest of the admin view (the runs, Stop) must keep working through a database outage
            say(unavailable(e));
            return;
        }
        for (Account a : all) {
            NativeTableRow row = body.addRow();
            row.addClassName("instructor-row");
            row.getElement().setAttribute("data-username", a.username());
            row.addDataCell().setText(a.username());
            row.addDataCell().setText(a.createdAt() == null ? "–" : CREATED.format(a.createdAt()));
            Button reset = new Button("Reset password…", e -> askReset(a.username()));
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button remove = new Button("Remove…", e -> askRemove(a.username()));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            row.addDataCell().add(reset, remove);
        }
        if (all.isEmpty()) {
            var none = body.addRow().addDataCell();
            none.setColspan(3);
            none.setText("No instructor accounts yet.");
        }
    }

    private void add() {
        try {
            Account a = accounts.add(username.getValue(), password.getValue());
            username.clear();
            password.clear();
            say("Instructor '" + a.username() + "' added; they log in at /login.");
            refresh();
        } catch (AccountException e) {
            say(e.getMessage());
        } catch (DataAccessException e) {
            say(unavailable(e));
        }
    }

    private void askReset(String name) {
        PasswordField fresh = new PasswordField("New password for " + name);
        fresh.setId("instructor-new-password");
        Button save = new Button("Set password", e -> {
            try {
                accounts.setPassword(name, fresh.getValue());
                ask.removeAll();
                say("Password of '" + name + "' changed.");
            } catch (AccountException ex) {
                say(ex.getMessage());
            } catch (DataAccessException ex) {
                say(unavailable(ex));
            }
        });
        save.setId("instructor-set-password");
        show(fresh, save);
    }

    private void askRemove(String name) {
        Button yes = new Button("Remove " + name, e -> {
            boolean removed;
            try {
                removed = accounts.remove(name);
            } catch (DataAccessException ex) {
                say(unavailable(ex));
                return;
            }
            ask.removeAll();
            say(removed ? "Instructor '" + name + "' removed (their classes stay)." : "'" + name + "' was already gone.");
            refresh();
        });
        yes.setId("instructor-remove-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        show(new Span("Remove the account '" + name + "'? "), yes);
    }

    private void show(com.vaadin.flow.component.Component... parts) {
        ask.removeAll();
        Button cancel = new Button("Cancel", e -> ask.removeAll());
        ask.add(parts);
        ask.add(cancel);
    }

    static String unavailable(DataAccessException e) {
        String cause = String.valueOf(e.getMostSpecificCause().getMessage()).lines().findFirst().orElse("");
        return "The database does not answer; the instructor accounts cannot be read or changed now (" + cause + ").";
    }

    private void say(String text) {
        message.setText(text);
    }
}
