package lab.minimax.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The few numbers the load harness reads from a UIDL message, found with {@link String#indexOf}
 * (a vectorised intrinsic) instead of regular expressions: a frame message is ~30 KB of base64,
 * and the harness shares the server's cores, so scanning it three times with a regex cost more
 * CPU than everything else the harness does. It also reads which layers a frame carries and its
 * size, so that the harness counts only whole frames of a new step and reports bytes per frame.
 */
final class UidlScan {
    private static final String SYNC = "\"syncId\":";
    private static final String STEP = "\"value\":\"step ";
    private static final String SEQ = "{\"seq\":";
    private static final String NODE = "[[0,";

    /**
     * A frame call {@code setFrame} on element {@code node} with frame number {@code seq}; the
     * frame object is {@code uidl[start, end)} (its characters are its bytes: the frame is ASCII).
     */
    record FrameRef(int node, long seq, int start, int end) {
        /** The frame object's size in bytes. */
        int bytes() {
            return end - start;
        }
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
            // the frame object holds strings of base64, numbers and arrays of numbers: no nested object
            int end = uidl.indexOf('}', i);
            if (node >= 0 && seq >= 0 && end > i) {
                out.add(new FrameRef((int) node, seq, i, end + 1));
            }
        }
        return out;
    }

    /** Whether frame {@code f} carries every one of {@code keys} as a non-empty string ({@code "key":"x…"}). */
    static boolean carries(String uidl, FrameRef f, List<String> keys) {
        for (String key : keys) {
            String open = "\"" + key + "\":\"";
            int k = uidl.indexOf(open, f.start());
            if (k < 0 || k + open.length() >= f.end() || uidl.charAt(k + open.length()) == '"') {
                return false;
            }
        }
        return true;
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
