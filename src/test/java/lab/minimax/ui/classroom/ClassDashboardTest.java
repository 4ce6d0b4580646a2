package lab.minimax.ui.classroom;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import java.util.List;
import lab.minimax.classroom.RunQuery;
import lab.minimax.classroom.RunStatus;
import lab.minimax.classroom.SchoolClass;
import lab.minimax.training.BrowserId;
import lab.minimax.ui.error.NotFoundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard {@code /class/<id>} for its instructor (Karibu): the rows of the class, sort, filter,
 * Stop setting the flag, a changed row shown at the next poll, rotate, delete, presentation mode; and
 * "not found" for another instructor, for nobody signed in and for an unknown id.
 */
class ClassDashboardTest extends ClassPagesFixture {
    static final String XSS = "<img src=x onerror=alert(1)>";
    SchoolClass c;
    final String kim = BrowserId.fresh();
    final String sam = BrowserId.fresh();
    final String eve = BrowserId.fresh();

    @BeforeEach
    void rows() {
        c = db.classroom.classes().create("ada", "Stats 101");
        join(kim, "Kim");
        join(sam, "Sam");
        join(eve, XSS);
        db.jdbc.update("INSERT INTO run_status (run_id, class_id, browser_id, summary, step, state, metrics_json,"
                + " thumbnail, updated_at, stop_requested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, FALSE)",
                "run-kim", c.id(), kim, "gan · grid25", 300, "RUNNING", "{\"modesCovered\":12.0}", new byte[] {1});
        upsert("run-sam", sam, "wgan-gp · ring8", 900, "PAUSED", "{\"modesCovered\":8.0}");
        upsert("run-eve", eve, "gan · moons", 50, "RUNNING", "{}");
    }

    private void join(String browserId, String name) {
        assertTrue(db.classroom.joins().join(c.joinCode(), browserId, name).joined());
    }

    private void upsert(String runId, String browserId, String summary, long step, String state, String metrics) {
        int n = db.jdbc.update("UPDATE run_status SET step = ?, state = ?, metrics_json = ?, updated_at = CURRENT_TIMESTAMP"
                + " WHERE run_id = ?", step, state, metrics, runId);
        if (n == 0) {
            db.jdbc.update("INSERT INTO run_status (run_id, class_id, browser_id, summary, step, state, metrics_json,"
                    + " updated_at, stop_requested) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, FALSE)",
                    runId, c.id(), browserId, summary, step, state, metrics);
        }
    }

    private ClassView open() {
        navigate("class/" + c.id());
        return _get(ClassView.class);
    }

    private static List<String> names(ClassView v) {
        return v.cards().shown().stream().map(RunCard::nameText).toList();
    }

    @Test
    void showsEveryMembersRunWithItsNameStepStateAndMetrics() {
        ClassView v = open();
        assertEquals("Stats 101", _get(com.vaadin.flow.component.html.H1.class, h -> h.withId("class-name")).getText());
        assertEquals(c.joinCode(), v.header().codeText());
        assertEquals(List.of(XSS, "Kim", "Sam"), names(v), "by name (\"<\" sorts first)");
        RunCard kimCard = v.cards().shown().get(1);
        assertEquals("step 300", kimCard.stepText());
        String text = kimCard.getElement().getTextRecursively();
        assertTrue(text.contains("gan · grid25") && text.contains("running") && text.contains("modesCovered 12"), text);
        assertTrue(_get(kimCard, Image.class).getSrc().startsWith("data:image/png;base64,"));
        assertTrue(v.assignmentsSlot().getId().orElseThrow().equals("class-assignments"));
        assertTrue(v.getChildren().anyMatch(ch -> ch == v.assignmentsSlot()), "the assignments slot is on the page");
    }

    @Test
    void aDisplayNameIsShownAsTextNeverAsHtml() {
        ClassView v = open();
        RunCard eveCard = v.cards().shown().get(0);
        assertEquals(XSS, eveCard.nameSpan().getText());
        var el = eveCard.nameSpan().getElement();
        assertEquals(1, el.getChildCount());
        assertTrue(el.getChild(0).isTextNode(), "one text node, no element");
        assertEquals(XSS, el.getChild(0).getText());
        assertNull(eveCard.nameSpan().getElement().getProperty("innerHTML"), "no inner HTML is ever set");
        assertEquals(0, _find(eveCard, Image.class).stream().filter(i -> "x".equals(i.getSrc())).count());
    }

