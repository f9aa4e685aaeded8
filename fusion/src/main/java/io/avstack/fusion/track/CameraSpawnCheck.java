package io.avstack.fusion.track;

import io.avstack.core.msg.TrackedObject;
import java.util.List;

/**
 * Camera detections that must not start a track although nothing took them. The camera measures a
 * bearing well and a range badly (the flat-ground ray through the box's bottom edge): a truck 97 m
 * ahead, 9 by 17 pixels, was boxed as a PEDESTRIAN and ranged at 62-70 m, and its camera-only
 * track, published at the edge of the ego's lane, made the planner stop from 110 km/h (truck-cut-in).
 * Such a detection is not a new object when
 *
 * <ul>
 *   <li>it is ranged beyond the camera's {@code maxRangeM}: the range table, the coverage and the
 *       misses stop there, so nothing could confirm or delete its track but more of the same
 *       detections;</li>
 *   <li>or its line of sight, within three standard deviations of its range, passes through the box
 *       (grown by {@code marginM}) of a published vehicle track whose class it may not update (a
 *       pedestrian or cyclist on a car's or truck's bearing): the camera cannot tell it from that
 *       vehicle, mislabelled, and a real pedestrian there is started by the lidar or radar.</li>
 * </ul>
 *
 * Static, allocation-free.
 */
final class CameraSpawnCheck {

    private CameraSpawnCheck() {
    }

    /** Whether camera measurement {@code m} of {@code batch} may start a track given {@code tracks}. */
    static boolean mayStart(Measurement m, MeasurementBatch batch, List<Track> tracks, double marginM) {
        if (batch.sensor != TrackedObject.SENSOR_CAMERA) {
            return true;
        }
        return rangeM(m, batch) <= batch.coverage.maxRangeM() && blockingVehicle(m, batch, tracks, marginM) < 0;
    }

    /** Range of measurement {@code m} from {@code batch}'s sensor, m. */
    static double rangeM(Measurement m, MeasurementBatch batch) {
        return Math.hypot(m.z[0] - batch.sensorXM, m.z[1] - batch.sensorYM);
    }

    /**
     * The published vehicle track whose box (grown by {@code marginM}) the line of sight of camera
     * measurement {@code m} passes through within three standard deviations of its range, and whose
     * class {@code m}'s may not update; of several, the one whose centre is nearest to {@code m}. -1
     * when there is none, or {@code m} is not a camera measurement.
     */
    static int blockingVehicle(Measurement m, MeasurementBatch batch, List<Track> tracks, double marginM) {
        double range = rangeM(m, batch);
        if (batch.sensor != TrackedObject.SENSOR_CAMERA || range < 1e-6) {
            return -1;
        }
        double ux = (m.z[0] - batch.sensorXM) / range;
        double uy = (m.z[1] - batch.sensorYM) / range;
        double spread = 3 * m.alongSightSigmaM(batch.sensorXM, batch.sensorYM);
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < tracks.size(); i++) {
            Track t = tracks.get(i);
            if (t.isPublished() && Tracker.isVehicle(t.cls)
                    && Associator.classPenalty(t.cls, m.cls, 0) == Assignment.FORBIDDEN
                    && BoxGeometry.segmentHits(t.x[0], t.x[1], t.lengthM, t.widthM, t.headingRad, batch.sensorXM,
                            batch.sensorYM, ux, uy, range - spread, range + spread, marginM)) {
                double d = Math.hypot(t.x[0] - m.z[0], t.x[1] - m.z[1]);
                if (d < bestD) {
                    best = i;
                    bestD = d;
                }
            }
        }
        return best;
    }
}
