package lab.minimax.live;

import com.vaadin.flow.component.UI;
import lab.minimax.server.ReleaseEndpoint;

/**
 * Tells the page which run(s) its page-hide beacon releases (a closed tab frees its runs within
 * seconds): the lab page's one run, or the runs of a page with several panels, each under its key.
 */
final class RunBeacon {
    private RunBeacon() {
    }

    /** The page's one run (a new run replaces the token). */
    static void announce(UI ui, LiveRun run) {
        if (run instanceof EngineLiveRun er) {
            ui.getPage().executeJs("window.__mmRunToken = $0;"
                    + "if (!window.__mmBeacon) { window.__mmBeacon = true;"
                    + " window.addEventListener('pagehide', () => navigator.sendBeacon("
                    + "new URL($1 + '?token=' + window.__mmRunToken, document.baseURI)));"
                    + "}", er.token(), ReleaseEndpoint.PATH.substring(1));
        }
    }

    /** The run of the panel {@code key} among several on the page (a new run replaces the key's token). */
    static void announce(UI ui, String key, LiveRun run) {
        if (run instanceof EngineLiveRun er) {
            ui.getPage().executeJs("window.__mmTokens = window.__mmTokens || {}; window.__mmTokens[$0] = $1;"
                    + "if (!window.__mmPanelBeacon) { window.__mmPanelBeacon = true;"
                    + " window.addEventListener('pagehide', () => Object.values(window.__mmTokens).forEach(t =>"
                    + " navigator.sendBeacon(new URL($2 + '?token=' + t, document.baseURI))));"
                    + "}", key, er.token(), ReleaseEndpoint.PATH.substring(1));
        }
    }
}
