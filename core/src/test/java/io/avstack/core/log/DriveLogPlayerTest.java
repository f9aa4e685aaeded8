package io.avstack.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.codec.ProtoCodec;
import io.avstack.core.msg.Message;
import io.avstack.core.time.ManualClock;
import io.avstack.core.time.Sleeper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriveLogPlayerTest {

    /** What a subscriber saw: topic, message and the player's clock at delivery. */
    record Seen(String topic, Message message, long clockNs) {
    }

    @TempDir
    Path dir;

    private final List<LogTestSupport.Input> inputs = LogTestSupport.smallLog(30);
    private final ManualClock clock = new ManualClock(1_000_000);
    private final List<Long> sleepsNs = new ArrayList<>();
    private final Sleeper sleeper = ns -> {
        sleepsNs.add(ns);
        clock.advanceNs(ns);
    };

    @Test
    void fastPlaybackRepublishesEveryMessageIdenticallyWithoutSleeping() throws Exception {
        Path path = writeLog();
        List<Seen> seen = new ArrayList<>();
        DriveLogPlayer.Result result = play(path, DriveLogPlayer.Options.AS_FAST_AS_POSSIBLE, seen);

        assertThat(result.published()).isEqualTo(inputs.size());
        assertThat(result.undecodable()).isZero();
        assertThat(result.rejected()).isZero();
        assertThat(result.tail().kind()).isEqualTo(DriveLogTail.Kind.CLEAN);
        assertThat(sleepsNs).isEmpty();
        assertThat(seen).hasSameSizeAs(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(seen.get(i).topic()).isEqualTo(inputs.get(i).topic());
            assertThat(ProtoCodec.INSTANCE.encode(seen.get(i).message()))
                    .isEqualTo(ProtoCodec.INSTANCE.encode(inputs.get(i).message()));
        }
    }

    @Test
    void recordedSpeedPublishesEachMessageAtItsRecordedOffsetOnTheInjectedClock() throws Exception {
        Path path = writeLog();
        List<Seen> seen = new ArrayList<>();
        long startNs = clock.nowNs();
        play(path, DriveLogPlayer.Options.REAL_TIME, seen);

        long firstLogNs = inputs.get(0).logTimeNs();
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(seen.get(i).clockNs()).as("message %d", i)
                    .isEqualTo(startNs + inputs.get(i).logTimeNs() - firstLogNs);
        }
        assertThat(sleepsNs).allSatisfy(ns -> assertThat(ns).isPositive());
        assertThat(sleepsNs.stream().mapToLong(Long::longValue).sum())
                .isEqualTo(inputs.get(inputs.size() - 1).logTimeNs() - firstLogNs);
    }

    @Test
    void doubleSpeedHalvesTheGapsAndStartTimeAndTopicsRestrictThePlayback() throws Exception {
        Path path = writeLog();
        List<Seen> seen = new ArrayList<>();
        long startNs = clock.nowNs();
        long fromNs = 1_080;
        play(path, new DriveLogPlayer.Options(fromNs, List.of(LogTestSupport.COMMAND), 2.0), seen);

        List<LogTestSupport.Input> expected = inputs.stream()
                .filter(in -> in.logTimeNs() >= fromNs && in.topic().equals(LogTestSupport.COMMAND)).toList();
        assertThat(seen).hasSameSizeAs(expected);
        long firstLogNs = expected.get(0).logTimeNs();
        for (int i = 0; i < expected.size(); i++) {
            assertThat(seen.get(i).message()).isEqualTo(expected.get(i).message());
            assertThat(seen.get(i).clockNs()).isEqualTo(startNs + (expected.get(i).logTimeNs() - firstLogNs) / 2);
        }
    }

    @Test
    void aTopicTheBusDoesNotKnowIsCountedAndSkipped() throws Exception {
        Path path = dir.resolve("foreign.avlog");
        try (DriveLogWriter w = DriveLogWriter.create(path, DriveLogMetadata.EMPTY)) {
            w.append("avstack/other/control/command", 1, LogTestSupport.command(1));
            w.append(LogTestSupport.COMMAND, 2, LogTestSupport.command(2));
        }
        List<Seen> seen = new ArrayList<>();
        DriveLogPlayer.Result result = play(path, DriveLogPlayer.Options.AS_FAST_AS_POSSIBLE, seen);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.published()).isEqualTo(1);
        assertThat(seen).extracting(Seen::message).containsExactly(LogTestSupport.command(2));
    }

    private Path writeLog() throws IOException {
        Path path = dir.resolve("play.avlog");
        LogTestSupport.write(path, inputs, DriveLogOptions.DEFAULTS.withIndexEvery(4, 1_000_000_000L));
        return path;
    }

    private DriveLogPlayer.Result play(Path path, DriveLogPlayer.Options options, List<Seen> seen) throws Exception {
        try (InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
             DriveLogReader reader = DriveLogReader.open(path)) {
            bus.subscribe("avstack/#", (topic, m) -> seen.add(new Seen(topic, m, clock.nowNs())));
            return new DriveLogPlayer(bus, clock, sleeper).play(reader, options);
        }
    }
}
