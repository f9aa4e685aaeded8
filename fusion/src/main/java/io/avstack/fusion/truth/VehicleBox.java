package io.avstack.fusion.truth;

import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.Pose;

/**
 * An object's box in the vehicle frame (standing on the ground z = 0), from ground truth in the
 * world frame and the true ego pose.
 *
 * @param xM     centre, m
 * @param yM     centre, m
 * @param yawRad heading of the length axis, rad
 */
record VehicleBox(long id, ObjectClass cls, double xM, double yM, double yawRad, double lengthM, double widthM,
                  double heightM) {

    static VehicleBox of(GroundTruthObject o, Pose ego) {
        double dx = o.pose().xM() - ego.xM();
        double dy = o.pose().yM() - ego.yM();
        double c = Math.cos(ego.yawRad());
        double s = Math.sin(ego.yawRad());
        return new VehicleBox(o.actorId(), o.cls(), c * dx + s * dy, -s * dx + c * dy,
                o.pose().yawRad() - ego.yawRad(), o.dims().lengthM(), o.dims().widthM(), o.dims().heightM());
    }

    /** Corner {@code k} (0..7) of the box: bit 0 length sign, bit 1 width sign, bit 2 top. Writes x, y, z into dest[0..2]. */
    void corner(int k, double[] dest) {
        double l = ((k & 1) == 0 ? 0.5 : -0.5) * lengthM;
        double w = ((k & 2) == 0 ? 0.5 : -0.5) * widthM;
        double c = Math.cos(yawRad);
        double s = Math.sin(yawRad);
        dest[0] = xM + c * l - s * w;
        dest[1] = yM + s * l + c * w;
        dest[2] = (k & 4) == 0 ? 0.0 : heightM;
    }
}
