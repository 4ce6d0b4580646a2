package lab.minimax.gan.checkpoint;

/**
 * A checkpoint that cannot be restored into this trainer: truncated, corrupt, of another format,
 * engine or config. The message names the problem in plain words; the trainer is unchanged.
 */
public final class CheckpointRefusedException extends Exception {
    public CheckpointRefusedException(String message) {
        super(message);
    }
}
