package lab.minimax.ops;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the live Vaadin sessions (one per browser that opened a page and has not timed out): up
 * on a session's init, down on its destroy. Read by the admin view and the
 * {@code minimax.sessions.active} gauge.
 */
@Component
public class VaadinSessionCounter implements VaadinServiceInitListener {
    private final AtomicInteger active = new AtomicInteger();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> active.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> active.updateAndGet(n -> Math.max(0, n - 1)));
    }

    /** Live Vaadin sessions now. */
    public int active() {
        return active.get();
    }
}
