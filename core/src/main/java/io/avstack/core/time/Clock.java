package io.avstack.core.time;

/**
 * The only source of time in avstack. Code reads it once per cycle and passes {@code nowNs} down;
 * simulation and replay inject a {@link ManualClock} so runs are deterministic.
 */
@FunctionalInterface
public interface Clock {

    /** Current time in ns. Monotonic non-decreasing for a given clock; epoch is clock-specific. */
    long nowNs();
}
