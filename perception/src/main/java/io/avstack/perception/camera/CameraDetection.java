package io.avstack.perception.camera;

import io.avstack.core.msg.Detection2D;

/**
 * A detector output: the box and the network's distance estimate.
 *
 * @param distanceM distance predicted by the log-depth head, m (meaningful only for weights trained
 *                  with distances; {@link GroundPlaneRanger} gives a geometric estimate)
 */
public record CameraDetection(Detection2D box, double distanceM) {
}
