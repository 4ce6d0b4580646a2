package lab.minimax.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import lab.minimax.classroom.Classroom;
import lab.minimax.classroom.SchoolClass;

/**
 * The dashboard's head: the class's name, its join link and code with Rotate and Archive, the data
 * export (a download that checks the owner again when it is fetched) and Delete (asks first).
 * Actions go through Vaadin's server round trips (CSRF-protected).
 */
final class ClassHeader extends Div {
    private final H1 name = new H1();
    private final Anchor joinLink = new Anchor();
    private final Span code = new Span();
    final Button rotate = new Button("Rotate code");
    final Button archive = new Button("Archive");
    final Anchor export = new Anchor();
    final Button delete = new Button("Delete class…");
    final Button deleteConfirm = new Button("Delete it and all its data");
    final Button deleteCancel = new Button("Keep it");
    private final Div confirm = new Div();
    private final Classroom classroom;
    private final String user;
    private SchoolClass shown;

    ClassHeader(Classroom classroom, String user, SchoolClass c, Runnable deleted) {
        this.classroom = classroom;
        this.user = user;
        addClassName("class-head");
        name.setId("class-name");
        joinLink.setId("class-join-link");
        code.setId("class-join-code");
        code.addClassName("class-code");
        rotate.setId("class-rotate");
        archive.setId("class-archive");
        export.setId("class-export");
        delete.setId("class-delete");
        deleteConfirm.setId("class-delete-confirm");
        deleteCancel.setId("class-delete-cancel");
        deleteConfirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        String classId = c.id();
        export.setText("Export data (JSON)");
        export.setHref(DownloadHandler.fromInputStream(event -> {
            Optional<byte[]> json = classroom.export().json(user, classId);
            return json.map(b -> new DownloadResponse(new ByteArrayInputStream(b), "class-" + classId + ".json",
                    "application/json", b.length)).orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND));
        }), AttachmentType.DOWNLOAD);
        rotate.addClickListener(e -> classroom.classes().rotateCode(user, classId).ifPresent(this::show));
        archive.addClickListener(e -> {
            if (classroom.classes().archive(user, classId)) {
                classroom.classes().find(user, classId).ifPresent(this::show);
            }
        });
        confirm.add(new Span("Delete this class with its members, runs, assignments and submissions? Export first"
                + " to keep a copy."), deleteConfirm, deleteCancel);
        confirm.setVisible(false);
        delete.addClickListener(e -> confirm.setVisible(true));
        deleteCancel.addClickListener(e -> confirm.setVisible(false));
        deleteConfirm.addClickListener(e -> {
            classroom.classes().delete(user, classId);
            deleted.run();
        });
        Div join = new Div(new Span("Join link: "), joinLink, new Span(" · code "), code, rotate, archive);
        join.addClassName("class-join");
        add(name, join, new Div(export, delete), confirm);
        show(c);
    }

    /** Shows the class as it is now. */
    void show(SchoolClass c) {
        shown = c;
        name.setText(c.name());
        if (c.archived()) {
            joinLink.setText("archived: takes no joins");
            joinLink.removeHref();
            code.setText("–");
        } else {
            joinLink.setText("/join/" + c.joinCode());
            joinLink.setHref("join/" + c.joinCode());
            code.setText(c.joinCode());
        }
        rotate.setEnabled(!c.archived());
        archive.setEnabled(!c.archived());
    }

    SchoolClass shown() {
        return shown;
    }

    String codeText() {
        return code.getText();
    }
}
