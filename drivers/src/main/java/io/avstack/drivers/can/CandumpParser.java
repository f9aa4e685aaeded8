package io.avstack.drivers.can;

/**
 * Parses lines of a SocketCAN {@code candump -l} log: {@code (1700000000.123456) can0 60B#0102030405060708}.
 * Identifiers of 3 hex digits are standard, 8 are extended; remote frames ({@code R}) and CAN FD
 * ({@code ##}) are not classic data frames and are rejected. A bad line is reported, never thrown.
 */
public final class CandumpParser {

    /** Outcome of one line. */
    public enum Result { FRAME, BLANK, MALFORMED, UNSUPPORTED }

    private CanFrame last;
    private String lastError = "";

    /** Parses {@code line}; on {@link Result#FRAME} the frame is {@link #frame()}. */
    public Result parse(String line) {
        last = null;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
            return Result.BLANK;
        }
        int close = s.indexOf(')');
        if (!s.startsWith("(") || close < 0) {
            return malformed("expected '(seconds.micros)' at the start");
        }
        long timestampNs;
        try {
            timestampNs = parseTimestampNs(s.substring(1, close));
        } catch (NumberFormatException e) {
            return malformed("bad timestamp '" + s.substring(1, close) + "'");
        }
        String[] parts = s.substring(close + 1).strip().split("\\s+");
        if (parts.length < 2) {
            return malformed("expected 'interface id#data' after the timestamp");
        }
        String frame = parts[1];
        int hash = frame.indexOf('#');
        if (hash < 0) {
            return malformed("no '#' in '" + frame + "'");
        }
        String idText = frame.substring(0, hash);
        String dataText = frame.substring(hash + 1);
        if (dataText.startsWith("#") || dataText.startsWith("R")) {
            lastError = "CAN FD or remote frame";
            return Result.UNSUPPORTED;
        }
        if ((idText.length() != 3 && idText.length() != 8) || dataText.length() % 2 != 0 || dataText.length() > 16) {
            return malformed("bad id '" + idText + "' or data '" + dataText + "'");
        }
        try {
            int id = Integer.parseUnsignedInt(idText, 16);
            byte[] data = new byte[dataText.length() / 2];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) Integer.parseInt(dataText, 2 * i, 2 * i + 2, 16);
            }
            last = new CanFrame(timestampNs, id, idText.length() == 8, data);
            return Result.FRAME;
        } catch (IllegalArgumentException e) {
            return malformed("bad id '" + idText + "' or data '" + dataText + "': " + e.getMessage());
        }
    }

    public CanFrame frame() {
        return last;
    }

    /** Why the last line was rejected. */
    public String lastError() {
        return lastError;
    }

    private Result malformed(String why) {
        lastError = why;
        return Result.MALFORMED;
    }

    private static long parseTimestampNs(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1 || text.length() - dot - 1 > 9) {
            throw new NumberFormatException(text);
        }
        long seconds = Long.parseLong(text, 0, dot, 10);
        String frac = text.substring(dot + 1);
        long fracNs = Long.parseLong(frac) * (long) Math.pow(10, 9 - frac.length());
        if (seconds < 0 || fracNs < 0) {
            throw new NumberFormatException(text);
        }
        return Math.multiplyExact(seconds, 1_000_000_000L) + fracNs;
    }
}
