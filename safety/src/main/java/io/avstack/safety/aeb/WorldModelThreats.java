package io.avstack.safety.aeb;

import io.avstack.core.rss.RssParams;
import io.avstack.safety.config.AebConfig;
import io.avstack.safety.config.CheckConfig;
import io.avstack.safety.config.VehicleLimits;
import io.avstack.safety.geom.EgoOnPath;
import io.avstack.safety.geom.ObjectRelation;
import io.avstack.safety.geom.ObjectRelations;
import io.avstack.safety.rss.SafeDistances;

/**
 * Collision threats among the world model's tracks: objects ahead on the ego path that close in
 * and will be inside the ego's corridor while the ego passes them (their lateral motion predicted
 * at constant velocity, so a pedestrian about to step in counts and one about to step out does not).
 */
public final class WorldModelThreats {

    private final Aeb aeb;
    private final AebConfig config;
    private final VehicleLimits vehicle;
    private final CheckConfig checks;
    private final RssParams rss;
    private final RssParams vulnerable;

    /**
     * @param rss        an oncoming car is taken to brake at its {@code brakeMinCorrectMps2}
     * @param vulnerable ... an oncoming pedestrian or cyclist at this one's ({@link AebMath#requiredDecelMps2})
     */
    public WorldModelThreats(Aeb aeb, AebConfig config, VehicleLimits vehicle, CheckConfig checks, RssParams rss,
            RssParams vulnerable) {
        this.rss = rss;
        this.vulnerable = vulnerable;
        this.aeb = aeb;
        this.config = config;
        this.vehicle = vehicle;
        this.checks = checks;
    }

    /** The most urgent threat among this cycle's {@code relations} into {@code out} (reset first). */
    public void find(EgoOnPath egoOnPath, ObjectRelations relations, AebThreat out) {
        out.reset();
        for (int i = 0; i < relations.size(); i++) {
            ObjectRelation rel = relations.get(i);
            if (!rel.ahead || rel.lonGapM > checks.lookaheadM() || rel.existenceProb < config.minExistenceProb()) {
                continue;
            }
            double closing = rel.closingSpeedMps(egoOnPath);
            if (!(closing > 0) || !inCorridor(rel, egoOnPath, closing)) {
                continue;
            }
            double gap = rel.lonGapM;
            double decel = AebMath.requiredDecelMps2(gap - closing * config.latencyS(), egoOnPath.speedAlongMps,
                    rel.lonSpeedMps, Math.max(0.0, -rel.lonAccelMps2),
                    SafeDistances.paramsOf(rel.cls, rss, vulnerable).brakeMinCorrectMps2());
            double ttc = AebMath.ttcS(gap, closing);
            out.offer(aeb.classify(ttc, closing, decel), gap, closing, ttc, decel, rel.trackId, rel.cls);
        }
    }

    /**
     * The object's lateral motion is extrapolated at most this long past the moment the ego reaches
     * it, s: passing takes (lengths / closing speed), unbounded as the closing speed falls, and a
     * parked car beside an ego creeping past on a curve, tracked with a few tenths of a m/s of
     * lateral drift, was extrapolated into the corridor (urban-showcase: AEB at 9 m/s² at 5 m/s).
     */
    static final double MAX_PASS_S = 1.0;

    /**
     * Whether the object is inside the corridor (ego width plus the margin each side) at some time
     * between the ego reaching its near end and passing its far end (at most {@link #MAX_PASS_S} later),
     * even one standard deviation of its lateral position further out: braking acts on an object
     * surely in the path. A radar-only track 100 m ahead is placed only to about +-1 m across
     * (azimuth noise); an oncoming car in its own lane, tracked 1.7 m towards the ego's lane, was
     * braked for at 9 m/s² (oncoming-traffic). A lidar-measured track (a few cm) is unaffected.
     */
    private boolean inCorridor(ObjectRelation rel, EgoOnPath ego, double closing) {
        double reachS = Math.max(0.0, rel.lonGapM) / closing;
        double passS = reachS + Math.min(MAX_PASS_S, (vehicle.lengthM() + 2 * rel.halfLonM) / closing);
        double latSpeed = rel.latSpeedMps - ego.lateralSpeedMps;
        double d1 = rel.relDM + latSpeed * reachS;
        double d2 = rel.relDM + latSpeed * passS;
        double nearest = (d1 > 0) != (d2 > 0) ? 0.0 : Math.min(Math.abs(d1), Math.abs(d2));
        return nearest + rel.latSigmaM <= rel.halfLatM + 0.5 * vehicle.widthM() + config.lateralMarginM();
    }
}
