package lab.minimax.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import lab.minimax.metrics.mnist.ClassifierTraining;
import lab.minimax.metrics.mnist.ClassifierTraining.Settings;
import lab.minimax.metrics.mnist.DigitClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train-classifier}: trains the image metrics' digit classifier on the MNIST training split
 * (seeded, so the same options write the same bytes) and writes its weights; prints a line per
 * epoch, the held-out accuracy and the file's SHA-256 (which {@code ClassifierWeights} pins).
 */
@Command(name = "train-classifier", mixinStandardHelpOptions = true,
        description = "Train the MNIST digit classifier of the image metrics and write its weights.")
public final class ClassifierCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "the weights file to write, e.g. src/main/resources/mnist/classifier-784-256-128-10.bin")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", description = "epochs, in 1–1000 (default 50)")
    int epochs = Settings.DEFAULTS.epochs();

    @Option(names = "--seed", paramLabel = "S", description = "the seed (default 1)")
    long seed = Settings.DEFAULTS.seed();

    @Override
    public Integer call() {
        Settings d = Settings.DEFAULTS;
        Settings s;
        try {
            s = new Settings(d.hidden(), d.featureDim(), epochs, d.batch(), d.lr(), d.maxShift(), seed);
        } catch (IllegalArgumentException e) {
            System.err.println("--" + e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        DigitClassifier net = ClassifierTraining.train(s, line -> {
            System.out.println(line);
            System.out.flush();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        int correct = ClassifierTraining.heldOutCorrect(net);
        byte[] weights = ClassifierTraining.weights(net);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, weights);
        } catch (IOException e) {
            System.err.println("--out: cannot write " + out + ": " + e.getMessage());
            return 2;
        }
        System.out.printf(Locale.ROOT, "%s trained in %.1f s; held-out accuracy %d/2000 = %.2f %%%n",
                net.shape(), seconds, correct, correct / 20.0);
        System.out.printf(Locale.ROOT, "wrote %s, %d bytes, SHA-256 %s%n", out, weights.length,
                ClassifierTraining.sha256(weights));
        return 0;
    }
}
