package lab.minimax.durable;

import java.time.Instant;

/**
 * One checkpoint on its way to the store.
 *
 * @param runId      the run ({@link RunId})
 * @param browserId  the browser that owns it
 * @param configJson the config the run was created with (its run row; live settings are in the state)
 * @param step       G steps at the checkpoint
 * @param takenAt    when it was captured
 * @param state      the {@link RunCheckpointCodec} bytes
 */
public record CheckpointJob(String runId, String browserId, String configJson, long step, Instant takenAt, byte[] state) {
}
