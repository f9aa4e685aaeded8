package io.avstack.core.geom;

/** What a calibrated sensor measures; decides which calibration parts it must have. */
public enum SensorKind {
    /** Images; needs {@link CameraIntrinsics}. */
    CAMERA,
    /** 3D point clouds in its sensor frame. */
    LIDAR,
    /** Detections (range, azimuth, range-rate) in its sensor frame. */
    RADAR
}
