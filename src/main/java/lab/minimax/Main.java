package lab.minimax;

import lab.minimax.cli.Cli;
import org.springframework.boot.SpringApplication;

/**
 * One jar, two faces: a first argument that is a word ({@code train}, {@code bench}, {@code load},
 * or a mistyped command, which gets the usage and exit code 2) runs the command line headless (no
 * web server); no argument, or options such as {@code --server.port=…}, start the lab on the
 * embedded server.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.handles(args[0])) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(LabApplication.class, args);
    }
}
