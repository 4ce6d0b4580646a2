package lab.minimax.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which first arguments the command line takes, and what a mistyped command gets. */
class CliTest {
    @Test
    void aMistypedCommandGetsTheUsageAndExitTwoInsteadOfTheWebServer() {
        assertTrue(Cli.handles("trian"), "a word is a command, known or not");
        CliRun r = CliRun.of("trian", "--config", "x.json");
        r.assertRejected("trian", "train", "bench", "load");
        assertFalse(r.out().contains("Started"), r.out());
    }

    @Test
    void optionsStartTheWebLabAndHelpIsTheCommandLines() {
        assertFalse(Cli.handles("--server.port=18100"));
        assertFalse(Cli.handles("--spring.profiles.active=prod"));
        assertTrue(Cli.handles("--help"));
        assertTrue(Cli.handles("train"));
    }
}
