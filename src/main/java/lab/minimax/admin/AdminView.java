package lab.minimax.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import lab.minimax.account.Accounts;
import lab.minimax.ops.VaadinSessionCounter;
import lab.minimax.training.RunInfo;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunState;
import lab.minimax.ui.nav.NavBar;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The operator's page at {@code /admin} (registered by {@link AdminRoutes} only when an admin
 * password is configured): server load (CPU, heap), Vaadin sessions, every live run with its
 * configuration, state, steps, rate, age, idle time and queue place, a Stop button per run and
 * "Stop all" behind a confirmation, and the instructor accounts ({@link InstructorSection}).
 * Refreshed every {@link #REFRESH_MS} ms by the browser's poll (the runs; the accounts change only
 * by the operator's hand).
 */
@PageTitle("Minimax Lab · admin")
@RolesAllowed(SecurityConfig.ADMIN_ROLE)
public class AdminView extends Main {
    /** Refresh period of the page. */
    static final int REFRESH_MS = 2000;
    static final String STOPPED_BY_ADMIN = "stopped by the administrator";

    private final RunRegistry registry;
    private final IntSupplier sessions;
    private final Supplier<ServerLoad> load;
    private final LongSupplier clock;
    private final Span server = new Span();
    private final Span totals = new Span();
    private final RunTable table;
    private final Button stopAll = new Button("Stop all…");
    private final Div confirm = new Div();
    private Registration poll;

    @Autowired
    public AdminView(RunRegistry registry, VaadinSessionCounter sessions, AuthenticationContext auth,
                     Accounts accounts) {
        this(registry, sessions::active, ServerLoad::now, System::currentTimeMillis, auth::logout);
        add(new InstructorSection(accounts));
    }

    /** A view on given sources (tests). */
    AdminView(RunRegistry registry, IntSupplier sessions, Supplier<ServerLoad> load, LongSupplier clock,
              Runnable logout) {
        this.registry = registry;
        this.sessions = sessions;
        this.load = load;
        this.clock = clock;
        this.table = new RunTable(this::stop);
        addClassName("admin");
        getStyle().set("padding", "1em");
        server.setId("admin-server");
        totals.setId("admin-totals");
        Button out = new Button("Log out", e -> logout.run());
        out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stopAll.setId("admin-stop-all");
        stopAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stopAll.addClickListener(e -> askStopAll());
        confirm.setId("admin-confirm");
        confirm.setVisible(false);
        Div head = new Div(new H1("Minimax Lab · admin"), out);
        Div status = new Div(server, new Div(totals));
        add(new NavBar(), head, status, new Div(stopAll, confirm), table);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent e) {
        e.getUI().setPollInterval(REFRESH_MS);
        poll = e.getUI().addPollListener(p -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent e) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        e.getUI().setPollInterval(-1);
    }

    /** Reads the server and the runs again. */
    void refresh() {
        List<RunInfo> runs = registry.list();
        long queued = runs.stream().filter(r -> r.state() == RunState.QUEUED).count();
        long training = runs.stream().filter(r -> r.state() == RunState.RUNNING).count();
        double rate = runs.stream().mapToDouble(RunInfo::stepsPerSecond).filter(Double::isFinite).sum();
        server.setText(load.get().text());
        totals.setText(String.format(Locale.ROOT,
                "%d Vaadin sessions · %d runs (%d training, %d queued) · %.0f steps/s in total",
                sessions.getAsInt(), runs.size(), training, queued, rate));
        stopAll.setEnabled(!runs.isEmpty());
        table.show(runs, clock.getAsLong());
    }

    private void stop(RunInfo run) {
        boolean stopped = registry.stop(run.token(), STOPPED_BY_ADMIN);
        Notification.show(stopped ? "Run " + RunTable.shortId(run.token()) + " stopped."
                : "Run " + RunTable.shortId(run.token()) + " had already ended.");
        refresh();
    }

    private void askStopAll() {
        int n = registry.active();
        confirm.removeAll();
        Button yes = new Button("Stop all " + n + " runs", e -> {
            int stopped = registry.stopAll(STOPPED_BY_ADMIN);
            confirm.setVisible(false);
            Notification.show(stopped + " runs stopped.");
            refresh();
        });
        yes.setId("admin-stop-all-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button("Cancel", e -> confirm.setVisible(false));
        no.setId("admin-stop-all-cancel");
        confirm.add(new Span("Stop every run on this server? Students see \"" + STOPPED_BY_ADMIN + "\". "), yes, no);
        confirm.setVisible(true);
    }
}
