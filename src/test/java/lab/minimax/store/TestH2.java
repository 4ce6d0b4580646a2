package lab.minimax.store;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Spring test's own H2 file database, in a fresh directory under {@code minimax.data-dir} (set
 * per test JVM by the build), so that no test sees the accounts or classes another left behind.
 */
public final class TestH2 {
    private TestH2() {
    }

    /** Points the context's DataSource at a new H2 file database named after {@code name}. */
    public static void ownDatabase(DynamicPropertyRegistry props, String name) {
        String dir = System.getProperty("minimax.data-dir", "target/test-data/it");
        props.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + dir + "/" + name + "-" + System.nanoTime() + "/lab;AUTO_SERVER=FALSE");
    }
}
