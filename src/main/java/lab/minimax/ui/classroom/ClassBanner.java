package lab.minimax.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import java.util.function.Function;
import lab.minimax.classroom.Membership;

/**
 * "Class <name> · you are <pseudonym>" over the lab pages of a browser that joined a class (the
 * latest it joined); hidden otherwise. The names are set as text (escaped by the browser's text
 * node), never as HTML. The membership is read when the page attaches; a database that does not
 * answer just leaves the banner hidden.
 */
public final class ClassBanner extends Div {
    private Function<String, Optional<Membership>> lookup = b -> Optional.empty();

    public ClassBanner() {
        setId("class-banner");
        addClassName("lab-note");
        setVisible(false);
    }

    /** Where the memberships come from (the lab page wires the classroom in). */
    public void use(Function<String, Optional<Membership>> membershipOfBrowser) {
        this.lookup = membershipOfBrowser;
    }

    @Override
    protected void onAttach(AttachEvent e) {
        super.onAttach(e);
        refresh();
    }

    /** Reads the browser's membership again. */
    public void refresh() {
        String browser = ClassroomUi.browserId();
        Optional<Membership> m;
        try {
            m = browser.isEmpty() ? Optional.empty() : lookup.apply(browser);
        } catch (RuntimeException storeDown) {
            m = Optional.empty();
        }
        m.ifPresentOrElse(this::show, () -> setVisible(false));
    }

    private void show(Membership m) {
        setText(text(m));
        setVisible(true);
    }

    /** The banner's text for {@code m}. */
    public static String text(Membership m) {
        return "Class " + m.className() + " · you are " + m.displayName();
    }

    /** The banner's text, "" when hidden. */
    public String shown() {
        return isVisible() ? getText() : "";
    }
}
