package lab.minimax.store;

/**
 * The tests' real PostgreSQL (Debian's, started by {@code .ci/run}): {@code MINIMAX_TEST_POSTGRES_URL},
 * default {@code jdbc:postgresql://127.0.0.1:5432/minimax_test}, user and password
 * {@code MINIMAX_TEST_POSTGRES_USER} / {@code _PASSWORD}, default {@code minimax_test}. Each test
 * works in a schema of its own and drops it.
 */
public final class TestPostgres {
    public static final String URL = System.getenv().getOrDefault("MINIMAX_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/minimax_test");
    public static final String USER = System.getenv().getOrDefault("MINIMAX_TEST_POSTGRES_USER", "minimax_test");
    public static final String PASSWORD = System.getenv().getOrDefault("MINIMAX_TEST_POSTGRES_PASSWORD", "minimax_test");

    private TestPostgres() {
    }
}
