package io.avstack.core.msg;

import java.util.Objects;

/**
 * One object found in an image: an axis-aligned box in pixel coordinates (origin top-left, x right,
 * y down; may extend past the image edge). Finite, with {@code xMinPx <= xMaxPx} and
 * {@code yMinPx <= yMaxPx}.
 *
 * @param score detector confidence in [0, 1]
 */
public record Detection2D(ObjectClass cls, double score,
                          double xMinPx, double yMinPx, double xMaxPx, double yMaxPx) {
    public Detection2D {
        Objects.requireNonNull(cls, "Detection2D.cls");
        Checks.unitInterval("Detection2D.score", score);
        Checks.finite("Detection2D.xMinPx", xMinPx);
        Checks.finite("Detection2D.yMinPx", yMinPx);
        Checks.finite("Detection2D.xMaxPx", xMaxPx);
        Checks.finite("Detection2D.yMaxPx", yMaxPx);
        if (xMaxPx < xMinPx) {
            throw Checks.fail("Detection2D.xMaxPx", ">= xMinPx " + xMinPx, xMaxPx);
        }
        if (yMaxPx < yMinPx) {
            throw Checks.fail("Detection2D.yMaxPx", ">= yMinPx " + yMinPx, yMaxPx);
        }
    }

    public double widthPx() {
        return xMaxPx - xMinPx;
    }

    public double heightPx() {
        return yMaxPx - yMinPx;
    }
}
