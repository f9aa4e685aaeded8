package io.avstack.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriveLogSeekTest {

    @TempDir
    Path dir;

    private final List<LogTestSupport.Input> inputs = LogTestSupport.smallLog(40); // times 1000..1190, pairs equal

    @Test
    void seekWithTheFooterIndexFindsTheFirstRecordAtOrAfterTheTime() throws IOException {
        Path path = dir.resolve("log.avlog");
        LogTestSupport.write(path, inputs, DriveLogOptions.DEFAULTS.withIndexEvery(3, 1_000_000_000L));
        try (DriveLogReader reader = DriveLogReader.open(path)) {
            assertThat(reader.footer()).isPresent();
            assertThat(reader.footer().get().getIndexCount()).isGreaterThan(10);
        }
        assertSeeksEverywhere(path);
    }

    @Test
    void seekWithoutAFooterScansAndFindsTheSameRecords() throws IOException {
        Path full = dir.resolve("full.avlog");
        long[] ends = LogTestSupport.write(full, inputs, DriveLogOptions.DEFAULTS.withIndexEvery(3, 1_000_000_000L));
        Path crashed = dir.resolve("crashed.avlog");
        Files.write(crashed, Arrays.copyOf(Files.readAllBytes(full), (int) ends[ends.length - 1]));
        try (DriveLogReader reader = DriveLogReader.open(crashed)) {
            assertThat(reader.footer()).isEmpty();
        }
        assertSeeksEverywhere(crashed);
    }

    @Test
    void seekHonoursTheTopicFilterAndCanGoBackwards() throws IOException {
        Path path = dir.resolve("log.avlog");
        LogTestSupport.write(path, inputs, DriveLogOptions.DEFAULTS.withIndexEvery(2, 1_000_000_000L));
        try (DriveLogReader reader = DriveLogReader.open(path)) {
            reader.filterTopics(Set.of(LogTestSupport.STATUS));
            reader.seek(1100);
            List<LoggedRecord> statuses = LogTestSupport.readAll(reader);
            assertThat(statuses).isNotEmpty().allSatisfy(r -> {
                assertThat(r.topic()).isEqualTo(LogTestSupport.STATUS);
                assertThat(r.logTimeNs()).isGreaterThanOrEqualTo(1100);
            });
            long expected = inputs.stream()
                    .filter(in -> in.topic().equals(LogTestSupport.STATUS) && in.logTimeNs() >= 1100).count();
            assertThat(statuses).hasSize((int) expected);

            reader.filterTopics(null);
            reader.seek(0);
            assertThat(LogTestSupport.readAll(reader)).hasSize(inputs.size());
            assertThat(reader.tail().kind()).isEqualTo(DriveLogTail.Kind.CLEAN);
        }
    }

    private void assertSeeksEverywhere(Path path) throws IOException {
        List<LoggedRecord> all = LogTestSupport.readAll(path);
        long last = all.get(all.size() - 1).logTimeNs();
        try (DriveLogReader reader = DriveLogReader.open(path)) {
            for (long t = 990; t <= last + 5; t++) {
                reader.seek(t);
                int first = 0;
                while (first < all.size() && all.get(first).logTimeNs() < t) {
                    first++;
                }
                assertThat(LogTestSupport.readAll(reader)).as("seek(%d)", t).isEqualTo(all.subList(first, all.size()));
            }
        }
    }
}
