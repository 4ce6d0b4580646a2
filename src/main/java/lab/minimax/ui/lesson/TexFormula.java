package lab.minimax.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A display formula typeset by KaTeX in the browser ({@code <mm-tex>}). Only TeX written in the
 * lesson catalogue is set here, never user input; the plain TeX is also the element's text
 * alternative.
 */
@Tag("mm-tex")
@JsModule("./components/mm-tex.ts")
@NpmPackage(value = "katex", version = "0.19.1")
class TexFormula extends Component {
    private final String tex;

    TexFormula(String tex) {
        this.tex = tex;
        getElement().setProperty("tex", tex);
    }

    String getTex() {
        return tex;
    }
}
