package lab.minimax.bench;

/** One timed step of a workload ({@link ChunkTimer} times nothing else). */
public interface BenchStep {
    /** Runs one step. */
    void step();
}
