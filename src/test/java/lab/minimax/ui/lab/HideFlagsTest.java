package lab.minimax.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import lab.minimax.link.LinkFlags;
import lab.minimax.ui.run.KaribuRunPanelTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every name {@code _hide} accepts hides something on the lab page; an unknown one is named, once. */
class HideFlagsTest extends KaribuRunPanelTest {
    private static LabView open(String query) {
        UI.getCurrent().navigate(LabView.class, QueryParameters.fromString(query));
        return _get(LabView.class);
    }

    /** Components shown: visible and not display:none, up to the page. */
    private static int shown(Component c) {
        if (!c.isVisible() || "none".equals(c.getElement().getStyle().get("display"))) {
            return 0;
        }
        return 1 + c.getChildren().mapToInt(HideFlagsTest::shown).sum();
    }

    @Test
    void everyHideNameHidesSomethingOfThePage() {
        int all = shown(open(""));
        for (String name : LinkFlags.HIDE_NAMES) {
            LabView v = open(LinkFlags.HIDE + "=" + name);
            int left = shown(v);
            assertTrue(left < all, "_hide=" + name + " hides nothing (" + left + " of " + all + " shown)");
            assertEquals("", v.linkMessage(), name);
        }
    }

    @Test
    void anUnknownNameIsNamedOnThePageOnceInline() {
        LabView v = open("_hide=everything");
        assertTrue(v.linkMessage().contains("_hide: cannot hide \"everything\""), v.linkMessage());
        assertEquals(List.of(), _find(Notification.class), "no toast over the transport bar as well");
    }
}
