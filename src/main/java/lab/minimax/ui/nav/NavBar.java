package lab.minimax.ui.nav;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.component.html.Anchor;

import java.util.ArrayList;
import java.util.List;

/**
 * The site's navigation bar (Lab, Lessons, Compare), added by every page. The link of the current
 * page carries {@code aria-current="page"} (a lesson page marks Lessons as its section); the link
 * flag {@code _hide=nav} hides the bar (an embedding course page that has its own menu). A further
 * entry (e.g. a class page) is one more {@link NavEntry} in {@link NavEntries}: only routes that
 * exist are listed, so the bar never shows a dead link. Being on every page, it also brings the
 * page frame's script (page-frame.ts: Vaadin's connection indicator marked as a status message).
 */
@CssImport("./styles/nav.css")
@JsModule("./components/page-frame.ts")
public final class NavBar extends Nav implements AfterNavigationObserver {
    private final List<NavEntry> entries;
    private final List<Anchor> links = new ArrayList<>();

    public NavBar() {
        this(NavEntries.site());
    }

    NavBar(List<NavEntry> entries) {
        this.entries = List.copyOf(entries);
        addClassName("mm-nav");
        getElement().setAttribute("aria-label", "Site");
        for (NavEntry e : this.entries) {
            // a router link by hand (href + router-link): navigates without a reload and needs no
            // registered route class, so the bar also works on pages with routes of their own (admin)
            Anchor link = new Anchor(e.path(), e.text());
            link.getElement().setAttribute("router-link", true);
            link.addClassName("mm-nav-link");
            links.add(link);
            add(link);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        show(event.getLocation().getPath(), event.getLocation().getQueryParameters().getParameters().get("_hide"));
    }

    /** Marks the entry of {@code path} and applies {@code _hide} (package-private for tests). */
    void show(String path, List<String> hide) {
        setVisible(!NavEntries.hidden(hide));
        for (int i = 0; i < entries.size(); i++) {
            String mark = entries.get(i).mark(path);
            if (mark == null) {
                links.get(i).getElement().removeAttribute("aria-current");
            } else {
                links.get(i).getElement().setAttribute("aria-current", mark);
            }
        }
    }

    /** The bar's links in order (tests). */
    List<Anchor> links() {
        return links;
    }
}
