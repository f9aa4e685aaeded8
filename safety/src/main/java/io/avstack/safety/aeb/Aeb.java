package io.avstack.safety.aeb;

import io.avstack.safety.config.AebConfig;
import io.avstack.safety.config.VehicleLimits;

/**
 * The emergency-braking stage machine. A threat is classified on time to collision and on the
 * braking needed to avoid it (the stopping-distance criterion); radar-only threats must repeat for
 * {@code radarConfirmScans} scans before they may brake (radar ghosts are single-scan); once
 * braking, braking holds while the threat still closes in and the ego still moves, so a threat
 * that flickers out of the corridor does not release the brake mid-stop. Owned by one thread.
 */
public final class Aeb {

    /** Below this the ego counts as stopped and a held brake is released to the planner or MRM, m/s. */
    static final double STOPPED_MPS = 0.1;
    /** A threat closing in slower than this no longer holds the brake, m/s. */
    static final double RELEASE_CLOSING_MPS = 0.1;

    private final AebConfig config;
    private final double brakeAccelMps2;
    private AebStage stage = AebStage.OFF;
    private int radarBrakeStreak;

    public Aeb(AebConfig config, VehicleLimits vehicle) {
        this.config = config;
        this.brakeAccelMps2 = -Math.min(config.brakeCommandMps2(), vehicle.maxDecelMps2());
    }

    /** The stage a threat with these numbers calls for, before confirmation and latching. */
    public AebStage classify(double ttcS, double closingSpeedMps, double requiredDecelMps2) {
        boolean closingEnough = closingSpeedMps >= config.minClosingSpeedMps();
        if (requiredDecelMps2 >= config.brakeDecelMps2() || (closingEnough && ttcS <= config.brakeTtcS())) {
            return AebStage.BRAKE;
        }
        if (requiredDecelMps2 >= config.warnDecelMps2() || (closingEnough && ttcS <= config.warnTtcS())) {
            return AebStage.WARNING;
        }
        return AebStage.OFF;
    }

    /**
     * Advances the stage with this cycle's most urgent threat.
     *
     * @param fromRadar     whether the threat comes from raw radar (fusion stale)
     * @param newRadarScan  whether a new radar scan was assessed this cycle (confirmation counts scans)
     * @param egoSpeedMps   current ego speed
     */
    public AebStage update(AebThreat threat, boolean fromRadar, boolean newRadarScan, double egoSpeedMps) {
        AebStage raw = threat.present ? threat.stage : AebStage.OFF;
        if (fromRadar) {
            if (newRadarScan) {
                radarBrakeStreak = raw == AebStage.BRAKE ? radarBrakeStreak + 1 : 0;
            }
            if (raw == AebStage.BRAKE && radarBrakeStreak < config.radarConfirmScans()) {
                raw = AebStage.WARNING;
            }
        } else {
            radarBrakeStreak = 0;
        }
        boolean holding = stage == AebStage.BRAKE && threat.present
                && threat.closingSpeedMps > RELEASE_CLOSING_MPS && egoSpeedMps > STOPPED_MPS;
        stage = holding ? AebStage.BRAKE : raw;
        return stage;
    }

    public AebStage stage() {
        return stage;
    }

    /** The acceleration commanded in the brake stage: the configured braking, capped by the vehicle's, m/s². */
    public double brakeAccelMps2() {
        return brakeAccelMps2;
    }
}
