package lab.minimax.ui.draw;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * An {@link Upload} of one small file, bounded on both sides: the browser refuses a larger file
 * ({@code maxFileSize}), and the server reads at most {@code maxBytes + 1} bytes of whatever
 * arrives, so a larger body is reported as too large without being held in memory. The file
 * reaches {@code onFile(name, bytes)} on the UI thread; a file refused for its size or type gives
 * {@code onRefused(name, reason)}.
 */
public final class BoundedUpload {
    private BoundedUpload() {
    }

    public static Upload create(String buttonText, String tooltip, int maxBytes, String[] accepted,
                         BiConsumer<String, byte[]> onFile, BiConsumer<String, String> onRefused) {
        UploadHandler handler = event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes(maxBytes + 1);
            }
            String name = event.getFileName();
            UI ui = event.getUI();
            ui.access(() -> {
                if (data.length > maxBytes) {
                    onRefused.accept(name, tooLarge(maxBytes));
                } else {
                    onFile.accept(name, data);
                }
            });
        };
        Upload upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(accepted);
        upload.setDropAllowed(false);
        Button button = new Button(buttonText, VaadinIcon.UPLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setTooltipText(tooltip);
        upload.setUploadButton(button);
        upload.addFileRejectedListener(e -> onRefused.accept(e.getFileName(),
                e.getErrorMessage() == null || e.getErrorMessage().isBlank() ? tooLarge(maxBytes) : e.getErrorMessage()));
        // a finished upload leaves no file row behind: the result is shown by the caller's message
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addClassName("lab-upload");
        return upload;
    }

    static String tooLarge(int maxBytes) {
        return "the file is larger than " + maxBytes / 1024 + " KB";
    }
}
