package io.avstack.safety.geom;

import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.safety.config.VehicleLimits;

/**
 * One tracked object relative to the ego in a {@link PathFrame}: bumper-to-bumper gaps along and
 * across the path and the object's velocity in the path's axes. Mutable work object, reused.
 */
public final class ObjectRelation {

    public long trackId;
    public ObjectClass cls;
    /** Object centre minus ego reference point along the path, m. */
    public double relSM;
    /** Object centre minus ego reference point across the path, m, positive = object on the left. */
    public double relDM;
    /** Object velocity along the path at its foot point, m/s; negative = oncoming. */
    public double lonSpeedMps;
    /**
     * Object velocity across the path, m/s, positive = leftwards: fusion's estimate as far as the
     * track's observed motion confirms it (see {@link #confirmedLateralMps}).
     */
    public double latSpeedMps;
    /** Fusion's estimate of the velocity across the path, unconfirmed, m/s. */
    public double latSpeedReportedMps;
    /** Existence probability and age of the track, s. */
    public double existenceProb;
    public double ageS;
    /** Object acceleration along the path, m/s². */
    public double lonAccelMps2;
    /** Standard deviation of the object's position across the path (fusion's estimate), m. */
    public double latSigmaM;
    /** Half the object's extent along / across the path (its box projected on the path axes), m. */
    public double halfLonM;
    public double halfLatM;
    /** Whether the object's centre is ahead of the ego's box centre. */
    public boolean ahead;
    /**
     * Distance between the boxes along the path, m: from the ego's front bumper for objects ahead,
     * from its rear bumper for objects behind; negative when their extents overlap along the path.
     */
    public double lonGapM;
    /** Distance between the boxes across the path, m; negative when they overlap across it. */
    public double latGapM;

    private final PathPoint foot = new PathPoint();

    /**
     * Relates {@code o}, predicted {@code dtS} ahead at constant velocity (the world model's stamp
     * to the ego state's), to {@code ego}.
     *
     * @param observedVxMps the track's observed velocity along map x ({@link TrackMotion}), NaN if unknown
     * @param observedVyMps ... along map y
     */
    public void set(TrackedObject o, double dtS, double observedVxMps, double observedVyMps, EgoOnPath ego,
                    PathFrame path, VehicleLimits vehicle) {
        trackId = o.trackId();
        cls = o.cls();
        existenceProb = o.existenceProb();
        ageS = o.ageNs() / 1e9;
        double vx = o.velocity().vxMps();
        double vy = o.velocity().vyMps();
        path.project(o.xM() + vx * dtS, o.yM() + vy * dtS, foot);
        double c = Math.cos(foot.headingRad);
        double s = Math.sin(foot.headingRad);
        relSM = foot.sM - ego.sM;
        relDM = foot.dM - ego.dM;
        lonSpeedMps = vx * c + vy * s;
        latSpeedReportedMps = -vx * s + vy * c;
        latSigmaM = Math.sqrt(o.positionVarianceAlong(-s, c));
        // across the path, as latSigmaM: a radar-born track knows its speed along the line of sight to
        // a few cm/s and across it to metres per second; their mean halved the lateral uncertainty
        double sigma = Math.sqrt(o.velocityVarianceAlong(-s, c));
        latSpeedMps = confirmedLateralMps(latSpeedReportedMps, -observedVxMps * s + observedVyMps * c, sigma);
        lonAccelMps2 = o.axMps2() * c + o.ayMps2() * s;
        double relYaw = o.yawRad() - foot.headingRad;
        double cy = Math.abs(Math.cos(relYaw));
        double sy = Math.abs(Math.sin(relYaw));
        halfLonM = 0.5 * (cy * o.dims().lengthM() + sy * o.dims().widthM());
        halfLatM = 0.5 * (sy * o.dims().lengthM() + cy * o.dims().widthM());
        ahead = isAhead(relSM, vehicle);
        lonGapM = lonGapM(relSM, halfLonM, vehicle);
        latGapM = latGapM(relDM, halfLatM, vehicle);
    }

    /**
     * The lateral velocity the checks act on: fusion's estimate, but no faster than the track's
     * observed motion in the same direction, and 0 when the two disagree in direction (a velocity
     * the positions do not show is noise, e.g. radar azimuth or a box that grows); in either case
     * less one standard deviation of the estimate (without enough history, {@code observed} NaN,
     * the estimate alone). A far radar-born track's positions jitter with the azimuth noise as much
     * as its velocity does, so observed motion alone confirmed 1-2 m/s of lateral noise: an oncoming
     * car in its own lane 80 m ahead was braked for (oncoming-traffic, 9 m/s²).
     */
    public static double confirmedLateralMps(double reported, double observed, double sigmaMps) {
        if (!Double.isNaN(observed) && reported * observed <= 0) {
            return 0.0;
        }
        double speed = Double.isNaN(observed) ? Math.abs(reported) : Math.min(Math.abs(reported), Math.abs(observed));
        return Math.signum(reported) * Math.max(0.0, speed - sigmaMps);
    }

    /** Objects are predicted from the world model's stamp to the ego state's over at most this, s. */
    public static final double MAX_PREDICTION_S = 0.5;

    /** Seconds to predict a world model's objects forward to the ego state's stamp, clamped to +-{@link #MAX_PREDICTION_S}. */
    public static double predictionS(EgoState ego, WorldModel wm) {
        double dtS = (ego.header().stampNs() - wm.header().stampNs()) / 1e9;
        return Math.max(-MAX_PREDICTION_S, Math.min(MAX_PREDICTION_S, dtS));
    }

    /** Whether an object centre {@code relSM} along the path from the ego reference is ahead of the ego's box centre. */
    public static boolean isAhead(double relSM, VehicleLimits vehicle) {
        return relSM > 0.5 * vehicle.lengthM() - vehicle.rearOverhangM();
    }

    /** Box-to-box distance along the path of an object centred {@code relSM} ahead with half extent {@code halfLonM}, m. */
    public static double lonGapM(double relSM, double halfLonM, VehicleLimits vehicle) {
        return isAhead(relSM, vehicle) ? relSM - halfLonM - vehicle.frontM() : -relSM - halfLonM - vehicle.rearOverhangM();
    }

    /** Box-to-box distance across the path of an object centred {@code relDM} aside with half extent {@code halfLatM}, m. */
    public static double latGapM(double relDM, double halfLatM, VehicleLimits vehicle) {
        return Math.abs(relDM) - halfLatM - 0.5 * vehicle.widthM();
    }

    /** Closing speed of an object ahead: ego speed along the path minus the object's, m/s. */
    public double closingSpeedMps(EgoOnPath ego) {
        return ego.speedAlongMps - lonSpeedMps;
    }
}
