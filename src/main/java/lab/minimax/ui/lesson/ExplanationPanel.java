package lab.minimax.ui.lesson;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import lab.minimax.lesson.Lesson;

import java.util.List;

/** A lesson's theory: its formulas (KaTeX), the explanation and "what to look for" (plain text only). */
final class ExplanationPanel extends Div {
    private final List<TexFormula> formulas;

    ExplanationPanel(Lesson lesson) {
        addClassName("mm-explanation");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Explanation");
        add(new H2("The theory"));
        formulas = lesson.formulas().stream().map(TexFormula::new).toList();
        Div formulaBox = new Div();
        formulaBox.addClassName("mm-formulas");
        formulas.forEach(formulaBox::add);
        add(formulaBox);
        add(new Paragraph(lesson.explanation()));
        add(new H3("What to look for"));
        UnorderedList list = new UnorderedList();
        lesson.lookFor().forEach(t -> list.add(new ListItem(t)));
        add(list);
    }

    List<TexFormula> formulas() {
        return formulas;
    }
}
