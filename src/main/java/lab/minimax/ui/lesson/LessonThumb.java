package lab.minimax.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import lab.minimax.live.wire.Float32Codec;

/**
 * A lesson's small picture ({@code <mm-thumb>}), drawn in the browser from points the server
 * computes ({@link LessonThumbs}): a scatter of the target (2D), its density curve (1D), the
 * Dirac-GAN spiral or a row of digits (MNIST).
 */
@Tag("mm-thumb")
@JsModule("./components/mm-thumb.ts")
class LessonThumb extends Component {
    LessonThumb(LessonThumbs.Picture picture, String label) {
        getElement().setProperty("kind", picture.kind());
        getElement().setProperty("points", Float32Codec.encode(picture.points()));
        if (picture.second() != null) {
            getElement().setProperty("second", Float32Codec.encode(picture.second()));
        }
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
    }
}
