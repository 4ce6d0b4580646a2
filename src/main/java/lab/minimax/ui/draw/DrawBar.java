package lab.minimax.ui.draw;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.PointSet;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import lab.minimax.ui.chart.PlaneChart;
import lab.minimax.ui.form.Fields;

/**
 * Drawn targets: the Draw toggle (the student paints points on the 2D view with the mouse, or
 * with the arrow keys and Space), the brush size, Clear, "Use these points" (they become the
 * {@code points} target) and a CSV upload of points ({@link PointsCsv}). A bad file gets a
 * message naming the line and the problem.
 */
public final class DrawBar extends Div {
    static final List<Integer> BRUSHES = IntStream.rangeClosed(1, 10).boxed().toList();

    public final Button draw = Fields.button("Draw", VaadinIcon.PENCIL, "Paint your own target on the plane with the mouse (or the arrow keys and Space).");
    final Select<Integer> brush = Fields.select("Brush size", "Brush size: its width and the points laid per stamp.",
            BRUSHES, n -> "brush " + n);
    final Button clear = Fields.button("Clear", VaadinIcon.ERASER, "Remove every drawn point.");
    final Button use = Fields.button("Use these points", VaadinIcon.CHECK, "Train on the drawn points (the points target).");
    public final Span count = new Span("0 points");
    final Upload csv;
    final Div message = new Div();
    private final PlaneChart plane;
    private final Consumer<PointSet> onUse;
    private final Consumer<Boolean> onDrawMode;
    private final Limits limits;
    private boolean drawing;

    /**
     * @param plane      the 2D view drawn on
     * @param onUse      gets a point set to train on (drawn or uploaded)
     * @param onDrawMode gets draw mode on/off (the page shows the 2D view while drawing)
     * @param limits     the server's limits (an uploaded file holds at most {@code maxPoints} points)
     */
    public DrawBar(PlaneChart plane, Consumer<PointSet> onUse, Consumer<Boolean> onDrawMode, Limits limits) {
        this.plane = plane;
        this.limits = limits;
        this.onUse = onUse;
        this.onDrawMode = onDrawMode;
        addClassName("lab-drawbar");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", "Draw your own target");
        draw.getElement().setAttribute("aria-pressed", "false");
        draw.addClickListener(e -> setDrawing(!drawing));
        brush.setLabel(null);
        brush.setAriaLabel("Brush size");
        brush.setWidth("8em");
        brush.setValue(3);
        brush.addValueChangeListener(e -> {
            if (e.getValue() != null && drawing) {
                plane.setDrawing(true, e.getValue());
            }
        });
        clear.addClickListener(e -> plane.clearDrawing());
        use.addClickListener(e -> useDrawn());
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.addClassName("lab-count");
        plane.addDrawnListener(xy -> count.setText(xy.length / 2 + " points"));
        csv = BoundedUpload.create("Upload CSV", "A CSV file of points: x,y on each line, optional header, at most "
                        + PointsCsv.MAX_BYTES / 1024 + " KB and " + limits.maxPoints() + " points.",
                PointsCsv.MAX_BYTES, new String[] {".csv", ".txt", "text/csv", "text/plain"},
                this::csvUploaded, (name, reason) -> showMessage(name + ": " + reason, true));
        message.addClassName("lab-note");
        message.getElement().setAttribute("role", "alert");
        message.setId("draw-message");
        message.setVisible(false);
        add(draw, brush, clear, use, count, csv, message);
        showTools();
    }

    /** Turns draw mode on or off. */
    void setDrawing(boolean on) {
        drawing = on;
        draw.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        if (on) {
            draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            draw.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        plane.setDrawing(on, brush.getValue() == null ? 3 : brush.getValue());
        showTools();
        onDrawMode.accept(on);
    }

    public boolean isDrawing() {
        return drawing;
    }

    private void showTools() {
        brush.setVisible(drawing);
        clear.setVisible(drawing);
        use.setVisible(drawing);
        count.setVisible(drawing);
    }

    /** "Use these points": the drawing becomes the target (at least 2 points). */
    void useDrawn() {
        double[] xy = plane.drawnPoints();
        if (xy.length < 4) {
            showMessage("Draw at least 2 points first (you have " + xy.length / 2 + ").", true);
            return;
        }
        message.setVisible(false);
        onUse.accept(new PointSet(xy));
        setDrawing(false);
    }

    /** An uploaded CSV file: its points become the target, or a message names the bad line or the limit. */
    public void csvUploaded(String fileName, byte[] bytes) {
        try {
            PointSet set = PointsCsv.parse(bytes, limits);
            showMessage("Loaded " + set.size() + " points from " + fileName + ".", false);
            onUse.accept(set);
        } catch (PointsCsv.CsvException e) {
            showMessage(fileName + ": " + e.getMessage(), true);
        }
    }

    /** The message under the bar (empty when hidden). */
    public String messageText() {
        return message.isVisible() ? message.getText() : "";
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.getElement().setAttribute("role", error ? "alert" : "status");
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : null);
        message.setVisible(true);
    }
}
