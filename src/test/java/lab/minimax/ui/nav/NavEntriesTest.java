package lab.minimax.ui.nav;

import com.vaadin.flow.router.Route;
import lab.minimax.link.LinkFlags;
import lab.minimax.ui.compare.CompareView;
import lab.minimax.ui.lab.LabView;
import lab.minimax.ui.lesson.LessonIndexView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bar's entries mark the current page and {@code _hide=nav} hides the bar. */
class NavEntriesTest {
    private static String mark(String text, String path) {
        return NavEntries.site().stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow().mark(path);
    }

    @Test
    void eachPageMarksItsOwnEntry() {
        assertEquals("page", mark("Lab", ""));
        assertNull(mark("Lab", "lessons"));
        assertEquals("page", mark("Lessons", "lessons"));
        assertEquals("true", mark("Lessons", "lesson/mode-collapse"), "a lesson is in the Lessons section");
        assertNull(mark("Lessons", "compare"));
        assertEquals("page", mark("Compare", "/compare/"));
        assertNull(mark("Compare", "no-such-page"));
    }

    @Test
    void hideNavHidesTheBarAmongOtherNames() {
        assertTrue(NavEntries.hidden(List.of("charts, nav")));
        assertTrue(NavEntries.hidden(List.of("draw", "NAV")));
        assertFalse(NavEntries.hidden(List.of("charts,navigation")));
        assertFalse(NavEntries.hidden(null));
        assertTrue(LinkFlags.HIDE_NAMES.contains(NavEntries.HIDE), "the lab does not report nav as unknown");
    }

    @Test
    void theBarListsOnlyRoutesThatExist() {
        assertEquals(List.of("Lab", "Lessons", "Compare"), NavEntries.site().stream().map(NavEntry::text).toList());
        Map<String, Class<?>> routes = Map.of("", LabView.class, "lessons", LessonIndexView.class,
                "compare", CompareView.class);
        for (NavEntry e : NavEntries.site()) {
            Class<?> view = routes.get(e.path());
            assertTrue(view != null, e.text() + ": " + e.path());
            assertEquals(e.path(), view.getAnnotation(Route.class).value(), e.text() + " links to its view's route");
        }
    }
}
