package io.avstack.core.time;

/** Waits; injected so back-off and pacing are testable without real time (tests advance a manual clock). */
@FunctionalInterface
public interface Sleeper {

    /** Waits {@code ns} nanoseconds; zero or negative returns at once. */
    void sleepNs(long ns) throws InterruptedException;

    /** Thread.sleep. */
    Sleeper SYSTEM = ns -> {
        if (ns > 0) {
            Thread.sleep(ns / 1_000_000, (int) (ns % 1_000_000));
        }
    };
}
