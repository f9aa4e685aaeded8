package io.avstack.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.codec.CodecException;
import io.avstack.core.msg.Message;
import io.avstack.core.time.ManualClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriveLogRecorderTest {

    @TempDir
    Path dir;

    private final TopicRegistry registry = TopicRegistry.standard("ego");

    @Test
    void synchronousBusCapturesEveryPublishInOrderWithClockTimes() throws IOException, CodecException {
        Path path = dir.resolve("rec.avlog");
        ManualClock clock = new ManualClock(5_000);
        List<LogTestSupport.Input> published = new ArrayList<>();
        try (InProcessBus bus = InProcessBus.synchronous(registry)) {
            DriveLogRecorder recorder = DriveLogRecorder.start(bus, "avstack/#",
                    DriveLogWriter.create(path, DriveLogMetadata.of("rec", 1)), clock);
            for (int i = 0; i < 200; i++) {
                clock.advanceNs(i % 4 == 0 ? 0 : 1_000_000);
                boolean status = i % 5 == 0;
                String topic = status ? LogTestSupport.STATUS : LogTestSupport.COMMAND;
                Message m = status ? LogTestSupport.status(i) : LogTestSupport.command(i);
                bus.publish(topic, m);
                published.add(new LogTestSupport.Input(topic, clock.nowNs(), m));
            }
            assertThat(recorder.recorded()).isEqualTo(200);
            assertThat(recorder.dropped()).isZero();
            assertThat(recorder.writeErrors()).isZero();
            recorder.close();
            bus.publish(LogTestSupport.COMMAND, LogTestSupport.command(999)); // after close: not recorded
        }
        List<LoggedRecord> read = LogTestSupport.readAll(path);
        assertThat(read).hasSize(published.size());
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).topic()).isEqualTo(published.get(i).topic());
            assertThat(read.get(i).logTimeNs()).isEqualTo(published.get(i).logTimeNs());
            assertThat(read.get(i).decode()).isEqualTo(published.get(i).message());
        }
    }

    @Test
    void asynchronousBusRecordsOnItsOwnThread() throws IOException, InterruptedException {
        Path path = dir.resolve("async.avlog");
        ManualClock clock = new ManualClock();
        CountDownLatch seen = new CountDownLatch(50);
        long recorded;
        try (InProcessBus bus = InProcessBus.asynchronous(registry)) {
            DriveLogRecorder recorder = DriveLogRecorder.start(bus, "avstack/ego/safety/#",
                    DriveLogWriter.create(path, DriveLogMetadata.EMPTY), clock);
            bus.subscribe(LogTestSupport.STATUS, (t, m) -> seen.countDown());
            for (int i = 0; i < 50; i++) {
                bus.publish(LogTestSupport.STATUS, LogTestSupport.status(i));
                bus.publish(LogTestSupport.COMMAND, LogTestSupport.command(i)); // not matched by the filter
            }
            assertThat(seen.await(10, TimeUnit.SECONDS)).isTrue();
            // Closing a subscription discards what is still queued, so wait for the recorder's queue.
            long deadlinePolls = 2_000;
            while (recorder.recorded() + recorder.dropped() < 50 && deadlinePolls-- > 0) {
                Thread.sleep(5);
            }
            assertThat(recorder.recorded() + recorder.dropped()).isEqualTo(50);
            recorder.close();
            recorded = recorder.recorded();
        }
        List<LoggedRecord> read = LogTestSupport.readAll(path);
        assertThat(read).hasSize((int) recorded)
                .allSatisfy(r -> assertThat(r.topic()).isEqualTo(LogTestSupport.STATUS));
    }

    @Test
    void whatAFullQueueDropsIsCounted() throws Exception {
        Path path = dir.resolve("drops.avlog");
        CountDownLatch inClock = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The recorder reads the clock on its delivery thread: blocking it there stalls the recorder.
        io.avstack.core.time.Clock stallingClock = () -> {
            inClock.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0L;
        };
        try (InProcessBus bus = InProcessBus.asynchronous(registry)) {
            DriveLogRecorder recorder = DriveLogRecorder.start(bus, LogTestSupport.STATUS, 2,
                    DriveLogWriter.create(path, DriveLogMetadata.EMPTY), stallingClock);
            bus.publish(LogTestSupport.STATUS, LogTestSupport.status(0));
            assertThat(inClock.await(10, TimeUnit.SECONDS)).isTrue(); // message 0 is being recorded
            for (int i = 1; i <= 9; i++) {
                bus.publish(LogTestSupport.STATUS, LogTestSupport.status(i)); // queue of 2: 7 dropped
            }
            assertThat(recorder.dropped()).isEqualTo(7);
            release.countDown();
            long polls = 2_000;
            while (recorder.recorded() < 3 && polls-- > 0) {
                Thread.sleep(5);
            }
            assertThat(recorder.recorded()).isEqualTo(3);
            recorder.close();
        }
        assertThat(LogTestSupport.readAll(path)).extracting(r -> r.decode().header().seq())
                .containsExactly(0L, 8L, 9L); // the oldest queued messages were dropped
    }

    @Test
    void aWriteFailureIsCountedNotThrownIntoTheBus() throws IOException {
        Path path = dir.resolve("fail.avlog");
        ManualClock clock = new ManualClock(100);
        DriveLogWriter writer = DriveLogWriter.create(path, DriveLogMetadata.EMPTY);
        try (InProcessBus bus = InProcessBus.synchronous(registry);
             DriveLogRecorder recorder = DriveLogRecorder.start(bus, "avstack/#", writer, () -> clock.nowNs())) {
            writer.append(LogTestSupport.COMMAND, 1_000, LogTestSupport.command(0)); // later than the clock
            bus.publish(LogTestSupport.COMMAND, LogTestSupport.command(1)); // time would go backwards
            assertThat(recorder.writeErrors()).isEqualTo(1);
            assertThat(recorder.recorded()).isZero();
        }
    }
}
