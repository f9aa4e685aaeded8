package io.avstack.perception.lidar;

import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.ObjectClass;
import java.util.Objects;

/**
 * An object's box seen from above, in the vehicle frame: class, centre, length along the yaw
 * direction, width across it, height (the box stands on the ground) and yaw. Used for labels and
 * for matching detections.
 *
 * @param yawRad heading of the length axis, counter-clockwise from x; a box and the same box turned
 *               by pi are the same shape
 */
public record BevBox(ObjectClass cls, double xM, double yM, double lengthM, double widthM, double heightM,
                     double yawRad) {
    public BevBox {
        Objects.requireNonNull(cls, "BevBox.cls");
        if (!(lengthM > 0) || !(widthM > 0) || !(heightM >= 0) || !Double.isFinite(lengthM + widthM + heightM)) {
            throw new IllegalArgumentException("BevBox needs lengthM > 0, widthM > 0, heightM >= 0 (finite), was "
                    + lengthM + ", " + widthM + ", " + heightM);
        }
        if (!Double.isFinite(xM) || !Double.isFinite(yM) || !Double.isFinite(yawRad)) {
            throw new IllegalArgumentException("BevBox needs a finite centre and yaw, was (" + xM + ", " + yM + "), "
                    + yawRad);
        }
    }

    /** The footprint of a 3-D detection. */
    public static BevBox of(Detection3D d) {
        return new BevBox(d.cls(), d.xM(), d.yM(), Math.max(1e-3, d.dims().lengthM()),
                Math.max(1e-3, d.dims().widthM()), d.dims().heightM(), d.yawRad());
    }

    /** Horizontal distance of the centre from the vehicle origin, m. */
    public double rangeM() {
        return Math.hypot(xM, yM);
    }

    /** Rotated bird's-eye-view IoU with another box (classes are not compared). */
    public double iou(BevBox o) {
        return BevIou.iou(xM, yM, lengthM, widthM, yawRad, o.xM, o.yM, o.lengthM, o.widthM, o.yawRad);
    }

    /** True when (x, y) lies inside this footprint grown by {@code marginM} on every side. */
    public boolean contains(double x, double y, double marginM) {
        double c = Math.cos(yawRad);
        double s = Math.sin(yawRad);
        double dx = x - xM;
        double dy = y - yM;
        double along = c * dx + s * dy;
        double across = -s * dx + c * dy;
        return Math.abs(along) <= lengthM / 2 + marginM && Math.abs(across) <= widthM / 2 + marginM;
    }
}
