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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real writer process killed with SIGKILL mid-write: every record it reported flushed must read
 * back intact, and nothing corrupt may be returned.
 */
class DriveLogCrashSystemTest {

    /** Kill once the child has reported at least this many records flushed. */
    private static final long KILL_AFTER_RECORDS = 3_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyRecordReportedFlushedSurvivesSigkill() throws Exception {
        Path log = dir.resolve("crash.avlog");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingWriterMain.class.getName(), log.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); reported < KILL_AFTER_RECORDS; line = out.readLine()) {
                if (line == null || line.equals("done")) {
                    fail("child ended or finished before being killed; last reported " + reported);
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
