package io.avstack.core.msg;

import java.util.Objects;

/**
 * One object tracked by fusion, in the frame of the enclosing {@link WorldModel}'s header.
 *
 * @param trackId       stable while the track lives; never reused within a run
 * @param xM            centre, m
 * @param yM            centre, m
 * @param zM            centre, m
 * @param yawRad        heading, counter-clockwise from x
 * @param velocity      planar velocity, m/s
 * @param axMps2        planar acceleration, m/s² (0 when the motion model has none)
 * @param ayMps2        planar acceleration, m/s²
 * @param dims          box extent, m
 * @param varXM2        variance of {@code xM}, m², {@code >= 0}
 * @param varYM2        variance of {@code yM}, m², {@code >= 0}
 * @param varVxM2ps2    variance of {@code velocity.vxMps}, m²/s², {@code >= 0}
 * @param varVyM2ps2    variance of {@code velocity.vyMps}, m²/s², {@code >= 0}
 * @param existenceProb probability that the object exists, [0, 1]
 * @param ageNs         time since the track was born, ns, {@code >= 0}
 * @param sensorMask    which sensors updated the track in this cycle: {@link #SENSOR_CAMERA} |
 *                      {@link #SENSOR_LIDAR} | {@link #SENSOR_RADAR}
 */
public record TrackedObject(long trackId, ObjectClass cls, double xM, double yM, double zM, double yawRad,
                            PlanarVelocity velocity, double axMps2, double ayMps2, Dimensions dims,
                            double varXM2, double varYM2, double varVxM2ps2, double varVyM2ps2,
                            double existenceProb, long ageNs, int sensorMask) {

    public static final int SENSOR_CAMERA = 1;
    public static final int SENSOR_LIDAR = 1 << 1;
    public static final int SENSOR_RADAR = 1 << 2;
    /** Every defined sensor bit; others are rejected. */
    public static final int SENSOR_ALL = SENSOR_CAMERA | SENSOR_LIDAR | SENSOR_RADAR;

    public TrackedObject {
        Objects.requireNonNull(cls, "TrackedObject.cls");
        Checks.finite("TrackedObject.xM", xM);
        Checks.finite("TrackedObject.yM", yM);
        Checks.finite("TrackedObject.zM", zM);
        Checks.finite("TrackedObject.yawRad", yawRad);
        Objects.requireNonNull(velocity, "TrackedObject.velocity");
        Checks.finite("TrackedObject.axMps2", axMps2);
        Checks.finite("TrackedObject.ayMps2", ayMps2);
        Objects.requireNonNull(dims, "TrackedObject.dims");
        Checks.nonNegative("TrackedObject.varXM2", varXM2);
        Checks.nonNegative("TrackedObject.varYM2", varYM2);
        Checks.nonNegative("TrackedObject.varVxM2ps2", varVxM2ps2);
        Checks.nonNegative("TrackedObject.varVyM2ps2", varVyM2ps2);
        Checks.unitInterval("TrackedObject.existenceProb", existenceProb);
        Checks.nonNegative("TrackedObject.ageNs", ageNs);
        if ((sensorMask & ~SENSOR_ALL) != 0) {
            throw Checks.fail("TrackedObject.sensorMask", "a subset of 0b111", "0x" + Integer.toHexString(sensorMask));
        }
    }

    /** True if {@code sensor} (one of the {@code SENSOR_*} bits) contributed to this cycle's update. */
    public boolean seenBy(int sensor) {
        return (sensorMask & sensor) != 0;
    }
}
