package lab.minimax.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which file the lock message names for a DataSource URL. */
class UserStoreTest {
    @Test
    void theH2FileOfAUrl() {
        assertEquals(Path.of("data/lab.mv.db").toAbsolutePath(), UserStore.h2File("jdbc:h2:file:./data/lab;AUTO_SERVER=FALSE"));
        assertEquals(Path.of("/srv/lab/db.mv.db"), UserStore.h2File("jdbc:h2:/srv/lab/db"));
        assertNull(UserStore.h2File("jdbc:h2:mem:test"));
        assertNull(UserStore.h2File("jdbc:h2:tcp://db/lab"));
        assertNull(UserStore.h2File("jdbc:postgresql://db:5432/minimax"));
        assertNull(UserStore.h2File(""));
    }
}
