package lab.minimax.ui.assignment;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import lab.minimax.assignment.AssignmentFixture;
import lab.minimax.assignment.ClassroomDb;
import lab.minimax.assignment.MutableClock;
import lab.minimax.assignment.NewAssignment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instructor's assignments section and the board's grid, on a real (H2) database. */
class AssignmentsSectionTest {
    static final String CLASS = "classAAAAAAAAAAAAAAAAA";
    ClassroomDb db;
    AssignmentFixture fx;
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        db = ClassroomDb.h2();
        db.addClass(CLASS, "alice", "GANs 101");
        fx = new AssignmentFixture(db, clock);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theFormCreatesAnAssignmentAndABadFieldIsNamedOnThePage() {
        AssignmentsSection section = new AssignmentsSection("alice", CLASS, fx.assignments, fx.submissions);
        section.form.title.setValue("Cover the grid");
        section.form.budget.setValue(0);
        _click(section.form.create);
        assertTrue(section.message.getText().startsWith("Not created: step budget:"), section.message.getText());
        assertTrue(fx.assignments.ofClass("alice", CLASS).isEmpty());

        section.form.budget.setValue(3000);
        _click(section.form.create);
        assertEquals("Created \"Cover the grid\".", section.message.getText());
        assertEquals(1, fx.assignments.ofClass("alice", CLASS).size());
        String id = fx.assignments.ofClass("alice", CLASS).get(0).id();
        assertEquals(1, section.getElement().getChildren().flatMap(e -> e.getChildren())
                .filter(e -> id.equals(e.getAttribute("data-assignment"))).count(), "its card is listed");
    }

    @Test
    void theBoardGridSortsEachMetricInItsOwnOrderAndShowsPseudonymsAsText() {
        var a = fx.assignments.create("alice", CLASS, new NewAssignment("Grid", "grid25-wgan-gp-small",
                Set.of("target"), 3000, "modesCovered>=20, reverseKl<=0.5", clock.instant(),
                clock.instant().plus(Duration.ofDays(1)), false));
        String evil = "<img src=x onerror=alert(1)>";
        db.addMember(CLASS, "0123456789abcdef0123456789abcdef", evil);
        db.addMember(CLASS, "1123456789abcdef0123456789abcdef", "Ben");
        fx.decided(a.id(), "0123456789abcdef0123456789abcdef", "FAILED", "{\"modesCovered\":25.0,\"reverseKl\":0.9}", clock.instant());
        fx.decided(a.id(), "1123456789abcdef0123456789abcdef", "PASSED", "{\"modesCovered\":21.0,\"reverseKl\":0.1}", clock.instant().plusSeconds(1));
        BoardGrid grid = new BoardGrid(fx.boards.forInstructor("alice", a.id()));
        assertEquals(List.of("Ben", evil), grid.rowsShown().stream().map(r -> r.pseudonym()).toList(), "passed first");
        grid.sortBy("modesCovered");
        assertEquals(evil, firstSorted(grid), "more modes first");
        grid.sortBy("reverseKl");
        assertEquals("Ben", firstSorted(grid), "lower reverse KL first");
    }

    private static String firstSorted(BoardGrid grid) {
        return com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).pseudonym();
    }
}
