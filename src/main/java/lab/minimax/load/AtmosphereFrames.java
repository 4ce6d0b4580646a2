package lab.minimax.load;

import java.util.function.Consumer;

/**
 * Splits the text of Vaadin's Atmosphere websocket ({@code X-Atmosphere-TrackMessageSize=true})
 * into messages: each is sent as {@code <length>|<payload>} (length in UTF-16 units), several may
 * share one websocket frame and one may span frames. Payloads that are not UIDL JSON (the
 * tracking-id handshake {@code uuid|0|X|}, heartbeats) are dropped.
 */
final class AtmosphereFrames {
    private final StringBuilder pending = new StringBuilder();
    private final Consumer<String> uidl;

    AtmosphereFrames(Consumer<String> uidl) {
        this.uidl = uidl;
    }

    /** Appends websocket text and emits every complete message. */
    void accept(CharSequence text) {
        pending.append(text);
        while (true) {
            int bar = pending.indexOf("|");
            if (bar <= 0) {
                return;
            }
            int len;
            try {
                len = Integer.parseInt(pending.substring(0, bar));
            } catch (NumberFormatException e) {
                // not length-prefixed: take it whole
                emit(pending.toString());
                pending.setLength(0);
                return;
            }
            if (pending.length() < bar + 1 + len) {
                return;
            }
            String payload = pending.substring(bar + 1, bar + 1 + len);
            pending.delete(0, bar + 1 + len);
            emit(payload);
        }
    }

    private void emit(String payload) {
        String p = payload.startsWith("for(;;);") ? payload.substring(8) : payload;
        if (p.startsWith("{") || p.startsWith("[")) {
            uidl.accept(p);
        }
    }
}
