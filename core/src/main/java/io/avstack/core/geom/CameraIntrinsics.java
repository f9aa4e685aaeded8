package io.avstack.core.geom;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;

/**
 * Pinhole intrinsics with Brown-Conrady distortion, in OpenCV's conventions and order
 * (k1, k2, p1, p2, k3), so values from {@code cv::calibrateCamera} can be copied in. Pixel
 * coordinates put (0, 0) at the centre of the top-left pixel, u to the right, v down.
 *
 * @param widthPx image width, px
 * @param heightPx image height, px
 * @param fxPx focal length in pixels along u
 * @param fyPx focal length in pixels along v
 * @param cxPx principal point u, px; within [0, widthPx]
 * @param cyPx principal point v, px; within [0, heightPx]
 * @param k1 radial distortion, r^2 term (0 for an ideal lens)
 * @param k2 radial distortion, r^4 term
 * @param p1 tangential distortion
 * @param p2 tangential distortion
 * @param k3 radial distortion, r^6 term
 */
public record CameraIntrinsics(
        @Range(min = 1, max = 16384) int widthPx,
        @Range(min = 1, max = 16384) int heightPx,
        @Range(min = 1, max = 1e6) double fxPx,
        @Range(min = 1, max = 1e6) double fyPx,
        @Range(min = 0, max = 16384) double cxPx,
        @Range(min = 0, max = 16384) double cyPx,
        @Range(min = -10, max = 10) double k1,
        @Range(min = -10, max = 10) double k2,
        @Range(min = -1, max = 1) double p1,
        @Range(min = -1, max = 1) double p2,
        @Range(min = -10, max = 10) double k3) implements Validated {

    /** An ideal lens: no distortion. */
    public static CameraIntrinsics pinhole(int widthPx, int heightPx, double fxPx, double fyPx, double cxPx,
            double cyPx) {
        return new CameraIntrinsics(widthPx, heightPx, fxPx, fyPx, cxPx, cyPx, 0, 0, 0, 0, 0);
    }

    /** True if any distortion coefficient is non-zero. */
    public boolean hasDistortion() {
        return k1 != 0 || k2 != 0 || p1 != 0 || p2 != 0 || k3 != 0;
    }

    @Override
    public void validate() {
        if (cxPx > widthPx) {
            throw ConfigException.invalid("cxPx", cxPx, "principal point must lie within the image width " + widthPx);
        }
        if (cyPx > heightPx) {
            throw ConfigException.invalid("cyPx", cyPx, "principal point must lie within the image height " + heightPx);
        }
    }
}
