package lab.minimax.live;

import lab.minimax.durable.Checkpointing;

/**
 * How a live run is made durable: its checkpoints go through {@code checkpointing} under
 * {@code runId} (the {@code _run} of the page's link).
 */
record Durability(Checkpointing checkpointing, String runId) {
}
