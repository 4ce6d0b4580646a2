package lab.minimax.cli;

import lab.minimax.gan.Metric;
import lab.minimax.gan.MetricInputs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** metrics.csv: one row every M steps, a column per {@link Metric} (every row is a heavy one). */
final class MetricsCsv implements AutoCloseable {
    static final String HEADER = Metric.csvHeader();

    private final BufferedWriter w;

    MetricsCsv(Path file) throws IOException {
        w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write(HEADER);
        w.newLine();
    }

    void row(long step, MetricInputs in) throws IOException {
        w.write(Metric.csvLine(step, Metric.values(in)));
        w.newLine();
        w.flush();
    }

    @Override
    public void close() throws IOException {
        w.close();
    }
}
