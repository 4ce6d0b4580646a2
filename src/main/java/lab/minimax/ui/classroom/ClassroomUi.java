package lab.minimax.ui.classroom;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.function.Supplier;
import lab.minimax.classroom.Classroom;
import lab.minimax.training.BrowserId;

/**
 * What the classroom pages share: the services and the signed-in user outside Spring (Karibu tests
 * install them with {@link #useStandalone}, as the lab does with its run factory), and the browser id
 * of the current session (the server's filter puts it there from the mm-browser cookie).
 */
public final class ClassroomUi {
    private static volatile Classroom standalone;
    private static volatile Supplier<String> standaloneUser = () -> null;

    private ClassroomUi() {
    }

    /** The services and the signed-in user the pages made without Spring use (tests). */
    public static void useStandalone(Classroom classroom, Supplier<String> user) {
        standalone = classroom;
        standaloneUser = user;
    }

    static Classroom standalone() {
        Classroom c = standalone;
        if (c == null) {
            throw new IllegalStateException("no classroom outside Spring: call ClassroomUi.useStandalone first");
        }
        return c;
    }

    static Supplier<String> standaloneUser() {
        return standaloneUser;
    }

    /** The current session's browser id, "" when unknown. */
    static String browserId() {
        VaadinSession vs = VaadinSession.getCurrent();
        WrappedSession ws = vs == null ? null : vs.getSession();
        if (ws == null) {
            return "";
        }
        try {
            Object b = ws.getAttribute(BrowserId.SESSION_ATTRIBUTE);
            return b instanceof String s ? s : "";
        } catch (IllegalStateException invalidated) {
            return "";
        }
    }
}
