package io.avstack.core.geom;

import io.avstack.core.config.Range;

/**
 * Pose of a sensor frame in the vehicle frame (see the package doc for axes and angle order):
 * where the sensor is mounted and where it points. Bounds catch typos such as degrees written
 * where radians are expected, or millimetres for metres.
 *
 * @param xM forward of the rear axle centre, m
 * @param yM left of the vehicle centre line, m
 * @param zM above the ground, m
 * @param rollRad about the vehicle x axis, rad
 * @param pitchRad about the y axis, rad; positive looks down
 * @param yawRad about the z axis, rad; positive looks left, pi looks backwards
 */
public record Extrinsics(
        @Range(min = -50, max = 50) double xM,
        @Range(min = -50, max = 50) double yM,
        @Range(min = -10, max = 10) double zM,
        @Range(min = -Math.PI, max = Math.PI) double rollRad,
        @Range(min = -Math.PI / 2, max = Math.PI / 2) double pitchRad,
        @Range(min = -Math.PI, max = Math.PI) double yawRad) {

    /** A sensor at the vehicle origin, aligned with the vehicle axes. */
    public static final Extrinsics IDENTITY = new Extrinsics(0, 0, 0, 0, 0, 0);
}
