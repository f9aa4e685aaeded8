package io.avstack.system.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.avstack.core.codec.ProtoCodec;
import io.avstack.core.log.DriveLogReader;
import io.avstack.core.log.DriveLogTail;
import io.avstack.core.log.LoggedRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real writer process killed with SIGKILL mid-write: every record it reported flushed must read
 * back intact, and nothing corrupt may be returned.
 */
class DriveLogCrashSystemTest {

    @TempDir
    Path dir;

    /** Kills the child once it has reported at least {@code killAfterRecords} records flushed. */
    @ParameterizedTest(name = "kill after {0} records, {1}-byte buffer")
    @CsvSource({"1, 1048576", "3000, 1048576", "20000, 1024"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyRecordReportedFlushedSurvivesSigkill(long killAfterRecords, int bufferBytes) throws Exception {
        Path log = dir.resolve("crash.avlog");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingWriterMain.class.getName(), log.toString(),
                String.valueOf(bufferBytes))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); reported < killAfterRecords; line = out.readLine()) {
                if (line == null || line.equals("done")) {
                    fail("child ended or finished before being killed (its stderr is above); last reported " + reported);
                }
                reported = Long.parseLong(line.substring("flushed ".length()));
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

        long read = 0;
        try (DriveLogReader reader = DriveLogReader.open(log)) {
            assertThat(reader.footer()).isEmpty();
            for (LoggedRecord r = reader.next(); r != null; r = reader.next(), read++) {
                assertThat(r.topic()).isEqualTo(CrashingWriterMain.topic(read));
                assertThat(r.logTimeNs()).isEqualTo(read * 1_000_000L);
                assertThat(r.envelope()).isEqualTo(ProtoCodec.INSTANCE.encode(CrashingWriterMain.message(read)));
                assertThat(r.decode()).isEqualTo(CrashingWriterMain.message(read));
            }
            DriveLogTail tail = reader.tail();
            assertThat(tail.kind()).as(tail.reason()).isIn(DriveLogTail.Kind.END_OF_FILE, DriveLogTail.Kind.TRUNCATED);
            System.out.printf("crash test: child reported %d flushed, reader found %d intact records; tail %s%n",
                    reported, read, tail);
        }
        assertThat(read).isGreaterThanOrEqualTo(reported);
    }
}
