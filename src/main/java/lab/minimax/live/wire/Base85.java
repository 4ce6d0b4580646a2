package lab.minimax.live.wire;

import java.util.Arrays;

/**
 * Bytes as text in JSON, 5 characters per 4 bytes (base64 takes 5⅓): each group of 4 bytes, read
 * as a big-endian unsigned 32-bit number, is written as 5 base-85 digits, most significant first
 * (as in Ascii85). A last group of k = 1..3 bytes is padded with zero bytes and written as its
 * first k + 1 digits; the decoder pads those with the highest digit and keeps k bytes.
 * <p>
 * The 85 digits are the printable ASCII characters {@code !}..{@code ~} without the 9 that JSON or
 * HTML may escape or that delimit a JSON object ({@code " ' & < > \ ` { }}), so a string of them
 * goes through Jackson, Vaadin's UIDL and the load harness's scan unchanged, one byte each.
 * The browser's decoder is {@code decodeB85} in {@code frontend/components/lab-data.ts}.
 */
public final class Base85 {
    static final String DIGITS;
    private static final int[] VALUE = new int[128];

    static {
        StringBuilder d = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            if ("\"'&<>\\`{}".indexOf(c) < 0) {
                d.append(c);
            }
        }
        DIGITS = d.toString();
        Arrays.fill(VALUE, -1);
        for (int i = 0; i < DIGITS.length(); i++) {
            VALUE[DIGITS.charAt(i)] = i;
        }
    }

    private Base85() {
    }

    static String encode(byte[] b) {
        int full = b.length / 4;
        int rest = b.length % 4;
        char[] out = new char[full * 5 + (rest == 0 ? 0 : rest + 1)];
        char[] group = new char[5];
        int o = 0;
        for (int g = 0; g * 4 < b.length; g++) {
            long v = 0;
            for (int k = 0; k < 4; k++) {
                int i = g * 4 + k;
                v = (v << 8) | (i < b.length ? b[i] & 0xFF : 0);
            }
            for (int k = 4; k >= 0; k--) {
                group[k] = DIGITS.charAt((int) (v % 85));
                v /= 85;
            }
            int n = Math.min(5, out.length - o);
            System.arraycopy(group, 0, out, o, n);
            o += n;
        }
        return new String(out);
    }

    /** The inverse of {@link #encode}; a character outside the digits or a bad length is refused. */
    public static byte[] decode(String s) {
        int full = s.length() / 5;
        int rest = s.length() % 5;
        if (rest == 1) {
            throw new IllegalArgumentException("base85 text cannot have 5n + 1 characters, got " + s.length());
        }
        byte[] out = new byte[full * 4 + (rest == 0 ? 0 : rest - 1)];
        for (int g = 0; g * 5 < s.length(); g++) {
            long v = 0;
            for (int k = 0; k < 5; k++) {
                int i = g * 5 + k;
                v = v * 85 + (i < s.length() ? digit(s, i) : 84);
            }
            if (v > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("base85 group " + g + " exceeds 32 bits");
            }
            for (int k = 0; k < 4 && g * 4 + k < out.length; k++) {
                out[g * 4 + k] = (byte) (v >>> (24 - 8 * k));
            }
        }
        return out;
    }

    private static int digit(String s, int i) {
        char c = s.charAt(i);
        int v = c < 128 ? VALUE[c] : -1;
        if (v < 0) {
            throw new IllegalArgumentException("not a base85 digit at " + i + ": '" + c + "'");
        }
        return v;
    }
}
