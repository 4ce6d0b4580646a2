package lab.minimax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless face of the jar: {@code java -jar minimax-lab.jar train …} (and {@code bench}) run
 * the engine without starting the web server.
 */
@Command(name = "minimax-lab", mixinStandardHelpOptions = true,
        description = "Minimax Lab's headless commands (without a command the jar starts the web lab).",
        subcommands = {TrainCommand.class, BenchCommand.class, LoadCommand.class, ClassifierCommand.class,
                UserCommand.class})
public final class Cli {
    private Cli() {
    }

    /**
     * True when the first argument is for the command line: a command (known or mistyped: a
     * mistyped one gets the usage and exit code 2, not the web server), or {@code --help},
     * {@code -h}, {@code --version}, {@code -V}. Options such as {@code --server.port=…} start the
     * web lab.
     */
    public static boolean handles(String first) {
        return !first.startsWith("-") || "--help".equals(first) || "-h".equals(first)
                || "--version".equals(first) || "-V".equals(first);
    }

    /** Runs the command line and returns the exit code (0 success, 2 bad input, 3 diverged). */
    public static int run(String[] args) {
        CommandLine top = new CommandLine(new Cli());
        CommandLine.IParameterExceptionHandler standard = top.getParameterExceptionHandler();
        // a mistyped command: the message, picocli's suggestion and the list of commands (exit 2)
        top.setParameterExceptionHandler((ex, a) -> {
            if (ex.getCommandLine() != top) {
                return standard.handleParseException(ex, a);
            }
            PrintWriter err = top.getErr();
            err.println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            top.usage(err);
            return top.getCommandSpec().exitCodeOnInvalidInput();
        });
        return top.execute(args);
    }
}
