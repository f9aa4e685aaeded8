package io.avstack.core.msg;

import java.util.List;
import java.util.Objects;

/**
 * The simulator's ground truth at one tick: for metrics and detector training, never an input to
 * the stack under test.
 *
 * @param header       {@code frameId} is {@code "map"}
 * @param egoPose      pose of the ego's rear-axle centre
 * @param egoSpeedMps  ego longitudinal speed, m/s
 * @param objects      every actor in the scene; copied on construction
 */
public record GroundTruth(Header header, Pose egoPose, double egoSpeedMps, List<GroundTruthObject> objects)
        implements Message {
    public GroundTruth {
        Objects.requireNonNull(header, "GroundTruth.header");
        Objects.requireNonNull(egoPose, "GroundTruth.egoPose");
        Checks.finite("GroundTruth.egoSpeedMps", egoSpeedMps);
        objects = List.copyOf(Objects.requireNonNull(objects, "GroundTruth.objects"));
    }
}
