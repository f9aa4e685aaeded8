package io.avstack.safety.watchdog;

import static io.avstack.safety.Fmt.f2;

import io.avstack.core.msg.EgoState;
import io.avstack.safety.config.WatchdogConfig;

/**
 * Whether consecutive ego states describe something a car can do: stamps move forward, speed,
 * acceleration and yaw rate are within physical bounds, and speed and position change no faster
 * than the acceleration and speed explain (plus a noise allowance). A localisation jump or a stuck
 * or corrupted vehicle bus shows up here.
 */
final class EgoPlausibility {

    /** Pairs of states farther apart than this are not compared (after a gap the staleness watchdog speaks), s. */
    private static final double MAX_COMPARE_GAP_S = 0.5;

    private final WatchdogConfig config;
    private EgoState previous;

    EgoPlausibility(WatchdogConfig config) {
        this.config = config;
    }

    /** Checks {@code ego} against the bounds and the previous state; null if plausible, else why not. */
    String check(EgoState ego) {
        EgoState prev = previous;
        previous = ego;
        if (Math.abs(ego.speedMps()) > config.maxPlausibleSpeedMps()) {
            return "speed " + f2(ego.speedMps()) + " m/s beyond " + f2(config.maxPlausibleSpeedMps());
        }
        if (Math.abs(ego.accelMps2()) > config.maxPlausibleAccelMps2()) {
            return "acceleration " + f2(ego.accelMps2()) + " m/s² beyond " + f2(config.maxPlausibleAccelMps2());
        }
        if (Math.abs(ego.yawRateRadps()) > config.maxPlausibleYawRateRadps()) {
            return "yaw rate " + f2(ego.yawRateRadps()) + " rad/s beyond " + f2(config.maxPlausibleYawRateRadps());
        }
        if (prev == null) {
            return null;
        }
        double dtS = (ego.header().stampNs() - prev.header().stampNs()) / 1e9;
        if (dtS <= 0) {
            return "stamp did not advance (" + ego.header().stampNs() + " ns after " + prev.header().stampNs() + " ns)";
        }
        if (dtS > MAX_COMPARE_GAP_S) {
            return null;
        }
        double dv = Math.abs(ego.speedMps() - prev.speedMps());
        double maxDv = config.maxPlausibleAccelMps2() * dtS + config.maxSpeedJumpMps();
        if (dv > maxDv) {
            return "speed jumped " + f2(dv) + " m/s in " + f2(dtS) + " s";
        }
        double moved = Math.hypot(ego.pose().xM() - prev.pose().xM(), ego.pose().yM() - prev.pose().yM());
        double maxMove = Math.max(Math.abs(ego.speedMps()), Math.abs(prev.speedMps())) * dtS + config.maxPositionJumpM();
        if (moved > maxMove) {
            return "position jumped " + f2(moved) + " m in " + f2(dtS) + " s";
        }
        return null;
    }
}
