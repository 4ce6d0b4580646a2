package lab.minimax.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import lab.minimax.ui.run.KaribuRunPanelTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An unknown address gets the lab's not-found page: what happened and the ways back. */
class NotFoundViewTest extends KaribuRunPanelTest {
    /** Navigates as the router does for an address typed in the browser (Karibu's UI.navigate refuses unknown ones). */
    private static int open(String path) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    @Test
    void anUnknownAddressNamesItselfAndLeadsBackToTheLabAndTheLessons() {
        assertEquals(404, open("lesons"));
        NotFoundView v = _get(NotFoundView.class);
        String text = v.getElement().getTextRecursively();
        assertTrue(text.contains("Page not found") && text.contains("'lesons'"), text);
        assertEquals("", _get(v, Anchor.class, s -> s.withId("not-found-lab")).getHref());
        assertEquals("lessons", _get(v, Anchor.class, s -> s.withId("not-found-lessons")).getHref());
    }

    @Test
    void aLongAddressIsEchoedShort() {
        open("x".repeat(500));
        String text = _get(NotFoundView.class).getElement().getTextRecursively();
        assertTrue(text.contains("x".repeat(NotFoundView.MAX_ECHO) + "…'") && !text.contains("x".repeat(NotFoundView.MAX_ECHO + 1)),
                text);
    }
}
