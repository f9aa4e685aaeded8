package io.avstack.core.log;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.RateLimitedLog;
import io.avstack.core.codec.CodecException;
import io.avstack.core.msg.Message;
import io.avstack.core.time.Clock;
import io.avstack.core.time.ReplayPacer;
import io.avstack.core.time.Sleeper;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * Publishes a drive log onto a bus: just another publisher. Either as fast as possible or paced at
 * {@code speed} times the recorded rate against an injected clock and sleeper, so pacing is tested
 * with a {@link io.avstack.core.time.ManualClock} and no wall-clock time.
 *
 * <p>A record that does not decode, or that the bus rejects (unregistered topic, wrong type), is
 * counted and logged (rate-limited) and playback goes on.
 */
public final class DriveLogPlayer {

    /**
     * @param startTimeNs first log time to play; {@link Long#MIN_VALUE} plays from the beginning
     * @param topics      topics to play; empty: all
     * @param speed       0: as fast as possible; otherwise the factor on recorded speed (1 = real time)
     */
    public record Options(long startTimeNs, List<String> topics, double speed) {
        public static final Options AS_FAST_AS_POSSIBLE = new Options(Long.MIN_VALUE, List.of(), 0.0);
        public static final Options REAL_TIME = new Options(Long.MIN_VALUE, List.of(), 1.0);

        public Options {
            topics = List.copyOf(topics);
            ReplayPacer.requireSpeed(speed);
        }

        public Options from(long timeNs) {
            return new Options(timeNs, topics, speed);
        }

        public Options onlyTopics(Collection<String> names) {
            return new Options(startTimeNs, List.copyOf(names), speed);
        }
    }

    /**
     * @param published   records published
     * @param undecodable records skipped because their envelope did not decode
     * @param rejected    records the bus refused
     * @param tail        how the log ended
     */
    public record Result(long published, long undecodable, long rejected, DriveLogTail tail) {
    }

    private final Bus bus;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RateLimitedLog errors = new RateLimitedLog(LoggerFactory.getLogger(DriveLogPlayer.class));

    public DriveLogPlayer(Bus bus, Clock clock, Sleeper sleeper) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Plays {@code reader} from its current position (after seeking to the start time) to its end. */
    public Result play(DriveLogReader reader, Options options) throws IOException, InterruptedException {
        reader.filterTopics(options.topics());
        if (options.startTimeNs() != Long.MIN_VALUE) {
            reader.seek(options.startTimeNs());
        }
        long published = 0;
        long undecodable = 0;
        long rejected = 0;
        ReplayPacer pacer = new ReplayPacer(clock, sleeper, options.speed());
        for (LoggedRecord r = reader.next(); r != null; r = reader.next()) {
            pacer.awaitDue(r.logTimeNs());
            Message message;
            try {
                message = r.decode();
            } catch (CodecException e) {
                undecodable++;
                errors.error("drive log " + reader.path() + ": undecodable record at byte " + r.offset(), e);
                continue;
            }
            try {
                bus.publish(r.topic(), message);
                published++;
            } catch (IllegalArgumentException e) {
                rejected++;
                errors.error("drive log " + reader.path() + ": bus rejected record at byte " + r.offset(), e);
            }
        }
        return new Result(published, undecodable, rejected, reader.tail());
    }
}
