package io.avstack.sim.fault;

/**
 * The measurement noise (one standard deviation) the sensors already have, which a {@code noise}
 * fault multiplies: it adds independent Gaussian noise of {@code base * sqrt(factor^2 - 1)}, so the
 * total spread is {@code factor * base}. Should match the sensor models' settings; for replayed logs,
 * the real sensors' datasheet values.
 *
 * @param lidarRangeM         lidar range noise along the ray, m
 * @param radarRangeM         radar range noise, m
 * @param radarAzimuthRad     radar azimuth noise, rad
 * @param radarRangeRateMps   radar range-rate noise, m/s
 * @param egoSpeedMps         ego speed noise, m/s
 * @param egoYawRateRadps     ego yaw-rate noise, rad/s
 * @param egoPositionM        ego pose x and y noise, m
 * @param egoYawRad           ego pose yaw noise, rad
 * @param cameraPixelLevels   camera pixel noise, 8-bit levels per channel
 */
public record BaseNoise(double lidarRangeM, double radarRangeM, double radarAzimuthRad,
                        double radarRangeRateMps, double egoSpeedMps, double egoYawRateRadps,
                        double egoPositionM, double egoYawRad, double cameraPixelLevels) {

    /** Typical values: VLP-16 class lidar, ARS408 class radar, GNSS/INS-fused ego state, CMOS camera. */
    public static final BaseNoise DEFAULTS = new BaseNoise(0.02, 0.1, Math.toRadians(0.3), 0.1,
            0.05, 0.005, 0.05, 0.005, 2.0);

    public BaseNoise {
        double[] all = {lidarRangeM, radarRangeM, radarAzimuthRad, radarRangeRateMps, egoSpeedMps,
            egoYawRateRadps, egoPositionM, egoYawRad, cameraPixelLevels};
        for (double v : all) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("BaseNoise values must be finite and >= 0, was " + v
                        + " in " + java.util.Arrays.toString(all));
            }
        }
    }

    /** Standard deviation to add to a base spread {@code base} to make it {@code factor} times as wide. */
    static double extraSigma(double base, double factor) {
        return base * Math.sqrt(Math.max(0.0, factor * factor - 1.0));
    }
}
