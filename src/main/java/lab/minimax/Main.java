package lab.minimax;

import lab.minimax.cli.Cli;
import org.springframework.boot.SpringApplication;

/**
 * One jar, two faces: {@code train} / {@code bench} run the engine headless (no web server);
 * anything else starts the lab on the embedded server.
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
