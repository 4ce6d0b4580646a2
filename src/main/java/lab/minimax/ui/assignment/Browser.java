package lab.minimax.ui.assignment;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import lab.minimax.training.BrowserId;

/** The current page's browser id (the {@code mm-browser} cookie the server's filter put in the HTTP session), or "". */
final class Browser {
    private Browser() {
    }

    static String current() {
        VaadinSession vs = VaadinSession.getCurrent();
        WrappedSession ws = vs == null ? null : vs.getSession();
        if (ws == null) {
            return "";
        }
        try {
            return ws.getAttribute(BrowserId.SESSION_ATTRIBUTE) instanceof String b ? b : "";
        } catch (IllegalStateException invalidated) {
            return "";
        }
    }
}
