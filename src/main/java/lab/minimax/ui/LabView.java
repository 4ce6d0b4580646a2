package lab.minimax.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The lab page (placeholder until the web issue). */
@Route("")
@PageTitle("Minimax Lab")
public class LabView extends VerticalLayout {
    public LabView() {
        add(new H1("Minimax Lab"));
    }
}
