package io.avstack.sim.sensor;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;
import io.avstack.core.geom.Extrinsics;
import java.util.List;
import java.util.Objects;

/**
 * A simulated spinning lidar, loadable from YAML with {@code ConfigLoader}; {@link LidarModel}
 * validates it again when built in code. Defaults ({@link #defaults()}) and units are listed in
 * docs/SENSORS.md.
 *
 * @param frameId              sensor frame id written into each scan's header, e.g. {@code "lidar_top"}
 * @param beams                number of lasers (rings); ring 0 is the lowest beam
 * @param minElevationDeg      elevation of the lowest beam when evenly spaced, deg (positive up)
 * @param maxElevationDeg      elevation of the highest beam when evenly spaced, deg
 * @param elevationsDeg        explicit beam elevations, lowest first, deg; absent = evenly spaced
 *                             from {@code minElevationDeg} to {@code maxElevationDeg}
 * @param azimuthResolutionDeg angle between firing columns, deg; 360 / it columns per revolution
 * @param minRangeM            returns nearer than this are discarded, m
 * @param maxRangeM            no return beyond this, m
 * @param rangeNoiseSigmaM     standard deviation of the Gaussian range noise, m
 * @param dropoutProbability   probability that a return is lost, 0..1
 * @param intensityModel       how intensity is derived from reflectivity and incidence
 * @param groundReflectivity   reflectivity of the road surface, 0..1
 * @param mount                pose of the sensor in the vehicle frame
 * @param rateHz               revolutions per second
 */
public record LidarParams(
        String frameId,
        @Range(min = 1, max = 256) int beams,
        @Range(min = -90, max = 90) double minElevationDeg,
        @Range(min = -90, max = 90) double maxElevationDeg,
        @OptionalKey List<Double> elevationsDeg,
        @Range(min = 0.01, max = 10) double azimuthResolutionDeg,
        @Range(min = 0, max = 100) double minRangeM,
        @Range(min = 0.1, max = 2000) double maxRangeM,
        @Range(min = 0, max = 10) double rangeNoiseSigmaM,
        @Range(min = 0, max = 1) double dropoutProbability,
        IntensityModel intensityModel,
        @Range(min = 0, max = 1) double groundReflectivity,
        Extrinsics mount,
        @Range(min = 0.1, max = 100) double rateHz) implements Validated {

    public LidarParams {
        Objects.requireNonNull(frameId, "LidarParams.frameId");
        Objects.requireNonNull(intensityModel, "LidarParams.intensityModel");
        Objects.requireNonNull(mount, "LidarParams.mount");
        elevationsDeg = elevationsDeg == null ? null : List.copyOf(elevationsDeg);
    }

    /**
     * A 32-beam roof lidar: -25..+15 deg, 0.2 deg columns (32 x 1800), 0.5..120 m, 2 cm noise,
     * 1% dropout, Lambertian intensity, 1.9 m above the rear axle, 10 Hz.
     */
    public static LidarParams defaults() {
        return new LidarParams("lidar_top", 32, -25, 15, null, 0.2, 0.5, 120, 0.02, 0.01,
                IntensityModel.LAMBERTIAN, 0.2, new Extrinsics(1.2, 0, 1.9, 0, 0, 0), 10);
    }

    /** These parameters for the sensor {@code id} mounted at {@code mountPose} (a calibration's entry). */
    public LidarParams mountedAs(String id, Extrinsics mountPose) {
        return new LidarParams(id, beams, minElevationDeg, maxElevationDeg, elevationsDeg, azimuthResolutionDeg,
                minRangeM, maxRangeM, rangeNoiseSigmaM, dropoutProbability, intensityModel, groundReflectivity,
                mountPose, rateHz);
    }

    /** Cross-field checks: elevation order, table length, and a whole number of columns. */
    @Override
    public void validate() {
        if (frameId.isBlank()) {
            throw ConfigException.invalid("frameId", frameId, "must not be blank");
        }
        if (elevationsDeg == null) {
            if (beams > 1 && !(maxElevationDeg > minElevationDeg)) {
                throw ConfigException.invalid("maxElevationDeg", maxElevationDeg,
                        "must exceed minElevationDeg (" + minElevationDeg + ") when beams > 1");
            }
        } else {
            validateTable();
        }
        double columns = 360.0 / azimuthResolutionDeg;
        if (Math.abs(columns - Math.rint(columns)) > 1e-6) {
            throw ConfigException.invalid("azimuthResolutionDeg", azimuthResolutionDeg,
                    "must divide 360 deg into a whole number of columns");
        }
        if (!(maxRangeM > minRangeM)) {
            throw ConfigException.invalid("maxRangeM", maxRangeM, "must exceed minRangeM (" + minRangeM + ")");
        }
    }

    private void validateTable() {
        if (elevationsDeg.size() != beams) {
            throw ConfigException.invalid("elevationsDeg", elevationsDeg,
                    "must list one elevation per beam (" + beams + "), has " + elevationsDeg.size());
        }
        for (int i = 0; i < beams; i++) {
            double e = elevationsDeg.get(i);
            if (!(e >= -90 && e <= 90)) {
                throw ConfigException.invalid("elevationsDeg[" + i + "]", e, "must be in [-90, 90] deg");
            }
            if (i > 0 && !(e > elevationsDeg.get(i - 1))) {
                throw ConfigException.invalid("elevationsDeg[" + i + "]", e,
                        "must be strictly increasing (ring 0 is the lowest beam)");
            }
        }
    }

    /** Firing columns per revolution. */
    public int columns() {
        return (int) Math.rint(360.0 / azimuthResolutionDeg);
    }

    /** Elevation of beam {@code ring}, deg. */
    public double elevationDeg(int ring) {
        if (elevationsDeg != null) {
            return elevationsDeg.get(ring);
        }
        return beams == 1 ? minElevationDeg
                : minElevationDeg + (maxElevationDeg - minElevationDeg) * ring / (beams - 1);
    }

    /** Revolution period, ns. */
    public long periodNs() {
        return Math.round(1e9 / rateHz);
    }
}
