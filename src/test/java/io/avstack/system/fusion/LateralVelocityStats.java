package io.avstack.system.fusion;

import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.eval.MotScorer;
import java.util.Locale;

/**
 * Velocity error of vehicle tracks across the object's true heading (what the planner reads as a lane
 * change), split at {@link #FAR_M}: RMS and the worst |error| with where it happened. Along-heading RMS
 * for comparison. A {@link MotScorer.Listener}: feed it the matches of a scorer whose region reaches
 * as far as the radar.
 */
final class LateralVelocityStats implements MotScorer.Listener {

    /** Matches at or beyond this range count as far (radar-born tracks entering the scene), m. */
    static final double FAR_M = 60.0;

    private final double[] sumSq = new double[2];
    private final long[] count = new long[2];
    private final double[] maxAbs = new double[2];
    private final String[] maxAt = {"-", "-"};
    private double alongSumSq;

    @Override
    public void onMatch(long stampNs, GroundTruthObject truth, TrackedObject track, double rangeM, double posErrM,
            double velErrMps) {
        if (!isVehicle(truth.cls())) {
            return;
        }
        double yaw = truth.pose().yawRad();
        double ex = track.velocity().vxMps() - truth.velocity().vxMps();
        double ey = track.velocity().vyMps() - truth.velocity().vyMps();
        double across = -Math.sin(yaw) * ex + Math.cos(yaw) * ey;
        double along = Math.cos(yaw) * ex + Math.sin(yaw) * ey;
        int bin = rangeM >= FAR_M ? 1 : 0;
        sumSq[bin] += across * across;
        count[bin]++;
        alongSumSq += along * along;
        if (Math.abs(across) > maxAbs[bin]) {
            maxAbs[bin] = Math.abs(across);
            maxAt[bin] = String.format(Locale.ROOT, "%.1fs actor %d track %d %.0fm", stampNs / 1e9, truth.actorId(),
                    track.trackId(), rangeM);
        }
    }

    static boolean isVehicle(ObjectClass cls) {
        return cls == ObjectClass.CAR || cls == ObjectClass.TRUCK || cls == ObjectClass.BUS
                || cls == ObjectClass.MOTORCYCLIST;
    }

    /** RMS lateral velocity error of the near (0) or far (1) matches, m/s; NaN without any. */
    double lateralRmse(int bin) {
        return count[bin] == 0 ? Double.NaN : Math.sqrt(sumSq[bin] / count[bin]);
    }

    /** Largest |lateral velocity error| of the near (0) or far (1) matches, m/s. */
    double lateralMax(int bin) {
        return maxAbs[bin];
    }

    /** One line: near and far lateral RMS / max (where), along-heading RMS, match counts. */
    String line() {
        long n = count[0] + count[1];
        return String.format(Locale.ROOT,
                "  lat-vel near rmse %.3f max %.2f (%s) | far rmse %.3f max %.2f (%s) | along rmse %.3f | n %d/%d",
                lateralRmse(0), maxAbs[0], maxAt[0], lateralRmse(1), maxAbs[1], maxAt[1],
                n == 0 ? Double.NaN : Math.sqrt(alongSumSq / n), count[0], count[1]);
    }

    /** Adds {@code other}'s matches (for a total over scenarios; the worst cases keep their place). */
    void add(LateralVelocityStats other) {
        for (int b = 0; b < 2; b++) {
            sumSq[b] += other.sumSq[b];
            count[b] += other.count[b];
            if (other.maxAbs[b] > maxAbs[b]) {
                maxAbs[b] = other.maxAbs[b];
                maxAt[b] = other.maxAt[b];
            }
        }
        alongSumSq += other.alongSumSq;
    }
}
