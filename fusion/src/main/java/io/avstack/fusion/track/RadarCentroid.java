package io.avstack.fusion.track;

import java.util.List;

/**
 * One radar measurement per object from all of its clusters. A radar sees a car as its near point and
 * outline corners (docs/SENSORS.md); at long range these lie up to the car's width apart across the
 * line of sight and come out as one, two or three clusters, differently from scan to scan. The
 * assignment gives a track one of them, the one nearest its prediction: a track a little left of its
 * car keeps taking the left corner, walks towards it and reads the walk as lateral velocity (an
 * oncoming car at 130 m tracked 1.5 m off with vy 3 m/s, then corrected by the camera at -2 m/s).
 * So the unassigned clusters inside the track's box (grown by the spawn suppression margin plus the
 * cluster's own cross-range standard deviation, the box of no other track) whose range rate agrees
 * within three standard deviations are folded into the assigned one as what the measurement model
 * predicts ({@link Track#visiblePoint}): the middle of the angular extent they span, at the range of
 * the nearest (the near point), with their mean range rate and the assigned cluster's covariance.
 * (Their plain mean was tried: the far corners pulled it a metre or two behind the near side and MOTA
 * fell.) They start no track, as before: they lie inside the track's box. Allocation-free; one thread.
 */
final class RadarCentroid {

    private final Measurement merged = new Measurement();

    /**
     * The measurement to update track row {@code row} with, given its assigned radar measurement
     * {@code col}: {@code batch.get(col)} itself, or (when other clusters of its object were found and
     * claimed from {@code associator}) the middle of their angular extent at the nearest one's range.
     */
    Measurement fold(List<Track> tracks, int row, int col, MeasurementBatch batch, Associator associator,
            double marginM) {
        Measurement m = batch.get(col);
        Track t = tracks.get(row);
        double bearing0 = Math.atan2(m.z[1] - batch.sensorYM, m.z[0] - batch.sensorXM);
        double minRange = Math.hypot(m.z[0] - batch.sensorXM, m.z[1] - batch.sensorYM);
        double lo = 0;
        double hi = 0;
        int count = 1;
        double srr = m.z[2];
        for (int k = 0; k < batch.size(); k++) {
            Measurement o = batch.get(k);
            if (k == col || associator.rowOf(k) >= 0 || o.weak || o.dim != 3
                    || !t.contains(o.z[0], o.z[1], marginM + o.acrossSightSigmaM(batch.sensorXM, batch.sensorYM))
                    || inOtherBox(tracks, row, o, marginM)
                    || Math.abs(o.z[2] - m.z[2]) > 3 * Math.sqrt(o.r[8] + m.r[8])) {
                continue;
            }
            associator.claim(k);
            count++;
            srr += o.z[2];
            double dx = o.z[0] - batch.sensorXM;
            double dy = o.z[1] - batch.sensorYM;
            double rel = Angles.wrap(Math.atan2(dy, dx) - bearing0);
            lo = Math.min(lo, rel);
            hi = Math.max(hi, rel);
            minRange = Math.min(minRange, Math.hypot(dx, dy));
        }
        if (count == 1) {
            return m;
        }
        merged.copyFrom(m);
        double bearing = bearing0 + 0.5 * (lo + hi);
        merged.z[0] = batch.sensorXM + minRange * Math.cos(bearing);
        merged.z[1] = batch.sensorYM + minRange * Math.sin(bearing);
        merged.z[2] = srr / count;
        return merged;
    }

    private static boolean inOtherBox(List<Track> tracks, int row, Measurement o, double marginM) {
        for (int i = 0; i < tracks.size(); i++) {
            if (i != row && tracks.get(i).state != TrackState.DELETED && tracks.get(i).contains(o.z[0], o.z[1], marginM)) {
                return true;
            }
        }
        return false;
    }
}
