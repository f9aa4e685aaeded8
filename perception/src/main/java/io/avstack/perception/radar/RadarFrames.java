package io.avstack.perception.radar;

import io.avstack.core.config.ConfigValidator;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.geom.RigidTransform;
import io.avstack.core.geom.RigidTransformc;
import org.joml.Vector3d;

/**
 * Moves {@link RadarObject}s from the radar's sensor frame into the vehicle frame with the
 * radar's mount extrinsics. Positions are transformed as points; the radial velocity and the box
 * axis as directions (so the velocity stays along the sensor's line of sight). Planar outputs
 * assume a mount without significant roll or pitch. Reuses its work vectors: one thread.
 */
public final class RadarFrames {

    private final RigidTransform sensorToVehicle;
    private final Vector3d work = new Vector3d();

    /** @param mount the radar's pose in the vehicle frame; validated ({@code ConfigException} if out of range) */
    public RadarFrames(Extrinsics mount) {
        ConfigValidator.validate(mount, "radar mount");
        this.sensorToVehicle = RigidTransform.of(mount);
    }

    public RigidTransformc sensorToVehicle() {
        return sensorToVehicle;
    }

    /** {@code o}, given in the sensor frame, expressed in the vehicle frame. */
    public RadarObject toVehicle(RadarObject o) {
        sensorToVehicle.transformPoint(o.xM(), o.yM(), o.zM(), work);
        double x = work.x;
        double y = work.y;
        double z = work.z;
        sensorToVehicle.transformPoint(o.boxXM(), o.boxYM(), o.zM(), work);
        double boxX = work.x;
        double boxY = work.y;
        sensorToVehicle.transformDirection(work.set(o.radialVxMps(), o.radialVyMps(), 0), work);
        double vx = work.x;
        double vy = work.y;
        sensorToVehicle.transformDirection(work.set(Math.cos(o.yawRad()), Math.sin(o.yawRad()), 0), work);
        double yaw = ClusterShape.halfTurn(Math.atan2(work.y, work.x));
        return new RadarObject(x, y, z, o.rangeRateMps(), vx, vy, boxX, boxY, o.lengthM(), o.widthM(), yaw,
                o.pointCount(), o.meanRcsDbsm(), o.existence());
    }
}
