package io.avstack.safety.aeb;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.safety.config.AebConfig;
import io.avstack.safety.config.VehicleLimits;
import java.util.List;

/**
 * Collision threats straight from the front radar, for when the world model is stale: each return
 * strong enough is placed in the vehicle frame (the radar's mounting, planar), kept if it lies in
 * the corridor the ego sweeps along its current steering arc, and its closing speed taken from the
 * range rate along the line of sight. No tracking, no classification: the corridor, the RCS floor
 * and the scan confirmation in {@link Aeb} are what keep clutter and ghosts from braking.
 */
public final class RadarThreats {

    /** Returns farther off the boresight than this (cos below it) are not trusted for the closing speed. */
    private static final double MIN_COS_AZIMUTH = 0.3;

    private final Aeb aeb;
    private final AebConfig config;
    private final VehicleLimits vehicle;
    private final double mountXM;
    private final double mountYM;
    private final double mountYawRad;

    /** @param radarMount the radar's pose in the vehicle frame ({@code base_link}) */
    public RadarThreats(Aeb aeb, AebConfig config, VehicleLimits vehicle, Extrinsics radarMount) {
        this.aeb = aeb;
        this.config = config;
        this.vehicle = vehicle;
        this.mountXM = radarMount.xM();
        this.mountYM = radarMount.yM();
        this.mountYawRad = radarMount.yawRad();
    }

    /** The most urgent return of {@code scan} into {@code out} (reset first). */
    public void find(RadarScan scan, EgoState ego, AebThreat out) {
        out.reset();
        double egoSpeed = Math.max(0.0, ego.speedMps());
        double curvature = Math.tan(ego.steeringRad()) / vehicle.wheelbaseM();
        double halfCorridor = 0.5 * vehicle.widthM() + config.lateralMarginM();
        List<RadarDetection> detections = scan.detections();
        for (int i = 0; i < detections.size(); i++) {
            RadarDetection d = detections.get(i);
            if (d.rcsDbsm() < config.radarMinRcsDbsm()) {
                continue;
            }
            double azimuth = d.azimuthRad() + mountYawRad;
            double ground = d.rangeM() * Math.cos(d.elevationRad());
            double x = mountXM + ground * Math.cos(azimuth);
            double y = mountYM + ground * Math.sin(azimuth);
            double gap = x - vehicle.frontM();
            if (x <= 0 || Math.abs(y - 0.5 * curvature * x * x) > halfCorridor) {
                continue;
            }
            double cos = Math.max(MIN_COS_AZIMUTH, Math.cos(d.azimuthRad()));
            double closing = -d.rangeRateMps() / cos;
            if (!(closing > 0)) {
                continue;
            }
            double decel = AebMath.requiredDecelMps2(gap - closing * config.latencyS(), egoSpeed,
                    egoSpeed - closing, 0.0, 0.0);
            double ttc = AebMath.ttcS(gap, closing);
            out.offer(aeb.classify(ttc, closing, decel), Math.max(0.0, gap), closing, ttc, decel, -1, null);
        }
    }
}
