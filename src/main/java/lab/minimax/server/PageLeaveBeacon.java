package lab.minimax.server;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every page of the lab, runs or not, says goodbye when it is hidden for good: a {@code pagehide}
 * beacon to {@link ReleaseEndpoint} (no token), so its HTTP session stops counting towards its
 * address's live-session cap within a second of the tab closing ({@link HttpSessionsPerClient}).
 * A page that comes back (the back-forward cache, another tab of the session) is counted again at
 * its next request; one that cannot send the beacon stops counting after three missed heartbeats.
 */
@Component
public class PageLeaveBeacon implements VaadinServiceInitListener {
    /** The page's listener; {@code $0} is the beacon's path relative to the page's base. */
    static final String SCRIPT = "if (!window.__mmLeaveBeacon) { window.__mmLeaveBeacon = true;"
            + " window.addEventListener('pagehide', e => { if (!e.persisted) navigator.sendBeacon("
            + "new URL($0, document.baseURI)); }); }";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().getPage().executeJs(SCRIPT, ReleaseEndpoint.PATH.substring(1)));
    }
}
