package com.consentlens.ui.model;

/** The classic 16-bytes-a-line hex view (offset, hex, printable ASCII), for binary bodies and exact evidence. */
public final class HexDump {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private HexDump() {
    }

    /** Formats at most {@code limit} bytes; a longer input ends with a line saying how much was left out. */
    public static String format(byte[] bytes, int limit) {
        int n = Math.min(bytes.length, limit);
        StringBuilder out = new StringBuilder(n * 5);
        for (int line = 0; line < n; line += 16) {
            out.append(String.format("%08x  ", line));
            for (int i = 0; i < 16; i++) {
                if (line + i < n) {
                    int b = bytes[line + i] & 0xff;
                    out.append(DIGITS[b >> 4]).append(DIGITS[b & 15]).append(' ');
                } else {
                    out.append("   ");
                }
                if (i == 7) {
                    out.append(' ');
                }
            }
            out.append(" |");
            for (int i = line; i < Math.min(line + 16, n); i++) {
                int b = bytes[i] & 0xff;
                out.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            out.append("|\n");
        }
        if (bytes.length > n) {
            out.append("… ").append(bytes.length - n).append(" more bytes\n");
        }
        return out.toString();
    }
}
