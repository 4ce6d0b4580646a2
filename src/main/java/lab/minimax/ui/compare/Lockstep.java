package lab.minimax.ui.compare;

import java.util.List;

/**
 * Moves several runs by the same number of steps: one step of each in turn, so their step counts
 * never differ by more than one inside a round and are equal after it. A round is skipped once any
 * run has halted (diverged or stopped), so the counts stay equal.
 */
final class Lockstep {
    /** One run as the lockstep sees it. */
    interface Runner {
        /** n full training steps. */
        void advance(int n);

        /** True when the run takes no more steps. */
        boolean halted();
    }

    private final List<Runner> runs;

    Lockstep(List<Runner> runs) {
        this.runs = List.copyOf(runs);
    }

    /**
     * Up to {@code rounds} rounds (one step of every run each), stopping early when a run halts or
     * when {@code budgetNanos} has passed after a round.
     *
     * @return the rounds done
     */
    int advance(int rounds, long budgetNanos) {
        long start = System.nanoTime();
        int done = 0;
        while (done < rounds) {
            for (Runner r : runs) {
                if (r.halted()) {
                    return done;
                }
            }
            for (Runner r : runs) {
                r.advance(1);
            }
            done++;
            if (System.nanoTime() - start > budgetNanos) {
                break;
            }
        }
        return done;
    }

    /** True when some run has halted. */
    boolean halted() {
        return runs.stream().anyMatch(Runner::halted);
    }
}
