package io.avstack.safety.aeb;

import static io.avstack.safety.Fmt.f1;

import io.avstack.core.msg.ObjectClass;

/** The most urgent collision threat of a cycle, from the world model or from radar. Mutable, reused. */
public final class AebThreat {
    public boolean present;
    /** Its stage before confirmation and latching. */
    public AebStage stage = AebStage.OFF;
    public double gapM;
    public double closingSpeedMps;
    public double ttcS;
    /** Braking needed to avoid it after the system latency, m/s². */
    public double requiredDecelMps2;
    /** Track id, or -1 for a radar return. */
    public long trackId;
    /** The track's class, null for a raw-sensor threat. */
    public ObjectClass cls;
    /** For a raw-sensor threat what it is ("radar return", "lidar obstacle"); null for a track. */
    public String source;

    public void reset() {
        present = false;
        stage = AebStage.OFF;
        gapM = Double.POSITIVE_INFINITY;
        closingSpeedMps = 0.0;
        ttcS = Double.POSITIVE_INFINITY;
        requiredDecelMps2 = 0.0;
        trackId = -1;
        cls = null;
        source = null;
    }

    /** Keeps the candidate if it is more urgent: higher stage, then more braking needed, then sooner. */
    public boolean offer(AebStage candidateStage, double gap, double closing, double ttc, double decel, long id,
                      ObjectClass what) {
        boolean better = !present
                || candidateStage.ordinal() > stage.ordinal()
                || (candidateStage == stage && (decel > requiredDecelMps2
                        || (decel == requiredDecelMps2 && ttc < ttcS)));
        if (better) {
            present = true;
            stage = candidateStage;
            gapM = gap;
            closingSpeedMps = closing;
            ttcS = ttc;
            requiredDecelMps2 = decel;
            trackId = id;
            cls = what;
            source = null;
        }
        return better;
    }

    /** Becomes a copy of {@code other}. */
    public void copyFrom(AebThreat other) {
        present = other.present;
        stage = other.stage;
        gapM = other.gapM;
        closingSpeedMps = other.closingSpeedMps;
        ttcS = other.ttcS;
        requiredDecelMps2 = other.requiredDecelMps2;
        trackId = other.trackId;
        cls = other.cls;
        source = other.source;
    }

    /** Becomes {@code other} if that is more urgent (see {@link #offer}). */
    public void offerFrom(AebThreat other) {
        if (other.present && offer(other.stage, other.gapM, other.closingSpeedMps, other.ttcS,
                other.requiredDecelMps2, other.trackId, other.cls)) {
            source = other.source;
        }
    }

    /** What it is, e.g. {@code "CAR 7"} or {@code "radar return"}. */
    public String label() {
        return cls != null ? cls + " " + trackId : source != null ? source : "radar return";
    }

    /** e.g. {@code "CAR 7 at 12.3 m closing 8.0 m/s, TTC 1.5 s, needs 2.7 m/s²"}. */
    public String describe() {
        return label() + " at " + f1(gapM) + " m closing " + f1(closingSpeedMps) + " m/s, TTC "
                + (Double.isInfinite(ttcS) ? "inf" : f1(ttcS)) + " s, needs "
                + (Double.isInfinite(requiredDecelMps2) ? "inf" : f1(requiredDecelMps2)) + " m/s²";
    }
}
