package io.avstack.core.map;

/**
 * A traffic light whose state is a pure function of simulation time, so a run is reproducible.
 * Implementations are immutable and thread-safe.
 */
public interface TrafficLight {

    /** Identifier from the road description, unique per road. */
    String id();

    /** The state at simulation time {@code simTimeNs} (ns since the start of the run; may be negative). */
    LightState state(long simTimeNs);

    /** Converts seconds from a road file to whole nanoseconds, so phase arithmetic is exact. */
    static long secondsToNs(double seconds) {
        return Math.round(seconds * 1e9);
    }
}
