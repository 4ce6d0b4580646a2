package lab.minimax.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import lab.minimax.durable.Checkpointing;
import lab.minimax.live.EngineLiveRunFactory;
import lab.minimax.live.LiveRun;
import lab.minimax.experiment.Defaults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code minimax.checkpoint.enabled=false}: the lab starts (the {@code store} health group still
 * names {@code checkpoints}, which reports UP), there is no {@link Checkpointing}, and a lab run is
 * not durable (no {@code _run} id).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "minimax.checkpoint.enabled=false")
@DirtiesContext
class CheckpointsOffIT {
    @LocalServerPort
    int port;
    @Autowired
    ObjectProvider<Checkpointing> checkpointing;
    @Autowired
    EngineLiveRunFactory factory;

    @Test
    void theLabStartsWithoutCheckpointsAndItsRunsAreNotDurable() throws Exception {
        HttpResponse<String> store = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/store")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, store.statusCode(), store.body());
        assertTrue(store.body().contains("\"UP\""), store.body());
        assertNull(checkpointing.getIfAvailable(), "no checkpoints when they are off");
        try (LiveRun run = factory.createDurable(Defaults.CONFIG)) {
            assertNull(run.durableId(), "a run without a store is not durable");
        }
    }
}
