package lab.minimax.cli;

import lab.minimax.account.Account;
import lab.minimax.account.AccountException;
import lab.minimax.account.AccountRules;
import lab.minimax.account.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code user add|list|remove}: the instructor accounts in the server's database, from the
 * command line (the admin view's Instructors section does the same while the server runs). The
 * password comes from {@code MINIMAX_USER_PASSWORD} or standard input, never from the arguments.
 * Exit codes: 0 done, 2 bad input (including a database file held by a running server), 1 the
 * database could not be reached.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Instructor accounts in the lab's database (the same one the server uses).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Remove.class})
public final class UserCommand implements Runnable {
    /** The environment variable holding the new password. */
    static final String PASSWORD_ENV = "MINIMAX_USER_PASSWORD";
    static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @Override
    public void run() {
        System.err.println("user: give a command: add, list or remove (see user --help)");
    }

    /** The database options every subcommand takes. */
    static final class Store {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "the server's data directory (minimax.data-dir; default as the server: ./data, or MINIMAX_DATA_DIR)")
        String dataDir;

        /** Runs {@code work} on the store; the exit code. */
        int with(Work work) {
            try (UserStore store = UserStore.open(dataDir)) {
                return work.run(store.accounts());
            } catch (UserStore.Unavailable e) {
                Path file = UserStore.h2File(e.url);
                if (e.locked()) {
                    System.err.println("the lab server holds " + (file == null ? e.url : file)
                            + "; add the instructor in the admin view (/admin → Instructors), or stop the server,"
                            + " or use PostgreSQL");
                    return 2;
                }
                System.err.println("cannot open the database " + e.url + ": " + e.reason());
                return 1;
            } catch (AccountException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }

    interface Work {
        int run(Accounts accounts);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Creates an instructor account; the password comes from " + PASSWORD_ENV
                    + " or standard input (at least 10 characters, at most 72 bytes).")
    static final class Add implements Callable<Integer> {
        @Option(names = "--role", paramLabel = "ROLE", defaultValue = "instructor",
                description = "instructor (the only role stored; the admin is configured by minimax.admin.*)")
        String role;
        @Option(names = "--username", paramLabel = "NAME", required = true,
                description = "3-64 of a-z 0-9 . _ - (stored lower-case)")
        String username;
        @Mixin
        Store store;

        @Override
        public Integer call() throws IOException {
            if (!"instructor".equals(role.toLowerCase(Locale.ROOT))) {
                System.err.println("--role: only 'instructor'; got '" + role
                        + "' (the admin is configured by minimax.admin.username/password)");
                return 2;
            }
            try {
                AccountRules.username(username);
            } catch (AccountException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            String password = password();
            if (password == null) {
                System.err.println("password: the two entries differ");
                return 2;
            }
            try {
                AccountRules.password(password);
            } catch (AccountException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            return store.with(accounts -> {
                Account a = accounts.add(username, password);
                System.out.println("added instructor '" + a.username() + "'; they log in at /login");
                return 0;
            });
        }

        /** From the environment, the console (asked twice; null when they differ) or the first line of standard input. */
        private static String password() throws IOException {
            String env = System.getenv(PASSWORD_ENV);
            if (env != null && !env.isEmpty()) {
                return env;
            }
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for the instructor: ");
                char[] again = console.readPassword("Same password again: ");
                if (first == null || !Arrays.equals(first, again)) {
                    return null;
                }
                return new String(first);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the instructor accounts.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        Store store;

        @Override
        public Integer call() {
            return store.with(accounts -> {
                List<Account> all = accounts.list();
                if (all.isEmpty()) {
                    System.out.println("no instructor accounts");
                }
                for (Account a : all) {
                    System.out.println(a.username() + "\t" + a.role().toLowerCase(Locale.ROOT) + "\t"
                            + CREATED.format(a.createdAt().withOffsetSameInstant(ZoneOffset.UTC)));
                }
                return 0;
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes an instructor account (their classes stay in the database).")
    static final class Remove implements Callable<Integer> {
        @Option(names = "--username", paramLabel = "NAME", required = true, description = "the account to remove")
        String username;
        @Mixin
        Store store;

        @Override
        public Integer call() {
            return store.with(accounts -> {
                if (!accounts.remove(username)) {
                    System.err.println("--username: no account '" + username + "'");
                    return 2;
                }
                System.out.println("removed instructor '" + username.trim().toLowerCase(Locale.ROOT) + "'");
                return 0;
            });
        }
    }
}
