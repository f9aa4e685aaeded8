package io.avstack.vehicle.run;

import io.avstack.core.time.Clock;
import io.avstack.safety.node.SafetyNode;

/**
 * Steps a {@link SafetyNode} every period from its own daemon thread, in addition to the steps its
 * inputs trigger, so silence (no input at all) is noticed. {@link SafetyNode#step} never throws and
 * serialises cycles, so the two kinds of steps may interleave.
 */
final class SafetyTimer implements AutoCloseable {

    private final SafetyNode safety;
    private final Clock clock;
    private final long periodMs;
    private volatile boolean running;
    private Thread thread;

    SafetyTimer(SafetyNode safety, Clock clock, long periodMs) {
        this.safety = safety;
        this.clock = clock;
        this.periodMs = periodMs;
    }

    SafetyTimer start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("safety-timer").start(() -> {
            while (running) {
                safety.step(clock.nowNs());
                try {
                    Thread.sleep(periodMs);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        return this;
    }

    @Override
    public void close() {
        running = false;
        Threads.interruptAndJoin(thread);
    }
}
