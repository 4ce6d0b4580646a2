package lab.minimax.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import lab.minimax.classroom.SchoolClass;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /classes}: an instructor's own classes only, creating one (a bad name is named); and the
 * access rules Vaadin applies before any page code runs: the instructor pages let an INSTRUCTOR in and
 * keep out an anonymous student, a signed-in user of another role and the operator, while the join page is open.
 */
class ClassesPageTest extends ClassPagesFixture {
    @Test
    void listsOnlyOwnClassesAndCreatesOne() {
        db.classroom.classes().create("ada", "Stats 101");
        db.classroom.classes().create("mallory", "Secret");
        navigate("classes");
        _get(ClassesView.class);
        assertEquals(List.of("Stats 101"), _find(RouterLink.class).stream().map(RouterLink::getText)
                .filter(t -> t.equals("Stats 101") || t.equals("Secret")).toList());
        _setValue(_get(TextField.class, f -> f.withId("classes-new-name")), "Deep learning");
        _click(_get(Button.class, b -> b.withId("classes-create")));
        List<SchoolClass> own = db.classroom.classes().listOwn("ada");
        assertEquals(2, own.size());
        SchoolClass made = own.stream().filter(x -> x.name().equals("Deep learning")).findFirst().orElseThrow();
        RouterLink link = _get(RouterLink.class, l -> l.withText("Deep learning"));
        assertEquals("class/" + made.id(), link.getHref());
        assertTrue(_get(Paragraph.class, p -> p.withId("classes-message")).getText().contains(made.joinCode()));
        _setValue(_get(TextField.class, f -> f.withId("classes-new-name")), " ");
        _click(_get(Button.class, b -> b.withId("classes-create")));
        assertTrue(_get(Paragraph.class, p -> p.withId("classes-message")).getText().contains("class name must be 1 to 100"));
        assertEquals(2, db.classroom.classes().listOwn("ada").size());
    }

    @Test
    void onlyInstructorsPassTheInstructorPagesAccessCheck() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Principal someone = () -> "someone";
        for (Class<?> page : List.of(ClassesView.class, ClassView.class, PresentView.class)) {
            assertTrue(checker.hasAccess(page, someone, Set.of("INSTRUCTOR")::contains), page.getSimpleName());
            assertFalse(checker.hasAccess(page, null, r -> false), page.getSimpleName() + ": an anonymous student");
            assertFalse(checker.hasAccess(page, someone, Set.of("ADMIN")::contains), page.getSimpleName() + ": the operator");
            assertFalse(checker.hasAccess(page, someone, Set.of("STUDENT", "USER")::contains), page.getSimpleName());
        }
        assertTrue(checker.hasAccess(JoinView.class, null, r -> false), "students join without an account");
    }
}
