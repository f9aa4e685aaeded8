package io.avstack.safety.aeb;

import io.avstack.safety.config.AebConfig;
import io.avstack.safety.config.VehicleLimits;

/**
 * The emergency-braking stage machine. A threat is classified on time to collision and on the
 * braking needed to avoid it (the stopping-distance criterion); a threat must call for braking on
 * consecutive inputs ({@code confirmCycles} world models, {@code radarConfirmScans} radar scans)
 * before it may brake (ghosts and velocity spikes last a cycle); once braking, braking holds while
 * the same threat still closes in and the ego still moves, so a threat that flickers out of the
 * corridor does not release the brake mid-stop. Owned by one thread.
 */
public final class Aeb {

    /** Below this the ego counts as stopped and a held brake is released to the planner or MRM, m/s. */
    static final double STOPPED_MPS = 0.1;
    /** A threat closing in slower than this no longer holds the brake, m/s. */
    static final double RELEASE_CLOSING_MPS = 0.1;

    private final AebConfig config;
    private final double brakeAccelMps2;
    private AebStage stage = AebStage.OFF;
    private int brakeStreak;
    private long streakTrackId = Long.MIN_VALUE;
    private long brakeTrackId = Long.MIN_VALUE;

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
     * Advances the stage with this cycle's most urgent threat. The brake stage must be called for on
     * {@code confirmCycles} consecutive world models by the same track ({@code radarConfirmScans}
     * consecutive scans on raw radar) before it brakes: production AEB acts on persistent evidence,
     * a one-cycle ghost or a velocity spike only warns. Once braking, it holds while the same
     * threat still closes in and the ego still moves.
     *
     * @param fromRawSensor whether the threat comes from raw radar or lidar (fusion stale), already
     *                    confirmed over that sensor's scans by a {@link ScanConfirmation}
     * @param newInput    whether a new world model (or radar scan) was assessed this cycle: confirmation counts inputs
     * @param egoSpeedMps current ego speed
     */
    public AebStage update(AebThreat threat, boolean fromRawSensor, boolean newInput, double egoSpeedMps) {
        AebStage raw = threat.present ? threat.stage : AebStage.OFF;
        if (fromRawSensor) {
            brakeStreak = 0; // raw-sensor threats come confirmed per sensor (ScanConfirmation)
        } else {
            if (newInput) {
                boolean sameThreat = brakeStreak > 0 && threat.trackId == streakTrackId;
                brakeStreak = raw != AebStage.BRAKE ? 0 : sameThreat ? brakeStreak + 1 : 1;
                streakTrackId = threat.trackId;
            }
            if (raw == AebStage.BRAKE && (brakeStreak < config.confirmCycles() || threat.trackId != streakTrackId)) {
                raw = AebStage.WARNING;
            }
        }
        boolean holding = stage == AebStage.BRAKE && threat.present && threat.trackId == brakeTrackId
                && threat.closingSpeedMps > RELEASE_CLOSING_MPS && egoSpeedMps > STOPPED_MPS;
        stage = holding ? AebStage.BRAKE : raw;
        if (stage == AebStage.BRAKE && !holding) {
            brakeTrackId = threat.trackId;
        }
        return stage;
    }

    /**
     * Confirmation of one raw sensor's threats: the brake stage must be called for on
     * {@code radarConfirmScans} consecutive scans of that sensor (a one-scan ghost only warns).
     * One per sensor, so radar and lidar confirm independently of which one is more urgent.
     */
    public final class ScanConfirmation {
        private int streak;

        /** Counts a new scan's threat (or, between scans, re-applies the count) and downgrades an unconfirmed brake stage. */
        public void apply(AebThreat threat, boolean newScan) {
            boolean brake = threat.present && threat.stage == AebStage.BRAKE;
            if (newScan) {
                streak = brake ? streak + 1 : 0;
            }
            if (brake && streak < config.radarConfirmScans()) {
                threat.stage = AebStage.WARNING;
            }
        }

        /** Forgets the streak (the sensor became unusable). */
        public void reset() {
            streak = 0;
        }
    }

    public AebStage stage() {
        return stage;
    }

    /**
     * The acceleration commanded in the brake stage for {@code threat}: {@code brakeNeedFactor} times
     * the braking it needs, at least {@code brakeDecelMps2} (the brake stage's entry level), at most
     * {@code brakeCommandMps2} capped by the vehicle's, m/s². Graded like production AEB's partial
     * braking: a cut-in that needs 4 m/s² is stopped at 6 with margin, not with full braking, while
     * a threat the ego cannot stop for in time (or one needing more each cycle) gets full braking.
     */
    public double brakeAccelMps2(AebThreat threat) {
        double need = threat.present ? threat.requiredDecelMps2 : Double.POSITIVE_INFINITY;
        double decel = Double.isNaN(need) ? Double.POSITIVE_INFINITY : Math.max(config.brakeDecelMps2(), config.brakeNeedFactor() * need);
        return Math.max(brakeAccelMps2, -decel);
    }
}
