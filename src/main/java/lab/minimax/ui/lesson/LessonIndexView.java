package lab.minimax.ui.lesson;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.Lessons;

import java.util.ArrayList;
import java.util.List;
import lab.minimax.ui.lab.LabView;
import lab.minimax.ui.nav.NavBar;

/** {@code /lessons}: every lesson with its number, title, one-line description and thumbnail, each a link. */
@Route("lessons")
@PageTitle("Lessons · Minimax Lab")
@CssImport("./styles/lessons.css")
@AnonymousAllowed
public class LessonIndexView extends Main {
    private final List<RouterLink> links = new ArrayList<>();

    public LessonIndexView() {
        addClassName("mm-lessons");
        H1 title = new H1("Lessons");
        Paragraph intro = new Paragraph("Each lesson opens a running experiment next to the formula it illustrates. "
                + "Share a lesson by its link.");
        RouterLink lab = new RouterLink("Open the free lab", LabView.class);
        Div head = new Div(title, intro, lab);
        head.addClassName("mm-lessons-head");
        Div cards = new Div();
        cards.addClassName("mm-lesson-cards");
        cards.getElement().setAttribute("role", "list");
        for (Lesson l : Lessons.all()) {
            cards.add(card(l));
        }
        add(new NavBar(), head, cards);
    }

    private RouterLink card(Lesson l) {
        RouterLink link = new RouterLink(LessonView.class, l.id());
        link.addClassName("mm-lesson-card");
        link.getElement().setAttribute("role", "listitem");
        Span number = new Span("Lesson " + l.number());
        number.addClassName("mm-lesson-number");
        Span title = new Span(l.title());
        title.addClassName("mm-lesson-title");
        Span line = new Span(l.oneLine());
        line.addClassName("mm-lesson-line");
        Div text = new Div(number, title, line);
        text.addClassName("mm-lesson-text");
        link.add(new LessonThumb(LessonThumbs.of(l), "Thumbnail of lesson " + l.number()), text);
        links.add(link);
        return link;
    }

    /** The lesson links in index order (tests). */
    List<RouterLink> links() {
        return links;
    }
}
