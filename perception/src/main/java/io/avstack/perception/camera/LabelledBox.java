package io.avstack.perception.camera;

import io.avstack.core.msg.ObjectClass;
import java.util.Objects;

/**
 * A ground-truth object in an image: class, axis-aligned box in pixels (origin top-left, x right,
 * y down) and optionally its distance.
 *
 * @param distanceM range from the vehicle origin to the object, m; NaN when unknown
 */
public record LabelledBox(ObjectClass cls, double xMinPx, double yMinPx, double xMaxPx, double yMaxPx,
                          double distanceM) {
    public LabelledBox {
        Objects.requireNonNull(cls, "LabelledBox.cls");
        if (!(xMaxPx >= xMinPx) || !(yMaxPx >= yMinPx)) {
            throw new IllegalArgumentException("LabelledBox needs xMinPx <= xMaxPx and yMinPx <= yMaxPx, was ("
                    + xMinPx + ", " + yMinPx + ", " + xMaxPx + ", " + yMaxPx + ")");
        }
        if (!Double.isNaN(distanceM) && !(distanceM > 0)) {
            throw new IllegalArgumentException("LabelledBox.distanceM must be > 0 or NaN, was " + distanceM);
        }
    }

    /** A box without a known distance. */
    public static LabelledBox of(ObjectClass cls, double xMinPx, double yMinPx, double xMaxPx, double yMaxPx) {
        return new LabelledBox(cls, xMinPx, yMinPx, xMaxPx, yMaxPx, Double.NaN);
    }

    public boolean hasDistance() {
        return !Double.isNaN(distanceM);
    }

    public double widthPx() {
        return xMaxPx - xMinPx;
    }

    public double heightPx() {
        return yMaxPx - yMinPx;
    }
}
