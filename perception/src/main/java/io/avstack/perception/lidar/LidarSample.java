package io.avstack.perception.lidar;

import io.avstack.core.msg.LidarScan;
import java.util.List;
import java.util.Objects;

/**
 * One training scan: points in the vehicle frame and the boxes to find. Any source (simulator,
 * drive log, hand labels) can produce these.
 *
 * @param xyzi   4 floats per point (x, y, z in the vehicle frame, m; intensity 0..1); taken over, not copied
 * @param points number of points used from {@code xyzi}
 * @param boxes  copied on construction; may be empty
 */
public record LidarSample(float[] xyzi, int points, List<BevBox> boxes) {
    public LidarSample {
        Objects.requireNonNull(xyzi, "LidarSample.xyzi");
        if (points < 0 || (long) points * LidarScan.FLOATS_PER_POINT > xyzi.length) {
            throw new IllegalArgumentException("LidarSample.points must be in [0, " + xyzi.length / 4 + "], was "
                    + points);
        }
        boxes = List.copyOf(Objects.requireNonNull(boxes, "LidarSample.boxes"));
    }
}
