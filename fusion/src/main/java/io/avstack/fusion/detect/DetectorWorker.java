package io.avstack.fusion.detect;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A detector on its own thread with a one-slot, latest-wins input: {@link #offer} never blocks; a
 * frame still waiting when a newer one arrives is dropped and counted, so slow inference skips
 * stale frames instead of queueing them. The work function's exceptions are counted and logged
 * (rate-limited); the thread never dies of one.
 *
 * @param <F> frame type
 */
public final class DetectorWorker<F> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DetectorWorker.class);
    private static final long LOG_EVERY = 100;

    private final String name;
    private final Consumer<F> work;
    private final Thread thread;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private F pending; // guarded by this
    private boolean running = true; // guarded by this

    /** Starts the thread. */
    public DetectorWorker(String name, Consumer<F> work) {
        this.name = Objects.requireNonNull(name, "name");
        this.work = Objects.requireNonNull(work, "work");
        this.thread = new Thread(this::loop, "fusion-detector-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands a frame to the worker; replaces (and counts as dropped) one not yet taken. */
    public synchronized void offer(F frame) {
        if (!running) {
            return;
        }
        if (pending != null) {
            dropped.incrementAndGet();
        }
        pending = frame;
        notifyAll();
    }

    /** Frames run through the detector. */
    public long processed() {
        return processed.get();
    }

    /** Frames replaced by a newer one before the detector got to them. */
    public long dropped() {
        return dropped.get();
    }

    /** Frames whose detection threw. */
    public long failures() {
        return failures.get();
    }

    private void loop() {
        while (true) {
            F frame;
            synchronized (this) {
                while (pending == null && running) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (!running) {
                    return;
                }
                frame = pending;
                pending = null;
            }
            try {
                work.accept(frame);
                processed.incrementAndGet();
            } catch (RuntimeException e) {
                long n = failures.incrementAndGet();
                if (n == 1 || n % LOG_EVERY == 0) {
                    LOG.warn("{} detector failed ({} so far)", name, n, e);
                }
            }
        }
    }

    /** Stops the thread after the frame in progress (waits up to 5 s). Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            running = false;
            pending = null;
            notifyAll();
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
