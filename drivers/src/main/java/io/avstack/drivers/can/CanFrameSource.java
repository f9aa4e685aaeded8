package io.avstack.drivers.can;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Where CAN frames come from: a candump log ({@link CandumpSource}) or a live SocketCAN interface
 * ({@link SocketCanSource}). The drivers ({@code Ars408Driver}, {@code EgoStateDriver}) only see
 * {@link CanFrame}s, so the same driver runs on a log and on the vehicle bus:
 * {@code source.run(driver::onFrame)}.
 *
 * <p>{@link #run} delivers on the calling thread, which becomes the driver's owning thread. Frames
 * the source cannot represent (CAN FD, remote, error frames) and unreadable input are counted, never
 * thrown; an exception thrown by the sink is counted and logged (rate-limited) and the run goes on.
 */
public interface CanFrameSource extends AutoCloseable {

    /**
     * What a run saw.
     *
     * @param frames      classic data frames handed to the sink
     * @param malformed   input that could not be parsed (log lines)
     * @param unsupported well-formed input that is not a classic data frame (CAN FD, remote, error)
     * @param sinkErrors  frames whose sink threw
     */
    record Summary(long frames, long malformed, long unsupported, long sinkErrors) {
    }

    /**
     * Hands every frame to {@code sink} until the input ends (a log) or {@link #close()} is called
     * (a live interface). A source runs once.
     *
     * @throws IOException if the input cannot be read at all (file missing, interface gone)
     */
    Summary run(Consumer<CanFrame> sink) throws IOException;

    /** What is read, for logs and errors: a file path or {@code socketcan:can0}. */
    String name();

    /** Stops a {@link #run} in progress (from any thread) and releases the input. Idempotent. */
    @Override
    void close() throws IOException;
}
