package io.avstack.sim.sensor;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;
import io.avstack.core.geom.Extrinsics;
import java.util.Objects;

/**
 * A simulated automotive radar, loadable from YAML with {@code ConfigLoader}; {@link RadarModel}
 * validates it again when built in code. Defaults ({@link #defaults()}) and units are listed in
 * docs/SENSORS.md. The model is planar: only the mount's x, y and yaw are used.
 *
 * @param frameId                sensor frame id written into each scan's header, e.g. {@code "radar_front"}
 * @param halfFovDeg             detections only within +-this azimuth of the boresight, deg
 * @param minRangeM              nearest reported range, m
 * @param maxRangeM              farthest reported range, m
 * @param rangeNoiseSigmaM       Gaussian range noise, m
 * @param azimuthNoiseSigmaDeg   Gaussian azimuth noise, deg
 * @param rangeRateNoiseSigmaMps Gaussian range-rate noise, m/s
 * @param rcsNoiseSigmaDb        Gaussian RCS noise, dB
 * @param aspectLossDb           RCS loss at a 45 deg aspect relative to head-on or broadside, dB
 * @param cornerMinLengthM       actors at least this long also return their visible outline corners, m
 * @param falseAlarmsPerScan     mean number of clutter detections per scan (Poisson)
 * @param ghostProbability       probability that a true detection has a multipath ghost, 0..1
 * @param ghostRcsLossDb         how much weaker a ghost is than its detection, dB
 * @param ghostAzimuthSigmaDeg   azimuth spread of a ghost around its detection, deg
 * @param mount                  pose of the sensor in the vehicle frame (z, roll, pitch ignored)
 * @param rateHz                 scans per second
 */
public record RadarParams(
        String frameId,
        @Range(min = 1, max = 180) double halfFovDeg,
        @Range(min = 0, max = 100) double minRangeM,
        @Range(min = 1, max = 1000) double maxRangeM,
        @Range(min = 0, max = 10) double rangeNoiseSigmaM,
        @Range(min = 0, max = 10) double azimuthNoiseSigmaDeg,
        @Range(min = 0, max = 10) double rangeRateNoiseSigmaMps,
        @Range(min = 0, max = 20) double rcsNoiseSigmaDb,
        @Range(min = 0, max = 30) double aspectLossDb,
        @Range(min = 0, max = 100) double cornerMinLengthM,
        @Range(min = 0, max = 100) double falseAlarmsPerScan,
        @Range(min = 0, max = 1) double ghostProbability,
        @Range(min = 0, max = 60) double ghostRcsLossDb,
        @Range(min = 0, max = 20) double ghostAzimuthSigmaDeg,
        Extrinsics mount,
        @Range(min = 0.1, max = 100) double rateHz) implements Validated {

    public RadarParams {
        Objects.requireNonNull(frameId, "RadarParams.frameId");
        Objects.requireNonNull(mount, "RadarParams.mount");
    }

    /**
     * A front bumper radar: +-60 deg, 0.5..150 m, 0.15 m / 0.3 deg / 0.1 m/s / 2 dB noise, 3 dB
     * aspect loss, corners for actors of 4 m or longer, 2 false alarms and 5% ghosts per scan,
     * ghosts 10 dB weaker within 0.5 deg, 3.7 m ahead of the rear axle, 20 Hz.
     */
    public static RadarParams defaults() {
        return new RadarParams("radar_front", 60, 0.5, 150, 0.15, 0.3, 0.1, 2.0, 3.0, 4.0, 2.0, 0.05, 10.0,
                0.5, new Extrinsics(3.7, 0, 0.5, 0, 0, 0), 20);
    }

    @Override
    public void validate() {
        if (frameId.isBlank()) {
            throw ConfigException.invalid("frameId", frameId, "must not be blank");
        }
        if (!(maxRangeM > minRangeM)) {
            throw ConfigException.invalid("maxRangeM", maxRangeM, "must exceed minRangeM (" + minRangeM + ")");
        }
    }

    /** Time between scans, ns. */
    public long periodNs() {
        return Math.round(1e9 / rateHz);
    }
}
