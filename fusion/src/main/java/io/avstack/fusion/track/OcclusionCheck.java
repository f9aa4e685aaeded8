package io.avstack.fusion.track;

import java.util.List;

/**
 * Whether a track is hidden from a sensor behind a nearer published track: the nearer one's
 * angular extent, seen from the sensor, covers the farther one's centre bearing. A hidden track is
 * not penalised for being missed. Planar (no height). Allocation-free once grown; one thread.
 */
final class OcclusionCheck {

    private double[] range = new double[0];
    private double[] bearing = new double[0];
    private double[] halfAngle = new double[0];
    private boolean[] occluder = new boolean[0];
    private int count;

    /** Computes every track's range, bearing and angular half-width from the batch's sensor. */
    void prepare(List<Track> tracks, MeasurementBatch batch) {
        count = tracks.size();
        if (range.length < count) {
            int cap = Math.max(count, 2 * range.length);
            range = new double[cap];
            bearing = new double[cap];
            halfAngle = new double[cap];
            occluder = new boolean[cap];
        }
        for (int i = 0; i < count; i++) {
            Track t = tracks.get(i);
            double dx = t.x[0] - batch.sensorXM;
            double dy = t.x[1] - batch.sensorYM;
            range[i] = Math.hypot(dx, dy);
            bearing[i] = Math.atan2(dy, dx);
            halfAngle[i] = Math.atan2(t.halfWidthAcrossM(bearing[i]), Math.max(range[i], 1e-3));
            occluder[i] = t.isPublished();
        }
    }

    /** Whether track {@code k} (index in the list given to {@link #prepare}) is hidden. */
    boolean isOccluded(int k) {
        for (int j = 0; j < count; j++) {
            if (j != k && occluder[j] && range[j] < range[k]
                    && Math.abs(Angles.wrap(bearing[k] - bearing[j])) < halfAngle[j]) {
                return true;
            }
        }
        return false;
    }
}
