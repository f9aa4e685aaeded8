package io.avstack.fusion.track;

import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.FusionConfig;

/**
 * Turns a vehicle track into a pedestrian or cyclist track when the camera keeps seeing a pedestrian
 * or cyclist on it, more confidently than anything calls it a vehicle. Association never pairs a
 * pedestrian or cyclist detection with a vehicle track (a pedestrian is never a car), and a camera
 * pedestrian or cyclist on a vehicle track's line of sight starts no track ({@link CameraSpawnCheck}),
 * so a track born as a vehicle stayed one for good. The lidar network takes a standing cyclist seen
 * side-on for the rear of a car (a 4.6 m box whose near face lies on the cyclist, scores 0.46-0.65):
 * in cyclist-start-near-side the camera boxed a cyclist on that track at 0.64-0.82 in every frame for
 * 3 s, the track stayed a CAR, and as a car it had a car's quiet lateral model and the planner's rule
 * that vehicles move across only on 2-sigma evidence; it followed the cyclist's start across the
 * road 0.5 s late and the ego hit it.
 *
 * <p>The rule: a confident camera detection of a pedestrian or cyclist that a vehicle track's box
 * kept from starting a track, within {@link #MAX_RANGE_M}, is a dispute ({@link #dispute}). Once
 * disputes have come without a gap of more than {@link #MAX_GAP_S} for {@link #MIN_RUN_S}, and their
 * mean score is at least {@link #SWITCH_RATIO} times the mean score of the track's recent vehicle
 * votes (or no vehicle vote came for {@link #MAX_GAP_S}), while the track is no faster than a
 * cyclist, the track becomes the pedestrian or cyclist class with the most votes ({@link #regroup}).
 * Vehicle detections on it then update it as what they saw ({@link DisputedDetections}). Means of
 * scores, not sums: the comparison does not depend on the sensors' frame rates. Only this way: a
 * pedestrian or cyclist track never becomes a vehicle (treating an uncertain object as a vulnerable
 * road user is the cautious side), and a car the lidar sees well (~0.9) cannot be outvoted by a
 * camera mislabel (at most 1.0 &lt; 1.2 x 0.9). Static; allocation-free.
 */
final class ClassDispute {

    /** Weight of a new vote in the running mean scores. */
    static final double MEAN_WEIGHT = 0.3;
    /** Disputes (and vehicle votes) further apart than this start a new run (count as absent), s. */
    static final double MAX_GAP_S = 0.5;
    /** How long the disputes must have lasted, s. */
    static final double MIN_RUN_S = 0.4;
    /** The mean dispute score needed, as a multiple of the mean vehicle vote score. */
    static final double SWITCH_RATIO = 1.2;
    /**
     * Camera detections farther than this (from the camera) do not dispute: its class is less sure
     * there, m. 50, not 40: the session-14 camera weights first box a standing side-on cyclist at
     * ~42 m, and at 40 m the lidar's car track stood 2 m beyond it for a further second
     * (fusion-crossing).
     */
    static final double MAX_RANGE_M = 50.0;
    /** A track faster than this is no pedestrian or cyclist, m/s. */
    static final double VULNERABLE_MAX_SPEED_MPS = 8.0;

    private ClassDispute() {
    }

    /** Records a class vote of a detection that updated {@code t}: vehicle votes feed their running mean. */
    static void vehicleVote(Track t, ObjectClass cls, double score, long stampNs) {
        if (!Tracker.isVehicle(cls) || !(score > 0)) {
            return;
        }
        boolean fresh = t.vehicleVoteNs == Long.MIN_VALUE || stampNs - t.vehicleVoteNs > gapNs();
        t.vehicleVoteScore = fresh ? score : t.vehicleVoteScore + MEAN_WEIGHT * (score - t.vehicleVoteScore);
        t.vehicleVoteNs = Math.max(stampNs, t.vehicleVoteNs);
    }

    /**
     * A camera detection {@code m} of a pedestrian or cyclist that vehicle track {@code t} kept from
     * starting a track: a vote for its class, then {@link #regroup} if the dispute has lasted.
     *
     * @param rangeM the detection's range from the camera
     * @return whether the track became a pedestrian or cyclist track
     */
    static boolean dispute(Track t, Measurement m, double rangeM, long stampNs, FusionConfig config,
            double sensorXM, double sensorYM) {
        if (!Tracker.isVulnerable(m.cls) || !Tracker.isVehicle(t.cls) || rangeM > MAX_RANGE_M || !(m.classVote > 0)) {
            return false;
        }
        t.vote(m.cls, m.classVote);
        if (t.disputeLastNs == Long.MIN_VALUE || stampNs - t.disputeLastNs > gapNs()) {
            t.disputeStartNs = stampNs;
            t.disputeScore = m.score;
        } else {
            t.disputeScore += MEAN_WEIGHT * (m.score - t.disputeScore);
        }
        t.disputeLastNs = Math.max(stampNs, t.disputeLastNs);
        boolean vehicleSeen = t.vehicleVoteNs != Long.MIN_VALUE && stampNs - t.vehicleVoteNs <= gapNs();
        if (stampNs - t.disputeStartNs < Math.round(MIN_RUN_S * 1e9)
                || vehicleSeen && t.disputeScore < SWITCH_RATIO * t.vehicleVoteScore
                || Math.hypot(t.x[2], t.x[3]) > VULNERABLE_MAX_SPEED_MPS) {
            return false;
        }
        regroup(t, config, sensorXM, sensorYM);
        return true;
    }

    /**
     * Makes vehicle track {@code t} the pedestrian or cyclist class with the most votes. Its box
     * becomes that class's prior size, turned across the line of sight from the sensor (what a
     * side-on cyclist shows: a face as wide as a car's rear), and its centre moves along that line so
     * that its near side stays where it was; the position variance grows by the move.
     */
    static void regroup(Track t, FusionConfig config, double sensorXM, double sensorYM) {
        ObjectClass target = t.classVotes[ObjectClass.CYCLIST.ordinal()]
                >= t.classVotes[ObjectClass.PEDESTRIAN.ordinal()] ? ObjectClass.CYCLIST : ObjectClass.PEDESTRIAN;
        double losRad = Math.atan2(t.x[1] - sensorYM, t.x[0] - sensorXM);
        double before = t.surfaceOffsetM(losRad);
        ClassParams prior = config.classParams(target);
        t.cls = target;
        t.lengthM = prior.lengthM();
        t.widthM = prior.widthM();
        t.heightM = prior.heightM();
        t.sizeMeasured = false;
        t.partialBoxRun = 0;
        t.headingRad = Angles.wrap(losRad + Math.PI / 2);
        t.headingKnown = false;
        t.boxHeading = false;
        double shiftM = t.surfaceOffsetM(losRad) - before;
        t.x[0] += shiftM * Math.cos(losRad);
        t.x[1] += shiftM * Math.sin(losRad);
        t.p[0] += shiftM * shiftM;
        t.p[MotionModel.N + 1] += shiftM * shiftM;
    }

    private static long gapNs() {
        return Math.round(MAX_GAP_S * 1e9);
    }
}
