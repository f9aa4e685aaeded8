package io.avstack.fusion.detect;

import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.LidarScan;

/**
 * The lidar detector as fusion runs it: one scan in, oriented boxes out, stamped with the scan's
 * time, in the frame their header names (the lidar's calibration id, {@code base_link} or
 * {@code map}). A BEV CNN such as {@code perception.lidar.LidarDetector} plugs in with
 * {@code LidarStage.of(detector::detect, detector)}.
 */
@FunctionalInterface
public interface LidarStage extends AutoCloseable {

    Detections3D detect(LidarScan scan);

    /** Releases the model; default nothing. */
    @Override
    default void close() {
    }

    /** A stage from a detect function, closing {@code owner} (may be null) on close. */
    static LidarStage of(java.util.function.Function<LidarScan, Detections3D> detect, AutoCloseable owner) {
        return new LidarStage() {
            @Override
            public Detections3D detect(LidarScan scan) {
                return detect.apply(scan);
            }

            @Override
            public void close() {
                if (owner != null) {
                    try {
                        owner.close();
                    } catch (Exception e) {
                        throw new IllegalStateException("closing the lidar detector failed", e);
                    }
                }
            }
        };
    }
}
