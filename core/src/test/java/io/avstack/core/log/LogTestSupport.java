package io.avstack.core.log;

import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.SafetyStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Shared fixtures for the drive-log tests. */
final class LogTestSupport {

    static final String COMMAND = "avstack/ego/control/command";
    static final String STATUS = "avstack/ego/safety/status";

    /** One message to log. */
    record Input(String topic, long logTimeNs, Message message) {
    }

    private LogTestSupport() {
    }

    static ControlCommand command(int seq) {
        return new ControlCommand(Header.of("base_link", seq, seq * 1000L), seq * 0.25, -seq * 0.01);
    }

    static SafetyStatus status(int seq) {
        return new SafetyStatus(Header.of("base_link", seq, seq * 1000L), SafetyStatus.Verdict.PASS,
                "ok " + seq, SafetyStatus.DegradedMode.NONE);
    }

    /** Writes {@code inputs}; returns, per input, the file position just after its record frame. */
    static long[] write(Path path, List<Input> inputs, DriveLogOptions options) throws IOException {
        long[] ends = new long[inputs.size()];
        try (DriveLogWriter w = DriveLogWriter.create(path, DriveLogMetadata.of("unit", 7), options)) {
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i);
                w.append(in.topic(), in.logTimeNs(), in.message());
                ends[i] = w.position();
            }
        }
        return ends;
    }

    static List<LoggedRecord> readAll(DriveLogReader reader) throws IOException {
        List<LoggedRecord> out = new ArrayList<>();
        for (LoggedRecord r = reader.next(); r != null; r = reader.next()) {
            out.add(r);
        }
        return out;
    }

    static List<LoggedRecord> readAll(Path path) throws IOException {
        try (DriveLogReader reader = DriveLogReader.open(path)) {
            return readAll(reader);
        }
    }

    /** Small mixed log: commands and statuses with increasing (sometimes equal) times. */
    static List<Input> smallLog(int count) {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t = 1_000L + (i / 2) * 10L; // pairs share a time
            inputs.add(i % 3 == 2 ? new Input(STATUS, t, status(i)) : new Input(COMMAND, t, command(i)));
        }
        return inputs;
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("drivelog-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
