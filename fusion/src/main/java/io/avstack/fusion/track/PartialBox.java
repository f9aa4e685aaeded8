package io.avstack.fusion.track;

import io.avstack.core.msg.ObjectClass;

/**
 * A lidar box that covers only part of a long object the track has already measured: as the ego
 * passes a truck the lidar network boxes its front 7 m of 10 (highway-cruise: centres 1.3-1.8 m
 * ahead of the truck's for two seconds, read by the filter as +2.5 m/s, while the track's length
 * shrank to 6.8 m). One end of such a box is the object's end; the box's centre is not the object's.
 *
 * Behind the ego the same truck was boxed 4-6 m long and 1.7-2.2 m wide (of 2.5), its centre on the
 * side facing the lidar, and the track drifted towards the ego's lane at 0.5 m/s.
 *
 * <p>{@link #anchor} rewrites the box as a measurement of the track's own centre: the box end that
 * matches the track's predicted end better (along the heading) is kept and the centre put half the
 * track's length behind it; a narrow box's side facing the sensor is kept and the centre put half
 * the track's width beyond it. The position covariance grows by a third of each shift (which end is
 * which can be wrong by about that much). Allocation-free; one thread.
 */
final class PartialBox {

    /** Box yaw within this of the track's heading (modulo pi) to count as the same object's outline, rad. */
    private static final double MAX_YAW_DIFF_RAD = Math.toRadians(20);
    /** Standard deviation added along the heading, as a fraction of the centre's shift. */
    private static final double SHIFT_SIGMA_FRACTION = 1.0 / 3;

    /**
     * Smallest shortfall of a partial box's length and width, m: below it the box's own noise is
     * larger than what anchoring would correct. 0.8 m: the lidar network's boxes of a 10 m truck at
     * 30-45 m were 7.6-10.2 m long, mostly short at the far end (fusion-crossing: with 1 m, its
     * 9.0-9.2 m boxes, centred 0.5-0.8 m short, kept the track 0.5-0.6 m off for a second); at 0.4 m
     * the truth-noise boxes (length noise about 0.5 m, both ways) were anchored on the wrong end of a
     * track grown 0.6 m too long, 0.5 m off (FusionClosedLoopSystemTest).
     */
    private static final double MIN_LENGTH_SHORTFALL_M = 0.8;
    private static final double MIN_WIDTH_SHORTFALL_M = 0.25;
    /**
     * Only tracks at least this long are anchored, m. A car in a stop-and-go queue, half hidden by the
     * car in front, was boxed 3.2-3.8 m long 0.8 m off both its ends: anchored on the end its drifting
     * track matched, it lost its weak boxes to a neighbour's and became a false track (MOTA 0.993 -> 0.962).
     */
    private static final double MIN_TRACK_LENGTH_M = 6.0;
    /** After this many partial boxes in a row (3 s of lidar) a box's length is believed again. */
    static final int MAX_PARTIAL_RUN = 30;
    /** A box shorter than a long vehicle's track moves its length by this fraction of the smoothing weight only. */
    static final double SHRINK_FRACTION = 0.25;

    private final Measurement scratch = new Measurement();

    /**
     * Whether {@code m} (a box) is a partial view of {@code t}: the track's size was measured, the box
     * lies along its heading and is shorter than {@code ratio} of its length, and fewer than
     * {@link #MAX_PARTIAL_RUN} boxes in a row were (after that many the boxes are believed: the
     * track's length was wrong).
     */
    static boolean isPartial(Track t, Measurement m, double ratio) {
        return alongHeading(t, m) && t.partialBoxRun < MAX_PARTIAL_RUN && m.lengthM < ratio * t.lengthM
                && t.lengthM - m.lengthM >= MIN_LENGTH_SHORTFALL_M;
    }

    /** Whether {@code m} is a box narrower than {@code ratio} of {@code t}'s measured width, along its heading. */
    static boolean isNarrow(Track t, Measurement m, double ratio) {
        return alongHeading(t, m) && t.partialBoxRun < MAX_PARTIAL_RUN && m.widthM < ratio * t.widthM
                && t.widthM - m.widthM >= MIN_WIDTH_SHORTFALL_M;
    }

