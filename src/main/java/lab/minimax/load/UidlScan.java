package lab.minimax.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The few numbers the load harness reads from a UIDL message, found with {@link String#indexOf}
 * (a vectorised intrinsic) instead of regular expressions: a frame message is ~30 KB of base64,
 * and the harness shares the server's cores, so scanning it three times with a regex cost more
 * CPU than everything else the harness does.
 */
final class UidlScan {
    private static final String SYNC = "\"syncId\":";
    private static final String STEP = "\"value\":\"step ";
    private static final String SEQ = "{\"seq\":";
    private static final String NODE = "[[0,";

    /** A frame call {@code setFrame} on element {@code node} with frame number {@code seq}. */
    record FrameRef(int node, long seq) {
    }

    private UidlScan() {
    }

    /** The largest {@code "syncId": n} in the message, or -1. */
    static long maxSyncId(String uidl) {
        long max = -1;
        for (int i = uidl.indexOf(SYNC); i >= 0; i = uidl.indexOf(SYNC, i + 1)) {
            max = Math.max(max, number(uidl, i + SYNC.length()));
        }
        return max;
    }

    /** The step of the last status line {@code "value":"step n …"}, or -1. */
    static long lastStep(String uidl) {
        int i = uidl.lastIndexOf(STEP);
        return i < 0 ? -1 : number(uidl, i + STEP.length());
    }

    /** Every frame call {@code [[0, node], {"seq": n, …}} in the message, in order. */
    static List<FrameRef> frames(String uidl) {
        List<FrameRef> out = new ArrayList<>(1);
        for (int i = uidl.indexOf(SEQ); i >= 0; i = uidl.indexOf(SEQ, i + 1)) {
            // the element reference just before: [[0,<node>],<spaces>{"seq":
            int ref = uidl.lastIndexOf(NODE, i);
            if (ref < 0) {
                continue;
            }
            int close = uidl.indexOf(']', ref);
            if (close < 0 || close > i || !onlySpacesAndComma(uidl, close + 1, i)) {
                continue;
            }
            long node = number(uidl, ref + NODE.length());
            long seq = number(uidl, i + SEQ.length());
            if (node >= 0 && seq >= 0) {
                out.add(new FrameRef((int) node, seq));
            }
        }
        return out;
    }

    private static boolean onlySpacesAndComma(String s, int from, int to) {
        int commas = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == ',') {
                commas++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return commas == 1;
    }

    /** The non-negative integer at {@code from} after optional whitespace, or -1. */
    static long number(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        long v = 0;
        int digits = 0;
        while (k < s.length() && digits < 18) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                break;
            }
            v = v * 10 + (c - '0');
            digits++;
            k++;
        }
        return digits == 0 ? -1 : v;
    }
}
