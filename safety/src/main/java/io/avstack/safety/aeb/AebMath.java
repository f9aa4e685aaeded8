package io.avstack.safety.aeb;

/** Time to collision and the braking needed to avoid one, along one axis. Pure functions. */
public final class AebMath {

    private AebMath() {
    }

    /** gap / closing speed, s; +infinity when not closing in, 0 when already touching. */
    public static double ttcS(double gapM, double closingSpeedMps) {
        if (!(closingSpeedMps > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0.0, gapM) / closingSpeedMps;
    }

    /**
     * The constant deceleration the ego needs from now on to stop short of (or match the speed of)
     * an object {@code gapM} ahead, m/s²; 0 when it is not closing in, +infinity when the gap is
     * already gone. An object moving away or standing keeps its speed, or brakes at
     * {@code objectDecelMps2} to a stop:
     * <ul>
     *   <li>if the ego matches its speed while it still moves: {@code b_obj + v_c² / (2 gap)};</li>
     *   <li>else (it stops first): {@code v_ego² / (2 (gap + v_obj² / (2 b_obj)))}.</li>
     * </ul>
     * An object coming towards the ego ({@code objectSpeedMps < 0}) cannot be matched: braking alone
     * never avoids it unless it brakes too. It is taken to brake at {@code oncomingBrakeMps2} (RSS's
     * assumption for a car facing an oncoming one), so the ego must stop within what is left of the
     * gap once it has stopped: {@code v_ego² / (2 (gap - v_obj² / (2 b_onc)))}, +infinity when that
     * is nothing. (Asking the ego alone to cancel the closing speed, {@code v_c² / (2 gap)}, called
     * for 7 m/s² against an oncoming car 106 m away, TTC 2.8 s, a radar-only track not yet placed
     * in its lane: an emergency stop at 9 m/s² for nothing in bench-ten-actors.)
     *
     * @param egoSpeedMps       ego speed towards the object, m/s, {@code >= 0}
     * @param objectSpeedMps    object speed in the same direction, m/s (negative: coming towards the ego)
     * @param objectDecelMps2   braking of an object moving away, positive, m/s² (0: keeps its speed)
     * @param oncomingBrakeMps2 braking assumed of an object coming towards the ego, positive, m/s²
     *                          (0: it keeps coming, and the ego must cancel the whole closing speed)
     */
    public static double requiredDecelMps2(double gapM, double egoSpeedMps, double objectSpeedMps,
                                           double objectDecelMps2, double oncomingBrakeMps2) {
        double closing = egoSpeedMps - objectSpeedMps;
        if (!(closing > 0)) {
            return 0.0;
        }
        if (!(gapM > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double matchDecel = closing * closing / (2 * gapM);
        if (objectSpeedMps < 0 && oncomingBrakeMps2 > 0) {
            double left = gapM - objectSpeedMps * objectSpeedMps / (2 * oncomingBrakeMps2);
            return left > 0 ? egoSpeedMps * egoSpeedMps / (2 * left) : Double.POSITIVE_INFINITY;
        }
        if (!(objectDecelMps2 > 0) || objectSpeedMps <= 0) {
            return matchDecel;
        }
        double withObjectBraking = objectDecelMps2 + matchDecel;
        double matchTimeS = 2 * gapM / closing;
        if (objectSpeedMps - objectDecelMps2 * matchTimeS > 0) {
            return withObjectBraking;
        }
        double objectStopM = objectSpeedMps * objectSpeedMps / (2 * objectDecelMps2);
        return egoSpeedMps * egoSpeedMps / (2 * (gapM + objectStopM));
    }
}
