package lab.minimax.ui.classroom;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import lab.minimax.classroom.Membership;
import lab.minimax.classroom.SchoolClass;
import lab.minimax.live.EngineLiveRunFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The join page and the class banner (Karibu): a code shows its class, Join stores the pseudonym and
 * opens the lab, a re-join renames; a wrong code is said, and after too many the browser is told to
 * wait; names (class and pseudonym, with HTML in them) are shown as text.
 */
class JoinAndBannerTest extends ClassPagesFixture {
    static final String XSS = "<img src=x onerror=alert(1)>";

    @AfterEach
    void noLab() {
        EngineLiveRunFactory.standalone().registry().stopAll("test over");
    }

    private JoinView open(String code) {
        navigate("join/" + code);
        return _get(JoinView.class);
    }

    @Test
    void joiningStoresThePseudonymAndOpensTheLab() {
        SchoolClass c = db.classroom.classes().create("ada", "Stats 101");
        JoinView v = open(c.joinCode());
        assertEquals("Join Stats 101", v.heading());
        _setValue(_get(TextField.class, f -> f.withId("join-name")), "  Sam ");
        _click(_get(Button.class, b -> b.withId("join-button")));
        assertEquals("", location(), "the lab");
        assertEquals(new Membership(c.id(), "Stats 101", "Sam"), db.classroom.classes().latestMembership(browser).orElseThrow());

        JoinView again = open(c.joinCode().toLowerCase());
        assertEquals("Sam", _get(TextField.class, f -> f.withId("join-name")).getValue(), "a member sees its name");
        _setValue(_get(TextField.class, f -> f.withId("join-name")), "Samira");
        _click(_get(Button.class, b -> b.withId("join-button")));
        assertEquals(1, db.classroom.classes().members("ada", c.id()).orElseThrow().size());
        assertEquals("Samira", db.classroom.classes().latestMembership(browser).orElseThrow().displayName());
        assertTrue(again.heading().startsWith("Join"));
    }

    @Test
    void aBadNameIsNamedAndNothingIsStored() {
        SchoolClass c = db.classroom.classes().create("ada", "Stats");
        JoinView v = open(c.joinCode());
        _setValue(_get(TextField.class, f -> f.withId("join-name")), "");
        _click(_get(Button.class, b -> b.withId("join-button")));
        assertTrue(v.messageText().contains("display name must be 1 to 40"), v.messageText());
        assertTrue(db.classroom.classes().members("ada", c.id()).orElseThrow().isEmpty());
        assertEquals("join/" + c.joinCode(), location());
    }

    @Test
    void wrongCodesAreSaidAndTooManyLockTheBrowser() {
        SchoolClass c = db.classroom.classes().create("ada", "Stats");
        for (int i = 0; i < 10; i++) {
            JoinView v = open("ZZZZZ" + lab.minimax.classroom.JoinCodes.ALPHABET.charAt(i));
            assertTrue(v.messageText().startsWith("No class takes joins with this code"), v.messageText());
        }
        JoinView locked = open(c.joinCode());
        assertEquals("Too many wrong codes from this browser: try again in 15 minutes.", locked.messageText());
        assertEquals("Join a class", locked.heading(), "a locked browser does not learn the class");
    }

    @Test
    void namesWithHtmlAreText() {
        SchoolClass c = db.classroom.classes().create("ada", XSS);
        JoinView v = open(c.joinCode());
        assertEquals("Join " + XSS, v.heading());
        assertTrue(db.classroom.joins().join(c.joinCode(), browser, XSS).joined());
        ClassBanner banner = new ClassBanner();
        banner.use(db.classroom.classes()::latestMembership);
        UI.getCurrent().add(banner);
        assertEquals("Class " + XSS + " · you are " + XSS, banner.shown());
        assertEquals(1, banner.getElement().getChildCount());
        assertTrue(banner.getElement().getChild(0).isTextNode(), "a text node: the browser shows it, never parses it");
        assertEquals(null, banner.getElement().getProperty("innerHTML"));
    }

    @Test
    void theBannerShowsTheLatestClassAndNothingForOthers() throws Exception {
        SchoolClass first = db.classroom.classes().create("ada", "Morning");
        SchoolClass second = db.classroom.classes().create("ada", "Evening");
        ClassBanner none = new ClassBanner();
        none.use(db.classroom.classes()::latestMembership);
        UI.getCurrent().add(none);
        assertEquals("", none.shown(), "a browser in no class");
        db.classroom.joins().join(first.joinCode(), browser, "Sam");
        Thread.sleep(5);
        db.classroom.joins().join(second.joinCode(), browser, "Sammy");
        ClassBanner banner = new ClassBanner();
        banner.use(db.classroom.classes()::latestMembership);
        UI.getCurrent().add(banner);
        assertEquals("Class Evening · you are Sammy", banner.shown());
        db.classroom.classes().archive("ada", second.id());
        banner.refresh();
        assertEquals("Class Morning · you are Sam", banner.shown(), "an archived class no longer counts");
    }
}
