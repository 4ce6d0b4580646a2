package lab.minimax.store;

import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link CheckpointStoreContract} on the embedded default: an H2 file database in a directory of
 * this test's own (under {@code minimax.data-dir}, set per test JVM by the build), migrated by Flyway.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class H2CheckpointStoreTest extends CheckpointStoreContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry r) {
        String dir = System.getProperty("minimax.data-dir", "target/test-data/unit");
        r.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir + "/store-" + System.nanoTime() + "/lab;AUTO_SERVER=FALSE");
    }
}
