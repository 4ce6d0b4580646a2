package lab.minimax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless face of the jar: {@code java -jar minimax-lab.jar train …} (and {@code bench}) run
 * the engine without starting the web server.
 */
@Command(name = "minimax-lab", mixinStandardHelpOptions = true,
        description = "Minimax Lab's headless commands (without a command the jar starts the web lab).",
        subcommands = {TrainCommand.class, BenchCommand.class, LoadCommand.class})
public final class Cli {
    private Cli() {
    }

    /** True when {@code command} is one of the headless commands. */
    public static boolean handles(String command) {
        return "train".equals(command) || "bench".equals(command) || "load".equals(command)
                || "--help".equals(command) || "-h".equals(command);
    }

    /** Runs the command line and returns the exit code (0 success, 2 bad input, 3 diverged). */
    public static int run(String[] args) {
        return new CommandLine(new Cli()).execute(args);
    }
}
