package io.avstack.sim.fault;

/**
 * What one fault did so far.
 *
 * @param spec        the fault's spec text
 * @param kind        its kind
 * @param messages    messages it acted on: dropped, delayed, repeated, altered
 * @param items       kind-specific: ghost detections added (ghosts), lidar points removed
 *                    (range_loss); 0 for the other kinds
 * @param unsupported messages in its window and on its topic it could not act on (e.g. glare on a
 *                    JPEG frame or on a non-camera topic); passed through unchanged
 */
public record FaultCount(String spec, FaultKind kind, long messages, long items, long unsupported) {
}
