package lab.minimax.admin;

import lab.minimax.training.FakeRun;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin view on a registry of fake runs: what it shows, Stop, Stop all with confirmation. */
class AdminViewTest {
    static final long T0 = 1_700_000_000_000L;
    final RunRegistry registry = new RunRegistry();
    final FakeRun training = new FakeRun("ring8 · js", RunState.RUNNING, 250, T0, T0 + 65_000, 0);
    final FakeRun queued = new FakeRun("moons · wgan-gp", RunState.QUEUED, 0, T0 + 100_000, T0 + 100_000, 1);
    AdminView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        registry.register(training);
        registry.register(queued);
        ServerLoad load = new ServerLoad(0.25, 0.5, 2, 100L << 20, 200L << 20, 1024L << 20, 40);
        // now: 125 s after the first run started, 60 s after its last activity
        view = new AdminView(registry, () -> 3, () -> load, () -> T0 + 125_000, () -> { });
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void showsServerLoadSessionsAndEveryRun() {
        String server = _get(Span.class, s -> s.withId("admin-server")).getText();
        assertTrue(server.contains("process 25 %") && server.contains("system 50 %"), server);
        assertTrue(server.contains("heap 100 / 200 MB (max 1024 MB)"), server);
        String totals = _get(Span.class, s -> s.withId("admin-totals")).getText();
        assertTrue(totals.startsWith("3 Vaadin sessions · 2 runs (1 training, 1 queued) · 250 steps/s"), totals);
        List<NativeTableRow> rows = _find(NativeTableRow.class, s -> s.withClasses("admin-run"));
        assertEquals(2, rows.size());
        // queued runs first
        List<String> first = cells(rows.get(0));
        assertEquals("moons · wgan-gp", first.get(3));
        assertEquals("queued", first.get(4));
        assertEquals("1", first.get(9));
        List<String> second = cells(rows.get(1));
        assertEquals("203.0.113.7", second.get(1));
        assertEquals("ring8 · js", second.get(3));
        assertEquals("running", second.get(4));
        assertEquals("1234", second.get(5));
        assertEquals("250", second.get(6));
        assertEquals("2m 05s", second.get(7));
        assertEquals("1m 00s", second.get(8));
        assertEquals("–", second.get(9));
    }

    @Test
    void stopEndsOneRunWithTheAdministratorsReason() {
        List<NativeTableRow> rows = _find(NativeTableRow.class, s -> s.withClasses("admin-run"));
        Button stop = _get(rows.get(1), Button.class, s -> s.withText("Stop"));
        _click(stop);
        assertEquals(AdminView.STOPPED_BY_ADMIN, training.stoppedWith);
        assertNull(queued.stoppedWith);
        assertEquals(1, registry.active());
        assertEquals(1, _find(NativeTableRow.class, s -> s.withClasses("admin-run")).size());
    }

    @Test
    void stopAllAsksFirst() {
        _click(_get(Button.class, s -> s.withId("admin-stop-all")));
        assertEquals(2, registry.active(), "nothing stopped before the confirmation");
        _click(_get(Button.class, s -> s.withId("admin-stop-all-cancel")));
        assertEquals(2, registry.active());
        _click(_get(Button.class, s -> s.withId("admin-stop-all")));
        _click(_get(Button.class, s -> s.withId("admin-stop-all-confirm")));
        assertEquals(0, registry.active());
        assertEquals(AdminView.STOPPED_BY_ADMIN, training.stoppedWith);
        assertEquals(AdminView.STOPPED_BY_ADMIN, queued.stoppedWith);
        assertTrue(_find(NativeTableRow.class, s -> s.withClasses("admin-run")).isEmpty());
        assertFalse(_get(Button.class, s -> s.withId("admin-stop-all")).isEnabled());
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getDataCells().stream().map(c -> c.getElement().getTextRecursively()).toList();
    }
}
