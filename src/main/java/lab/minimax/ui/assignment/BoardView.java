package lab.minimax.ui.assignment;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.NoSuchElementException;
import lab.minimax.assignment.Board;
import lab.minimax.assignment.Boards;

/**
 * {@code /assignment/<id>/board}: the class board of an assignment. Its instructor always sees it,
 * with the CSV for the gradebook; the class's members see it unless the instructor hid it until the
 * due date; anyone else gets "not found".
 */
@Route("assignment/:id/board")
@AnonymousAllowed
@PageTitle("Minimax Lab · board")
public class BoardView extends Div implements BeforeEnterObserver {
    private final Boards boards;
    private final AuthenticationContext auth;
    BoardGrid grid;

    public BoardView(Boards boards, AuthenticationContext auth) {
        this.boards = boards;
        this.auth = auth;
        addClassName("board-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        try {
            String instructor = auth.hasRole("INSTRUCTOR") ? auth.getPrincipalName().orElse(null) : null;
            Board b = null;
            if (instructor != null) {
                try {
                    b = boards.forInstructor(instructor, id);
                } catch (NoSuchElementException notTheirs) {
                    b = null;
                }
            }
            boolean asInstructor = b != null;
            if (b == null) {
                b = boards.forMember(Browser.current(), id);
            }
            add(new H1("Board · " + b.assignment().title()));
            add(new Paragraph(Texts.summary(b.assignment()) + " · " + b.rows().size() + " students verified"));
            grid = new BoardGrid(b);
            add(grid);
            if (asInstructor) {
                Anchor csv = new Anchor("assignment/" + id + "/results.csv", "Download CSV");
                csv.setId("board-csv");
                csv.getElement().setAttribute("download", true);
                add(csv);
            }
        } catch (NoSuchElementException e) {
            add(new H1("Board"), new Paragraph("No such assignment."));
        } catch (IllegalStateException hidden) {
            add(new H1("Board"), new Paragraph(hidden.getMessage()));
        }
    }
}
