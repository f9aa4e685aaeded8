package io.avstack.drivers.can;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes CAN frames as a SocketCAN {@code candump -l} log, one line per frame:
 * {@code (1700000000.123456) can0 60B#0102030405060708} (time in seconds with 6 decimals, 3 hex
 * digits for a standard id, 8 for an extended one, upper-case data) — what {@link CandumpParser}
 * and can-utils' {@code canplayer} read. Frame times below a microsecond are truncated. Not
 * thread-safe.
 */
public final class CandumpWriter implements AutoCloseable {

    private final Writer out;
    private final String iface;
    private final StringBuilder line = new StringBuilder(64);
    private long frames;

    /** @param iface interface name written on each line, e.g. {@code can0} (no white space) */
    public CandumpWriter(Writer out, String iface) {
        this.out = Objects.requireNonNull(out, "out");
        this.iface = checkInterface(iface);
    }

    /** A new log file; fails if {@code file} exists. */
    public static CandumpWriter create(Path file, String iface) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        return new CandumpWriter(w, iface);
    }

    /** Appends {@code frame} (its time: ns since the epoch, >= 0). */
    public void write(CanFrame frame) throws IOException {
        line.setLength(0);
        append(line, frame, iface);
        line.append('\n');
        out.append(line);
        frames++;
    }

    /** Frames written so far. */
    public long frames() {
        return frames;
    }

    /** Flushes and closes the underlying writer. */
    @Override
    public void close() throws IOException {
        out.close();
    }

    /** One log line for {@code frame} on {@code iface}, without the line break. */
    public static String line(CanFrame frame, String iface) {
        StringBuilder sb = new StringBuilder(64);
        append(sb, frame, checkInterface(iface));
        return sb.toString();
    }

    private static void append(StringBuilder sb, CanFrame frame, String iface) {
        long ns = frame.timestampNs();
        if (ns < 0) {
            throw new IllegalArgumentException("candump frame time must be >= 0 ns since the epoch, was " + ns);
        }
        long micros = ns / 1_000 % 1_000_000;
        sb.append('(').append(ns / 1_000_000_000L).append('.');
        String frac = Long.toString(micros);
        sb.repeat('0', 6 - frac.length()).append(frac).append(") ").append(iface).append(' ');
        hex(sb, frame.id(), frame.extended() ? 8 : 3);
        sb.append('#');
        for (byte b : frame.data()) {
            hex(sb, b & 0xFF, 2);
        }
    }

    private static void hex(StringBuilder sb, long value, int digits) {
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            sb.append(Character.toUpperCase(Character.forDigit((int) (value >>> shift) & 0xF, 16)));
        }
    }

    private static String checkInterface(String iface) {
        Objects.requireNonNull(iface, "iface");
        if (iface.isEmpty() || iface.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("CAN interface name must be non-empty without white space, was '"
                    + iface + "'");
        }
        return iface;
    }
}
