package io.avstack.perception.camera;

import io.avstack.core.msg.Detection2D;

/**
 * A detector output: the box and the network's distance estimate.
 *
 * @param distanceM distance predicted by the log-depth head, m; NaN when the model has no depth head
 */
public record CameraDetection(Detection2D box, double distanceM) {
}