    /**
     * Weight of box {@code m}'s length in {@code t}'s smoothed length, when {@code m} is no partial
     * view ({@link #isPartial}): {@code smoothing}, or 1 for the first box of a track whose length was
     * its class's prior. A long vehicle's boxes come out short (its far end is hit by few points, or
     * hidden), seldom long: fusion-crossing's oncoming truck, tracked by camera and radar with its
     * class's 10 m, was boxed 8.4 m long at 50 m; taken at once, the shorter length put its centre
     * (measured by radar and camera as its near face's) 0.8-1.0 m short for two seconds. So on a
     * long vehicle's track ({@link MeasurementModel#LONG_VEHICLE_M} or longer) a shorter box moves
     * the length by {@link #SHRINK_FRACTION} of {@code smoothing} only (a shorter truck's track
     * still converges, in about two seconds of boxes), the first one too when the network also calls
     * the object a truck or bus (a car taken for a truck by the radar is believed at once).
     */
    static double lengthWeight(Track t, Measurement m, double smoothing) {
        boolean longTrack = MeasurementModel.isLongVehicle(t);
        boolean shorter = longTrack && m.lengthM < t.lengthM;
        if (!t.sizeMeasured) {
            return shorter && isLongClass(m.cls) ? SHRINK_FRACTION * smoothing : 1.0;
        }
        return shorter ? SHRINK_FRACTION * smoothing : smoothing;
    }

    private static boolean isLongClass(ObjectClass c) {
        return c == ObjectClass.TRUCK || c == ObjectClass.BUS;
    }

    /**
     * A box and a long vehicle's track (a truck or bus: the lidar network boxes cars whole, or so
     * badly that anchoring picks the wrong end) with a known length, aligned. The length is known
     * when it was measured, or when it is still the track's class prior and the network calls the
     * box a truck or bus as well: the oncoming truck's first box (8.4 m of 10, 1.6 m short at its
     * far end) had moved its camera-and-radar track 1 m back to the box's centre (fusion-crossing).
     * Only published tracks: which end a box shares with the track is judged on the track's
     * prediction, and a tentative track's velocity is a guess (urban-showcase: a truck behind the ego,
     * its second box anchored on the end its standing first one predicted, was tracked 2 m/s too fast
     * for half a second more).
     */
    private static boolean alongHeading(Track t, Measurement m) {
        if (!m.hasBox || !(t.sizeMeasured || isLongClass(m.cls)) || !Tracker.isVehicle(t.cls)
                || t.lengthM < MIN_TRACK_LENGTH_M || !t.isPublished()) {
            return false;
        }
        double d = Math.abs(Angles.wrap(m.yawRad - t.headingRad));
        return Math.min(d, Math.PI - d) <= MAX_YAW_DIFF_RAD;
    }

    /**
     * {@code m} unchanged when it is neither a partial view of {@code t} ({@link #isPartial}) nor a
     * narrow one ({@link #isNarrow}), otherwise a copy (owned by this object, valid until the next
     * call) that measures the track's centre: along the heading from the box end that matches the
     * track's best, across it from the box's side facing the sensor at ({@code sensorXM},
     * {@code sensorYM}) (the side its points lie on).
     */
    Measurement anchor(Track t, Measurement m, double ratio, double sensorXM, double sensorYM) {
        boolean partial = isPartial(t, m, ratio);
        boolean narrow = isNarrow(t, m, ratio);
        if (!partial && !narrow) {
            return m;
        }
        double c = Math.cos(t.headingRad);
        double s = Math.sin(t.headingRad);
        double along = 0;
        if (partial) {
            // box ends and track ends as positions along the heading, relative to the track's centre
            double boxMid = c * (m.z[0] - t.x[0]) + s * (m.z[1] - t.x[1]);
            double frontGap = Math.abs(boxMid + 0.5 * m.lengthM - 0.5 * t.lengthM);
            double rearGap = Math.abs(boxMid - 0.5 * m.lengthM + 0.5 * t.lengthM);
            along = 0.5 * (t.lengthM - m.lengthM) * (frontGap <= rearGap ? -1 : 1);
        }
        double across = 0;
        if (narrow) {
            double sensorSide = -s * (sensorXM - m.z[0]) + c * (sensorYM - m.z[1]);
            across = 0.5 * (t.widthM - m.widthM) * (sensorSide >= 0 ? -1 : 1);
        }
        scratch.copyFrom(m);
        scratch.z[0] = m.z[0] + along * c - across * s;
        scratch.z[1] = m.z[1] + along * s + across * c;
        double va = SHIFT_SIGMA_FRACTION * SHIFT_SIGMA_FRACTION * along * along;
        double vc = SHIFT_SIGMA_FRACTION * SHIFT_SIGMA_FRACTION * across * across;
        int n = scratch.dim;
        scratch.r[0] += va * c * c + vc * s * s;
        scratch.r[1] += (va - vc) * c * s;
        scratch.r[n] += (va - vc) * c * s;
        scratch.r[n + 1] += va * s * s + vc * c * c;
        return scratch;
    }
}
