package lab.minimax.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * What one websocket's messages weigh on the wire under permessage-deflate (RFC 7692), which
 * Tomcat negotiates with every browser that offers it: raw deflate with the window kept from one
 * message to the next (context takeover), each message flushed with SYNC_FLUSH and sent without
 * the flush's trailing 00 00 FF FF. Java's WebSocket client offers no extension, so the server
 * sends the harness its pushes uncompressed; this gives their size as a browser receives them.
 */
final class WireSize {
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private byte[] out = new byte[1 << 16];

    /** The compressed size of the next message on this socket. */
    synchronized int next(String message) {
        deflater.setInput(message.getBytes(StandardCharsets.UTF_8));
        int total = 0;
        while (true) {
            int n = deflater.deflate(out, total, out.length - total, Deflater.SYNC_FLUSH);
            total += n;
            if (total < out.length) {
                break;
            }
            out = Arrays.copyOf(out, out.length * 2);
        }
        return Math.max(0, total - 4);
    }

    synchronized void end() {
        deflater.end();
    }
}
