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
 * @param covXYM2       covariance of {@code xM} and {@code yM}, m², at most {@code sqrt(varXM2 varYM2)} in
 *                      magnitude: with the variances the position's 2x2 covariance (a camera-made track's
 *                      is long along the line of sight, which the variances alone cannot say when the
 *                      line is oblique to the map axes)
 * @param covVxVyM2ps2  covariance of {@code velocity.vxMps} and {@code velocity.vyMps}, m²/s², likewise
 */
public record TrackedObject(long trackId, ObjectClass cls, double xM, double yM, double zM, double yawRad,
                            PlanarVelocity velocity, double axMps2, double ayMps2, Dimensions dims,
                            double varXM2, double varYM2, double varVxM2ps2, double varVyM2ps2,
                            double existenceProb, long ageNs, int sensorMask, double covXYM2, double covVxVyM2ps2) {

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
        covariance("TrackedObject.covXYM2", covXYM2, varXM2, varYM2);
        covariance("TrackedObject.covVxVyM2ps2", covVxVyM2ps2, varVxM2ps2, varVyM2ps2);
    }

    /** Without covariances between the axes (0): position and velocity uncertainty aligned with the map axes. */
    public TrackedObject(long trackId, ObjectClass cls, double xM, double yM, double zM, double yawRad,
            PlanarVelocity velocity, double axMps2, double ayMps2, Dimensions dims, double varXM2, double varYM2,
            double varVxM2ps2, double varVyM2ps2, double existenceProb, long ageNs, int sensorMask) {
        this(trackId, cls, xM, yM, zM, yawRad, velocity, axMps2, ayMps2, dims, varXM2, varYM2, varVxM2ps2, varVyM2ps2,
                existenceProb, ageNs, sensorMask, 0, 0);
    }

    /** Variance of the position along the unit direction (ux, uy), m²: {@code u' P u} (rounding kept >= 0). */
    public double positionVarianceAlong(double ux, double uy) {
        return Math.max(0, ux * ux * varXM2 + 2 * ux * uy * covXYM2 + uy * uy * varYM2);
    }

    /** Variance of the velocity along the unit direction (ux, uy), m²/s²: {@code u' V u} (rounding kept >= 0). */
    public double velocityVarianceAlong(double ux, double uy) {
        return Math.max(0, ux * ux * varVxM2ps2 + 2 * ux * uy * covVxVyM2ps2 + uy * uy * varVyM2ps2);
    }

    /** A covariance of a valid 2x2 covariance matrix (rounding allowed): finite, |cov| <= sqrt(var1 var2). */
    private static void covariance(String field, double cov, double var1, double var2) {
        Checks.finite(field, cov);
        double bound = Math.sqrt(var1) * Math.sqrt(var2); // not sqrt(var1 var2): no overflow
        if (Math.abs(cov) > bound * (1 + 1e-9) + 1e-12) {
            throw Checks.fail(field, "at most sqrt of the two variances' product (" + bound + ") in magnitude",
                    Double.toString(cov));
        }
    }

    /** True if {@code sensor} (one of the {@code SENSOR_*} bits) contributed to this cycle's update. */
    public boolean seenBy(int sensor) {
        return (sensorMask & sensor) != 0;
    }
}
