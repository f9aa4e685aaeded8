package io.avstack.core.msg;

import java.util.Objects;
import java.util.Optional;

/**
 * One object found in 3-D (lidar or fused): an oriented box in the frame of the enclosing header.
 *
 * @param score    detector confidence in [0, 1]
 * @param xM       box centre, m
 * @param yM       box centre, m
 * @param zM       box centre, m
 * @param dims     box extent, m
 * @param yawRad   heading of the box's length axis, counter-clockwise from x
 * @param velocity estimated planar velocity, m/s; empty when the detector does not estimate it
 */
public record Detection3D(ObjectClass cls, double score, double xM, double yM, double zM,
                          Dimensions dims, double yawRad, Optional<PlanarVelocity> velocity) {
    public Detection3D {
        Objects.requireNonNull(cls, "Detection3D.cls");
        Checks.unitInterval("Detection3D.score", score);
        Checks.finite("Detection3D.xM", xM);
        Checks.finite("Detection3D.yM", yM);
        Checks.finite("Detection3D.zM", zM);
        Objects.requireNonNull(dims, "Detection3D.dims");
        Checks.finite("Detection3D.yawRad", yawRad);
        Objects.requireNonNull(velocity, "Detection3D.velocity");
    }
}
