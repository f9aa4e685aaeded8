package io.avstack.sim.actor;

/**
 * The smooth lateral motion of a lane change or cut-in: a quintic (minimum-jerk) blend
 * {@code 10 u^3 - 15 u^4 + 6 u^5} of the progress {@code u} in [0, 1], so lateral speed and
 * acceleration are zero at both ends.
 */
public final class LateralProfile {

    private LateralProfile() {
    }

    /** Lateral offset at progress {@code u} (clamped to [0, 1]) from {@code fromM} to {@code toM}, m. */
    public static double offsetM(double fromM, double toM, double u) {
        double t = clamp(u);
        double blend = t * t * t * (10.0 + t * (-15.0 + 6.0 * t));
        return fromM + (toM - fromM) * blend;
    }

    /** Lateral speed at progress {@code u} of a change lasting {@code durationS}, m/s. */
    public static double rateMps(double fromM, double toM, double u, double durationS) {
        if (u <= 0.0 || u >= 1.0) {
            return 0.0;
        }
        double dBlend = 30.0 * u * u * (1.0 - u) * (1.0 - u);
        return (toM - fromM) * dBlend / durationS;
    }

    private static double clamp(double u) {
        return Math.max(0.0, Math.min(1.0, u));
    }
}
