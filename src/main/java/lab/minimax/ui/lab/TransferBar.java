package lab.minimax.ui.lab;

import lab.minimax.ui.form.Fields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.LimitNotes;
import lab.minimax.experiment.config.ParseResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lab.minimax.gan.Metric;
import lab.minimax.ui.draw.BoundedUpload;

/**
 * Export and import on the lab page: the config as JSON ({@link ConfigJson}), a JSON config
 * opened from a file (bounded size; a bad file is refused with every problem named by its field),
 * the metrics over steps as CSV ({@link MetricsTable}) and a PNG of the current 2D, 1D or image view
 * (drawn in the browser).
 */
final class TransferBar extends Div {
    /** Largest config file accepted (as {@link ConfigJson#MAX_INPUT_LENGTH}). */
    static final int MAX_CONFIG_BYTES = ConfigJson.MAX_INPUT_LENGTH;

    final Anchor exportConfig;
    final Anchor exportMetrics;
    final Button png = Fields.button("PNG", VaadinIcon.PICTURE, "Save the current 2D, 1D or image view as a PNG image.");
    final Upload importConfig;
    final Div message = new Div();
    private final Consumer<ExperimentConfig> onImport;
    private final Supplier<byte[]> configFile;
    private final Supplier<byte[]> metricsFile;
    private final Limits limits;

    /**
     * @param config   the config shown now
     * @param metrics  the run's metrics rows ({@link Metric#COLUMNS} floats each)
     * @param onImport gets an imported (valid) config
     * @param onPng    saves the current view as PNG
     * @param limits   the server's limits, which an imported config must respect
     */
    TransferBar(Supplier<ExperimentConfig> config, Supplier<float[]> metrics, Consumer<ExperimentConfig> onImport,
                Runnable onPng, Limits limits) {
        this.onImport = onImport;
        this.limits = limits;
        addClassName("lab-transfer");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Export and import");
        configFile = () -> ConfigJson.write(config.get()).getBytes(StandardCharsets.UTF_8);
        metricsFile = () -> MetricsTable.csv(metrics.get()).getBytes(StandardCharsets.UTF_8);
        exportConfig = download("Export config", "Download this experiment's configuration as JSON.",
                "minimax-lab-config.json", "application/json", configFile);
        exportMetrics = download("Metrics CSV", "Download the numbers over steps of this run as CSV.",
                "minimax-lab-metrics.csv", "text/csv", metricsFile);
        png.addClickListener(e -> onPng.run());
        importConfig = BoundedUpload.create("Import config", "Open an experiment from a JSON file exported here"
                        + " (at most " + MAX_CONFIG_BYTES / 1000 + " KB).", MAX_CONFIG_BYTES,
                new String[] {".json", "application/json"}, this::configUploaded,
                (name, reason) -> showError(name + ": " + reason));
        message.setId("import-message");
        message.addClassName("lab-link-message");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        add(exportConfig, importConfig, exportMetrics, png, message);
    }

    /** A JSON config file: opened when valid under the server's limits, else every problem listed by field. */
    void configUploaded(String fileName, byte[] bytes) {
        ParseResult r = ConfigJson.parse(new String(bytes, StandardCharsets.UTF_8), limits);
        if (r.config() == null || !r.errors().isEmpty()) {
            String governing = LimitNotes.forErrors(r.errors(), limits);
            showError(fileName + " was not opened:\n" + r.errors().stream().map(ConfigError::toString)
                    .collect(Collectors.joining("\n")) + (governing.isEmpty() ? "" : "\n" + governing));
            return;
        }
        message.setVisible(false);
        onImport.accept(r.config());
    }

    /** The bytes "Export config" downloads now. */
    byte[] configFile() {
        return configFile.get();
    }

    /** The bytes "Metrics CSV" downloads now. */
    byte[] metricsFile() {
        return metricsFile.get();
    }

    /** The import message (empty when hidden). */
    String messageText() {
        return message.isVisible() ? message.getText() : "";
    }

    private void showError(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private static Anchor download(String text, String tooltip, String fileName, String type, Supplier<byte[]> body) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] b = body.get();
            return new DownloadResponse(new ByteArrayInputStream(b), fileName, type, b.length);
        }), text);
        a.getElement().setAttribute("download", fileName);
        a.getElement().setAttribute("title", tooltip);
        a.addClassName("lab-link-button");
        return a;
    }
}
