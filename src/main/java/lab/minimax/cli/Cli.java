package lab.minimax.cli;

/** Entry point of the headless commands (filled in by the CLI work). */
public final class Cli {
    private Cli() {
    }

    public static boolean handles(String command) {
        return "train".equals(command) || "bench".equals(command);
    }

    public static int run(String[] args) {
        System.err.println("not yet implemented: " + args[0]);
        return 2;
    }
}
