package io.avstack.drivers.camera;

/** Waits; injected so back-off and pacing are testable without real time. */
@FunctionalInterface
public interface Sleeper {
    void sleepNs(long ns) throws InterruptedException;

    Sleeper SYSTEM = ns -> {
        if (ns > 0) {
            Thread.sleep(ns / 1_000_000, (int) (ns % 1_000_000));
        }
    };
}
