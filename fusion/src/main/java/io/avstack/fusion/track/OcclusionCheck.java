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
    private double[] lo = new double[0];
    private double[] hi = new double[0];
    private double[] near = new double[0];
    private final double[] extent = new double[2];

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

    /**
     * Sets every track's {@link Track#hiddenRad}: how much of its angular extent seen from the batch's
     * sensor a published track nearer the sensor (by its nearest point) covers at one of its ends. A
     * nearer track inside the extent leaves both ends in view; one covering all of it leaves 0 (a
     * measurement assigned to such a track says nothing about which part it saw).
     */
    void hiddenExtents(List<Track> tracks, MeasurementBatch batch) {
        prepare(tracks, batch);
        if (lo.length < count) {
            lo = new double[range.length];
            hi = new double[range.length];
            near = new double[range.length];
        }
        double sx = batch.sensorXM;
        double sy = batch.sensorYM;
        for (int i = 0; i < count; i++) {
            Track t = tracks.get(i);
            BoxGeometry.bearingExtent(t.x[0], t.x[1], t.lengthM, t.widthM, t.headingRad, sx, sy, extent);
            lo[i] = extent[0];
            hi[i] = extent[1];
            near[i] = BoxGeometry.distance(t.x[0], t.x[1], t.lengthM, t.widthM, t.headingRad, sx, sy);
        }
        for (int k = 0; k < count; k++) {
            double visLo = lo[k];
            double visHi = hi[k];
            boolean all = false;
            for (int j = 0; j < count; j++) {
                if (j == k || !occluder[j] || near[j] >= near[k]) {
                    continue;
                }
                double shift = Angles.wrap(bearing[j] - bearing[k]);
                double oLo = shift + lo[j];
                double oHi = shift + hi[j];
                if (oLo <= visLo && oHi >= visHi) {
                    all = true;
                } else if (oLo <= visLo && oHi > visLo) {
                    visLo = oHi;
                } else if (oHi >= visHi && oLo < visHi) {
                    visHi = oLo;
                }
            }
            tracks.get(k).hiddenRad = all ? 0 : (hi[k] - lo[k]) - (visHi - visLo);
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
