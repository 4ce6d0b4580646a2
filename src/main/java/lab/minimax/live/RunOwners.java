package lab.minimax.live;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import lab.minimax.training.BrowserId;
import lab.minimax.training.ClientAddress;
import lab.minimax.training.RunOwner;
import com.vaadin.flow.component.UI;

/** Who is asking for a run, read from the current Vaadin request and session (UI thread only). */
final class RunOwners {
    private RunOwners() {
    }

    /**
     * The current HTTP session, client address and browser id: the address the server's filter stored in the
     * session at its first request (forwarded headers already weighed), else the request's peer.
     */
    static RunOwner current() {
        VaadinSession vs = VaadinSession.getCurrent();
        WrappedSession ws = vs == null ? null : vs.getSession();
        if (ws == null) {
            return RunOwner.UNKNOWN;
        }
        try {
            Object stored = ws.getAttribute(ClientAddress.SESSION_ATTRIBUTE);
            String address;
            if (stored instanceof String s) {
                address = s;
            } else {
                VaadinRequest r = VaadinRequest.getCurrent();
                address = r == null || r.getRemoteAddr() == null ? "" : r.getRemoteAddr();
            }
            Object browser = ws.getAttribute(BrowserId.SESSION_ATTRIBUTE);
            return new RunOwner(ws.getId(), address, ws.getCreationTime(), browser instanceof String b ? b : "");
        } catch (IllegalStateException invalidated) {
            return RunOwner.UNKNOWN;
        }
    }

    /** Ends the current HTTP session and reloads the page, which then opens in a fresh session. */
    static void renewSession() {
        VaadinSession vs = VaadinSession.getCurrent();
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().reload();
        }
        if (vs != null && vs.getSession() != null) {
            try {
                vs.getSession().invalidate();
            } catch (IllegalStateException alreadyGone) {
                // nothing to end
            }
        }
    }
}
