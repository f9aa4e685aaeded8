package io.avstack.fusion.track;

import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.FusionConfig;
import java.util.List;

/**
 * Vehicle detections whose class a published pedestrian or cyclist track disputes. The lidar BEV
 * network sometimes grows a small object seen side-on into a car: a 4.6 x 1.9 m box whose near face
 * lies on the object's scan points and whose centre is two metres beyond it; the camera network, close
 * up, sometimes boxes a cyclist as a car as well as a cyclist. Such a detection cannot update the track
 * as what it claims (a car is never a pedestrian: the classes are forbidden to pair, and a box's
 * centre and size are invented), but the surface it saw is real: a box's near face, the bottom centre
 * of a camera box. So a vehicle detection left unassigned after the global assignment becomes a
 * class-less measurement of what the sensor saw, without class vote, size or heading: for a box, the
 * track's own centre behind the box's near face ({@link BoxGeometry#nearFace}); for a camera box, its
 * ground point as a surface measurement (a radar cluster voting CAR likewise, without its range
 * rate). It is matched to the published pedestrian or cyclist track whose prediction it gates best
 * with (the track's class gate), unless a track of a compatible class explains it (it gated with one
 * in the assignment, or lies inside one's box). If that track was not updated by this frame it is
 * updated with it; either way the detection starts no track: it neither misses the track nor forks a
 * false car beside it. Allocation-free; one thread.
 */
final class DisputedDetections {

    private final FusionConfig config;
    private final KalmanFilter kf;
    private final MeasurementModel model;
    private final Measurement face = new Measurement();
    private final double[] faceMid = new double[2];

    DisputedDetections(FusionConfig config, KalmanFilter kf, MeasurementModel model) {
        this.config = config;
        this.kf = kf;
        this.model = model;
    }

    /**
     * The index of the published pedestrian or cyclist track that unassigned vehicle detection
     * {@code m} saw, or -1; on a match {@link #faceMeasurement()} holds the class-less
     * measurement to update it with (when the track was not updated by this frame).
     */
    int match(List<Track> tracks, Measurement m, MeasurementBatch batch) {
        if (!isVehicle(m.cls)) {
            return -1;
        }
        double margin = config.association().spawnSuppressMarginM();
        for (int i = 0; i < tracks.size(); i++) {
            Track t = tracks.get(i);
            if (Associator.classPenalty(t.cls, m.cls, 0) != Assignment.FORBIDDEN
                    && t.contains(m.z[0], m.z[1], margin)) {
                return -1; // a second detection of a vehicle tracked as one: not disputed
            }
        }
        double normalRad = m.hasBox ? BoxGeometry.nearFace(m.z[0], m.z[1], m.lengthM, m.widthM, m.yawRad,
                batch.sensorXM, batch.sensorYM, faceMid) : 0;
        int best = -1;
        double bestD2 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < tracks.size(); i++) {
            Track t = tracks.get(i);
            if (!t.isPublished() || !Tracker.isVulnerable(t.cls)) {
                continue;
            }
            set(m, t, normalRad);
            ClassParams cp = config.classParams(t.cls);
            if (Math.hypot(face.z[0] - t.x[0], face.z[1] - t.x[1]) > cp.gateDistanceM()) {
                continue;
            }
            model.linearise(t, cp, face, batch);
            if (kf.innovation(t.p, model.h, model.r, model.z, model.zHat, model.dim)) {
                double d2 = kf.mahalanobisSq();
                if (d2 <= cp.gateMahalanobisSq() && d2 < bestD2) {
                    best = i;
                    bestD2 = d2;
                }
            }
        }
        if (best >= 0) {
            set(m, tracks.get(best), normalRad);
        }
        return best;
    }

    /**
     * The class-less measurement of {@code m} for track {@code t}: for a box, the track's centre behind
     * the box's near face (the face's midpoint moved back along its normal by half the track's own
     * extent, with that offset's uncertainty added), else the detection's surface point.
     */
    private void set(Measurement m, Track t, double normalRad) {
        face.clear();
        face.sensor = m.sensor;
        face.dim = 2;
        face.score = m.score;
        face.r[0] = m.r[0];
        face.r[1] = m.r[1];
        face.r[2] = m.r[m.dim];
        face.r[3] = m.r[m.dim + 1];
        if (!m.hasBox) {
            face.surface = true; // a camera ground point or radar centroid; a radar range rate is dropped
            face.z[0] = m.z[0];
            face.z[1] = m.z[1];
            return;
        }
        double depth = t.surfaceOffsetM(normalRad);
        face.z[0] = faceMid[0] - depth * Math.cos(normalRad);
        face.z[1] = faceMid[1] - depth * Math.sin(normalRad);
        double extra = (TrackInit.SURFACE_OFFSET_REL_SIGMA * depth) * (TrackInit.SURFACE_OFFSET_REL_SIGMA * depth);
        face.r[0] += extra;
        face.r[3] += extra;
    }

    /** The class-less measurement of the last successful {@link #match}. */
    Measurement faceMeasurement() {
        return face;
    }

    private static boolean isVehicle(ObjectClass c) {
        return c == ObjectClass.CAR || c == ObjectClass.TRUCK || c == ObjectClass.BUS;
    }

}
