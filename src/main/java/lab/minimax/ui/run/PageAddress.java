package lab.minimax.ui.run;

import com.vaadin.flow.component.Component;

/** The browser's address of a page: rewritten in place (no navigation, no history entry). */
public final class PageAddress {
    private PageAddress() {
    }

    /**
     * Sets the address to the page's own path with {@code query} (without "?"). The path is the
     * page's own, not the {@code <base>} Vaadin sets, so {@code /compare} stays {@code /compare}.
     */
    public static void set(Component page, String query) {
        page.getUI().ifPresent(ui -> ui.getPage().executeJs(
                "history.replaceState(history.state, '', location.pathname + $0)", "?" + query));
    }
}