    @Test
    void sortsByStepAndByAMetricAndFilters() {
        ClassView v = open();
        v.filter().sort.setValue(RunQuery.BY_STEP);
        assertEquals(List.of("Sam", "Kim", XSS), names(v));
        v.filter().sort.setValue("modesCovered");
        assertEquals(List.of("Kim", "Sam", XSS), names(v), "highest first; runs without it last");
        v.filter().text.setValue("ring8");
        assertEquals(List.of("Sam"), names(v), "the summary matches");
        v.filter().text.setValue("KI");
        assertEquals(List.of("Kim"), names(v), "the pseudonym matches, any case");
        v.filter().text.clear();
        v.filter().state.setValue("RUNNING");
        assertEquals(List.of("Kim", XSS), names(v));
    }

    @Test
    void stopSetsTheFlagOfThatRunOnly() {
        ClassView v = open();
        RunCard samCard = v.cards().shown().get(2);
        _click(samCard.stop);
        assertTrue(db.classroom.statuses().one("ada", c.id(), "run-sam").orElseThrow().stopRequested());
        assertFalse(db.classroom.statuses().one("ada", c.id(), "run-kim").orElseThrow().stopRequested());
        assertFalse(samCard.stop.isEnabled());
        assertTrue(samCard.getElement().getTextRecursively().contains("stopping"));
    }

    @Test
    void aChangedRowShowsAtTheNextPoll() {
        ClassView v = open();
        UI ui = UI.getCurrent();
        assertTrue(ui.getPollInterval() > 0 && ui.getPollInterval() <= ClassView.REFRESH_MILLIS,
                "polls every " + ui.getPollInterval() + " ms");
        assertTrue(ClassView.REFRESH_MILLIS <= 2000, "the issue asks for 2 s at most");
        upsert("run-kim", kim, "", 1234, "PAUSED", "{\"modesCovered\":20.0}");
        String newcomer = BrowserId.fresh();
        join(newcomer, "Ana");
        upsert("run-ana", newcomer, "gan · ring8", 5, "RUNNING", "{}");
        assertEquals(3, v.cards().shown().size(), "nothing before the poll");
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertEquals(List.of(XSS, "Ana", "Kim", "Sam"), names(v));
        assertEquals("step 1234", v.cards().shown().get(2).stepText());
    }

    @Test
    void rotateShowsTheNewCode() {
        ClassView v = open();
        _click(v.header().rotate);
        String now = db.classroom.classes().find("ada", c.id()).orElseThrow().joinCode();
        assertNotEquals(c.joinCode(), now);
        assertEquals(now, v.header().codeText());
        _click(v.header().archive);
        assertEquals("–", v.header().codeText());
        assertFalse(v.header().rotate.isEnabled());
    }

    @Test
    void deleteAsksThenRemovesTheClassAndGoesToTheList() {
        ClassView v = open();
        _click(v.header().delete);
        assertTrue(db.classroom.classes().find("ada", c.id()).isPresent(), "nothing before the confirmation");
        _click(v.header().deleteConfirm);
        assertTrue(db.classroom.classes().find("ada", c.id()).isEmpty());
        assertEquals("classes", location());
        _get(ClassesView.class);
    }

    @Test
    void presentShowsOneRunLargeAndRefreshes() {
        db.jdbc.update("UPDATE run_status SET thumbnail = ? WHERE run_id = 'run-kim'", (Object) new byte[] {9, 9});
        ClassView v = open();
        assertEquals("class/" + c.id() + "/present/run-kim", v.cards().shown().get(1).present.getHref());
        navigate("class/" + c.id() + "/present/run-kim");
        PresentView p = _get(PresentView.class);
        assertEquals("step 300", p.stepText());
        assertEquals("Kim · gan · grid25", _get(com.vaadin.flow.component.html.H1.class, h -> h.withId("present-title")).getText());
        assertTrue(_get(Image.class, i -> i.withId("present-picture")).getSrc().startsWith("data:image/png;base64,"));
        upsert("run-kim", kim, "", 777, "RUNNING", "{}");
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertEquals("step 777", p.stepText());
    }

    @Test
    void anotherInstructorNobodyAndAnUnknownIdGetNotFound() {
        user.set("mallory");
        navigate("class/" + c.id());
        assertTrue(_find(ClassView.class).isEmpty(), "mallory sees no dashboard");
        _get(NotFoundView.class);
        navigate("class/" + c.id() + "/present/run-kim");
        assertTrue(_find(PresentView.class).isEmpty());
        user.set(null);
        navigate("class/" + c.id());
        assertTrue(_find(ClassView.class).isEmpty(), "nobody signed in");
        user.set("ada");
        navigate("class/AAAAAAAAAAAAAAAAAAAAAA");
        assertTrue(_find(ClassView.class).isEmpty(), "an unknown id");
        navigate("class/" + c.id());
        _get(ClassView.class);
        List<RunStatus> untouched = db.classroom.statuses().forClass("ada", c.id()).orElseThrow();
        assertTrue(untouched.stream().noneMatch(RunStatus::stopRequested));
    }
}
