package io.avstack.core.log;

import io.avstack.core.codec.CodecException;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.msg.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongFunction;

/**
 * Prints drive-log write and read throughput for 640x480 RGB8 camera frames and small control
 * commands. Not a test (no assertions, wall-clock timing is the point): run it with
 * {@code java -cp <core test classpath> io.avstack.core.log.DriveLogBench [dir]}; see docs/DRIVELOG.md.
 * Reads hit the page cache (the file was just written), so they measure CPU cost, not the disk.
 */
public final class DriveLogBench {

    private DriveLogBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("drivelog-bench");
        byte[] pixels = new byte[640 * 480 * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 31);
        }
        System.out.println("| workload | records | file MB | write MB/s | write rec/s | read MB/s | read rec/s | read+decode rec/s |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int round = 0; round < 2; round++) { // first round warms up the JIT; print the second
            run(dir, "camera 640x480 RGB8", 300, 33_333_333L,
                    i -> new CameraFrame(Header.of("camera_front", i, i), 640, 480, ImageEncoding.RGB8, "front", pixels),
                    round == 1);
            run(dir, "control command (~40 B)", 1_000_000, 1_000_000L,
                    i -> new ControlCommand(Header.of("base_link", i, i), i * 0.001, 0.01), round == 1);
        }
    }

    private static void run(Path dir, String name, int count, long periodNs, LongFunction<Message> messages,
                            boolean print) throws IOException, CodecException {
        Path path = dir.resolve("bench.avlog");
        Files.deleteIfExists(path);
        long t0 = System.nanoTime();
        try (DriveLogWriter w = DriveLogWriter.create(path, DriveLogMetadata.of("bench", 0))) {
            for (int i = 0; i < count; i++) {
                w.append("avstack/ego/bench", i * periodNs, messages.apply(i));
            }
        } // includes footer and fsync
        long writeNs = System.nanoTime() - t0;
        double mb = Files.size(path) / 1e6;

        t0 = System.nanoTime();
        long read = 0;
        try (DriveLogReader r = DriveLogReader.open(path)) {
            while (r.next() != null) {
                read++;
            }
        }
        long readNs = System.nanoTime() - t0;

        t0 = System.nanoTime();
        try (DriveLogReader r = DriveLogReader.open(path)) {
            for (LoggedRecord rec = r.next(); rec != null; rec = r.next()) {
                rec.decode();
            }
        }
        long decodeNs = System.nanoTime() - t0;
        Files.delete(path);
        if (print) {
            System.out.printf("| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f |%n", name, read, mb,
                    mb / (writeNs / 1e9), count / (writeNs / 1e9), mb / (readNs / 1e9), read / (readNs / 1e9),
                    read / (decodeNs / 1e9));
        }
    }
}
