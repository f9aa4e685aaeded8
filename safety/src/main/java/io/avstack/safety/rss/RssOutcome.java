package io.avstack.safety.rss;

import static io.avstack.safety.Fmt.f1;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.rss.RssResponse;
import java.util.Locale;

/**
 * What the current-situation RSS check demands of the ego this cycle: an acceleration ceiling
 * (the longitudinal proper response) and steering bounds (the lateral one), with the object that
 * binds them. Mutable, reused.
 */
public final class RssOutcome {
    /** Objects in a dangerous situation with the ego. */
    public int dangerousCount;
    /** The ego must not accelerate above this, m/s²; +infinity when unconstrained. */
    public double accelCapMps2;
    /** Steering bounds, rad; -/+infinity when unconstrained. */
    public double steerMinRad;
    public double steerMaxRad;
    /** The binding object: the one demanding the hardest braking (or, if none brakes, the first lateral one). */
    public long trackId;
    public ObjectClass cls;
    public double gapM;
    public double safeDistanceM;
    public boolean oncoming;
    public boolean ahead;
    /** Whether {@link #gapM} / {@link #safeDistanceM} are the lateral ones (no braking demanded). */
    public boolean lateralGap;
    public RssResponse response = RssResponse.NONE;

    /** Nothing found, nothing demanded. */
    public void reset() {
        dangerousCount = 0;
        accelCapMps2 = Double.POSITIVE_INFINITY;
        steerMinRad = Double.NEGATIVE_INFINITY;
        steerMaxRad = Double.POSITIVE_INFINITY;
        trackId = -1;
        cls = null;
        gapM = Double.NaN;
        safeDistanceM = Double.NaN;
        oncoming = false;
        ahead = false;
        lateralGap = false;
        response = RssResponse.NONE;
    }

    /** Whether anything is demanded of the ego. */
    public boolean constrains() {
        return accelCapMps2 != Double.POSITIVE_INFINITY || steerMinRad != Double.NEGATIVE_INFINITY
                || steerMaxRad != Double.POSITIVE_INFINITY;
    }

    /** For the status reason, e.g. {@code "RSS: CAR 7 ahead 12.3 m < safe 40.1 m, brake >= 4.0 m/s²"}. */
    public String describe() {
        StringBuilder b = new StringBuilder("RSS: ").append(cls).append(' ').append(trackId)
                .append(ahead ? (oncoming ? " oncoming " : " ahead ") : " alongside/behind ")
                .append(lateralGap ? "laterally " : "").append(f1(gapM)).append(" m < safe ").append(f1(safeDistanceM)).append(" m, ")
                .append(response.name().toLowerCase(Locale.ROOT)).append(" response");
        if (accelCapMps2 != Double.POSITIVE_INFINITY) {
            b.append(", brake >= ").append(f1(-accelCapMps2)).append(" m/s²");
        }
        if (steerMinRad != Double.NEGATIVE_INFINITY || steerMaxRad != Double.POSITIVE_INFINITY) {
            b.append(", no steering towards it");
        }
        return b.toString();
    }
}
