package lab.minimax.ui.classroom;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.atomic.AtomicReference;
import lab.minimax.classroom.ClassroomDb;
import lab.minimax.training.BrowserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Fixture of the classroom page tests (Karibu): an H2 database of their own, the pages' services
 * installed outside Spring, the signed-in user as the test sets it (null: nobody), a browser id in
 * the session as the server's filter puts it.
 */
abstract class ClassPagesFixture {
    ClassroomDb db;
    final AtomicReference<String> user = new AtomicReference<>("ada");
    final String browser = BrowserId.fresh();

    @BeforeEach
    void setUpPages() {
        db = ClassroomDb.h2();
        ClassroomUi.useStandalone(db.classroom, user::get);
        MockVaadin.setup(new Routes().autoDiscoverViews("lab.minimax.ui"));
        VaadinSession.getCurrent().getSession().setAttribute(BrowserId.SESSION_ATTRIBUTE, browser);
    }

    @AfterEach
    void tearDownPages() throws Exception {
        MockVaadin.tearDown();
        ClassroomUi.useStandalone(null, () -> null);
        db.close();
    }

    static void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
