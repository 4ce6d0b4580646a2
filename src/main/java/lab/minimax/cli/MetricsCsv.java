package lab.minimax.cli;

import lab.minimax.gan.Evaluation;
import lab.minimax.gan.StepStats;
import lab.minimax.metrics.CsvNumbers;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** metrics.csv: one row every M steps — step, losses, bound, gradient norms, every metric. */
final class MetricsCsv implements AutoCloseable {
    static final String HEADER = "step,lossD,lossG,bound,penalty,gradNormD,gradNormG,modesCovered,"
            + "highQualityFraction,modeReverseKl,w1,slicedW,mmd2,js,kl,reverseKl,fBound,fPlugin,samples";

    private final BufferedWriter w;

    MetricsCsv(Path file) throws IOException {
        w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write(HEADER);
        w.newLine();
    }

    void row(long step, StepStats s, Evaluation e) throws IOException {
        StringBuilder b = new StringBuilder().append(step);
        CsvNumbers.appendCells(b, s.lossD, s.lossG, s.bound, s.penalty, s.gradNormD, s.gradNormG);
        for (Map.Entry<String, Double> m : e.asMap().entrySet()) {
            b.append(',').append(m.getValue() == null ? "" : CsvNumbers.cell(m.getValue()));
        }
        b.append(',').append(e.samples());
        w.write(b.toString());
        w.newLine();
        w.flush();
    }

    @Override
    public void close() throws IOException {
        w.close();
    }
}
