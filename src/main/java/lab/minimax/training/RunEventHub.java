package lab.minimax.training;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The JVM's {@link RunEvents} hub: forwards each event to every subscriber (one per application
 * context, e.g. its meters). With no subscriber an event costs one empty-list iteration. A
 * subscriber that throws is ignored, so reporting never disturbs a run.
 */
public final class RunEventHub implements RunEvents {
    static final RunEventHub INSTANCE = new RunEventHub();

    private final List<RunEvents> subscribers = new CopyOnWriteArrayList<>();

    private RunEventHub() {
    }

    /** Starts forwarding events to {@code s}. */
    public void subscribe(RunEvents s) {
        subscribers.add(s);
    }

    /** Stops forwarding events to {@code s}. */
    public void unsubscribe(RunEvents s) {
        subscribers.remove(s);
    }

    @Override
    public void runStarted() {
        forEach(RunEvents::runStarted);
    }

    @Override
    public void runStopped(String reason) {
        forEach(s -> s.runStopped(reason));
    }

    @Override
    public void runFailed(String reason) {
        forEach(s -> s.runFailed(reason));
    }

    @Override
    public void runDiverged(String reason) {
        forEach(s -> s.runDiverged(reason));
    }

    @Override
    public void framePushed() {
        forEach(RunEvents::framePushed);
    }

    private void forEach(Consumer<RunEvents> event) {
        for (RunEvents s : subscribers) {
            try {
                event.accept(s);
            } catch (RuntimeException e) {
                // operations must never break a run
            }
        }
    }
}
