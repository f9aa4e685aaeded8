package io.avstack.safety.rss;

import static io.avstack.safety.Fixtures.CONFIG;
import static io.avstack.safety.Fixtures.car;
import static io.avstack.safety.Fixtures.world;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.rss.RssResponse;
import io.avstack.safety.Fixtures;
import io.avstack.safety.geom.EgoOnPath;
import io.avstack.safety.geom.ObjectRelations;
import io.avstack.safety.geom.PathFrame;
import org.junit.jupiter.api.Test;

class RssSituationCheckTest {

    private final RssSituationCheck check = new RssSituationCheck(CONFIG.rss(), CONFIG.vehicle(), CONFIG.checks());
    private final PathFrame path = new PathFrame();
    private final EgoOnPath egoOnPath = new EgoOnPath();
    private final ObjectRelations relations = new ObjectRelations();
    private final RssOutcome out = new RssOutcome();

    private void run(EgoState ego, TrackedObject... objects) {
        path.setStraight(ego.pose().xM(), ego.pose().yM(), ego.pose().yawRad());
        egoOnPath.set(ego, path);
        relations.update(ego, egoOnPath, world(ego.header().stampNs(), objects), path, CONFIG.vehicle(),
                CONFIG.checks().minExistenceProb());
        check.check(ego.header().stampNs(), egoOnPath, relations, out);
    }

    /** The path along the map's x axis, whatever the ego's heading. */
    private void runOnXAxis(EgoState ego, TrackedObject... objects) {
        path.setStraight(0, 0, 0);
        egoOnPath.set(ego, path);
        relations.update(ego, egoOnPath, world(ego.header().stampNs(), objects), path, CONFIG.vehicle(),
                CONFIG.checks().minExistenceProb());
        check.check(ego.header().stampNs(), egoOnPath, relations, out);
    }

    @Test
    void closingInOnALeadBelowTheSafeDistanceOwesBrakingAtLeastBrakeMin() {
        EgoState ego = Fixtures.ego(0, 0, 20);
        // d_min(20, 15) = 10 + 0.25 + 55.125 - 14.0625 = 51.31 m
        run(ego, car(7, 70, 0, 0, 15, 0)); // gap 64.05 m: safe
        assertThat(out.dangerousCount).isZero();
        assertThat(out.constrains()).isFalse();
        run(ego, car(7, 55, 0, 0, 15, 0)); // gap 49.05 m: unsafe
        assertThat(out.dangerousCount).isEqualTo(1);
        assertThat(out.response).isEqualTo(RssResponse.LONGITUDINAL);
        assertThat(out.accelCapMps2).isEqualTo(-4.0);
        assertThat(out.steerMaxRad).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(out.trackId).isEqualTo(7);
        assertThat(out.describe()).isEqualTo(
                "RSS: CAR 7 ahead 49.1 m < safe 51.3 m, longitudinal response, brake >= 4.0 m/s²");
    }

    @Test
    void aLeadFirstSeenInsideTheSafeDistanceIsOwedBrakingOnlyAfterTheResponseTime() {
        // acc-follow-lead: d_min(30, 25) = 15 + 0.25 + 120.125 - 39.0625 = 96.31 m; first seen at a 91.5 m gap
        run(Fixtures.ego(0, 0, 30), car(1, 96.0, 0, 0, 25, 0));
        assertThat(out.dangerousCount).isEqualTo(1);
        assertThat(out.accelCapMps2).as("no blame time known: the ego responds within rho").isEqualTo(Double.POSITIVE_INFINITY);
        run(Fixtures.ego(400 * Fixtures.MS, 0, 30), car(1, 96.0, 0, 0, 25, 0));
        assertThat(out.accelCapMps2).isEqualTo(Double.POSITIVE_INFINITY);
        run(Fixtures.ego(500 * Fixtures.MS, 0, 30), car(1, 96.0, 0, 0, 25, 0));
        assertThat(out.accelCapMps2).as("still dangerous after rho: brake at least b_min").isEqualTo(-4.0);
        assertThat(out.describe()).contains("brake >= 4.0 m/s²");
    }

    @Test
    void aPairThatWasSafeBeforeOwesBrakingAtOnceEvenIfFirstSeenDangerousEarlier() {
        run(Fixtures.ego(0, 0, 30), car(1, 96.0, 0, 0, 25, 0)); // first seen dangerous
        run(Fixtures.ego(100 * Fixtures.MS, 0, 30), car(1, 120.0, 0, 0, 25, 0)); // safe
        run(Fixtures.ego(200 * Fixtures.MS, 0, 30), car(1, 96.0, 0, 0, 25, 0)); // unsafe again: blame time known
        assertThat(out.accelCapMps2).isEqualTo(-4.0);
    }

    @Test
    void anOncomingCarInTheEgoPathOwesTheCorrectLaneBraking() {
        EgoState ego = Fixtures.ego(0, 0, 10);
        run(ego, car(3, 140, 0, Math.PI, -10, 0)); // within the look-ahead, safe: watched turning dangerous
        assertThat(out.dangerousCount).isZero();
        run(ego, car(3, 40, 0, Math.PI, -10, 0));
        assertThat(out.dangerousCount).isEqualTo(1);
        assertThat(out.oncoming).isTrue();
        assertThat(out.accelCapMps2).isEqualTo(-CONFIG.rss().brakeMinCorrectMps2());
    }

    @Test
    void anOncomingCarOnlyProbablyOverlappingLaterallyIsNotDangerous() {
        EgoState ego = Fixtures.ego(0, 0, 22);
        // 1.9 m to the left: the boxes overlap across by 0.2 m unless it is placed 1 m too far in
        TrackedObject placedToAMetre = Fixtures.withLateralSigma(car(3, 100, 1.9, Math.PI, -22, 0), 1.0);
        run(ego, placedToAMetre);
        assertThat(out.dangerousCount).isZero();
        run(ego, Fixtures.withLateralSigma(car(3, 100, 1.9, Math.PI, -22, 0), 0.05));
        assertThat(out.dangerousCount).as("the same car measured to 5 cm").isEqualTo(1);
    }

    @Test
    void anOncomingCarDriftingTowardsTheEgoLaneOwesOnlyTheLateralResponse() {
        EgoState ego = Fixtures.ego(0, 0, 22);
        // in its lane 60 m ahead (longitudinally unsafe only), then drifting 1 m/s towards the ego lane
        run(ego, car(3, 60, 3.5, Math.PI, -22, 0));
        assertThat(out.dangerousCount).isZero();
        run(ego, car(3, 58, 2.2, Math.PI, -22, -1.0));
        assertThat(out.dangerousCount).isEqualTo(1);
        assertThat(out.response).isEqualTo(RssResponse.LATERAL);
        // the speeds never match: no braking from the cut-in rule (it asked for b_min), no steering left
        assertThat(out.accelCapMps2).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(out.steerMaxRad).isEqualTo(0.0);
    }

    @Test
    void carsInTheNextLanesAreNotDangerousHoweverClose() {
        EgoState ego = Fixtures.ego(0, 0, 20);
        run(ego, car(1, 5, 3.5, 0, 20, 0), car(2, 30, -3.5, Math.PI, -20, 0), car(3, -3, 3.5, 0, 25, 0));
        assertThat(out.dangerousCount).isZero();
        assertThat(out.constrains()).isFalse();
    }

    @Test
    void aCarCuttingInFromAlongsideOwesTheLateralResponseAndIsBrakedForAsHardAsKeepingAMarginNeeds() {
        EgoState ego = Fixtures.ego(0, 0, 20);
        run(ego, car(5, 12, 3.5, 0, 18, 0)); // alongside-ahead in the left lane: longitudinally unsafe only
        assertThat(out.dangerousCount).isZero();
        run(ego, car(5, 12, 1.8, -0.1, 18, -1.0)); // moving into the ego lane, 2 m/s slower
        assertThat(out.dangerousCount).isEqualTo(1);
        assertThat(out.response).isEqualTo(RssResponse.LATERAL);
        // gap 12 - 2.33 (half its length, turned 0.1 rad) - 3.7 = 5.97 m, less the 2 m margin kept and
        // 2 m/s x 0.5 s driven during the response: 2² / (2 x 1.97)
        double gap = 12 - 0.5 * (Math.cos(0.1) * 4.5 + Math.sin(0.1) * 1.8) - 3.7 - 2.0 - 2 * 0.5;
        assertThat(out.accelCapMps2).isCloseTo(-4 / (2 * gap), within(1e-9));
        assertThat(out.steerMaxRad).isEqualTo(0.0); // no steering left, towards it (path is straight)
        assertThat(out.steerMinRad).isEqualTo(Double.NEGATIVE_INFINITY);
        run(ego, car(5, 12, 1.8, -0.1, 12, -1.0)); // 8 m/s slower: would need more than b_min
        assertThat(out.accelCapMps2).isEqualTo(-4.0);
    }

    @Test
    void aCarCuttingInAtTheEgosSpeedOnlyForbidsAccelerating() {
        EgoState ego = Fixtures.ego(0, 0, 20);
        run(ego, car(5, 12, 3.5, 0, 20, 0));
        run(ego, car(5, 12, 1.8, -0.1, 20, -1.0));
        assertThat(out.response).isEqualTo(RssResponse.LATERAL);
        assertThat(out.accelCapMps2).isZero(); // nothing to avoid yet, but no closing in either
    }

    @Test
    void theEgoMovingTowardsACarBesideItsPathGetsOnlyTheLateralResponse() {
        // the ego changes lanes to the left beside a slower car that keeps its lane: its own lateral motion
        runOnXAxis(Fixtures.ego(0, 0, 20), car(5, 12, 3.5, 0, 15, 0));
        EgoState drifting = Fixtures.ego(0, 0, 0, 0.08, 20); // heading left: 1.6 m/s across the path
        runOnXAxis(drifting, car(5, 12, 2.9, 0, 15, 0));
        assertThat(out.dangerousCount).isEqualTo(1);
        assertThat(out.response).isEqualTo(RssResponse.LATERAL);
        assertThat(out.accelCapMps2).isEqualTo(Double.POSITIVE_INFINITY); // no braking for the ego's own manoeuvre
        assertThat(out.steerMaxRad).isNotEqualTo(Double.POSITIVE_INFINITY); // but no steering further towards it
    }

    @Test
    void aDangerousCarBehindConstrainsOnlyTheLateralResponse() {
        EgoState ego = Fixtures.ego(0, 0, 20);
        run(ego, car(6, -10, -1.5, 0, 25, 1.0)); // first seen dangerous: both responses owed
        assertThat(out.dangerousCount).isEqualTo(1);
        assertThat(out.accelCapMps2).isEqualTo(Double.POSITIVE_INFINITY); // the ego is the front car
        assertThat(out.steerMinRad).isEqualTo(0.0); // it is on the right: no steering right
        assertThat(out.lateralGap).isTrue();
    }

    @Test
    void unlikelyAndFarAwayObjectsAreIgnoredAndLostTracksForgotten() {
        EgoState ego = Fixtures.ego(0, 0, 20);
        TrackedObject ghost = new TrackedObject(11, io.avstack.core.msg.ObjectClass.CAR, 20, 0, 0, 0,
                new io.avstack.core.msg.PlanarVelocity(0, 0), 0, 0, new io.avstack.core.msg.Dimensions(4.5, 1.8, 1.5),
                0, 0, 0, 0, 0.2, 0, TrackedObject.SENSOR_RADAR);
        run(ego, ghost, car(12, 20, 9.0, 0, 0, 0), car(13, 400, 0, 0, 0, 0));
        assertThat(out.dangerousCount).isZero();
        assertThat(check.trackedPairs()).isZero();
        run(ego, car(14, 100, 0, 0, 20, 0), car(15, 120, 0, 0, 20, 0));
        assertThat(check.trackedPairs()).isEqualTo(2);
        run(ego, car(15, 120, 0, 0, 20, 0));
        assertThat(check.trackedPairs()).isEqualTo(1);
    }

    @Test
    void theWorldModelIsPredictedToTheEgoStateStamp() {
        // the lead stands 0.3 s older than the ego state; it drives 15 m/s: 4.5 m farther by now
        EgoState ego = Fixtures.ego(300 * Fixtures.MS, 0, 20);
        run(ego, car(7, 100, 0, 0, 15, 0)); // safe first: the blame time is known, the braking owed at once
        path.setStraight(0, 0, 0);
        egoOnPath.set(ego, path);
        relations.update(ego, egoOnPath, world(0, car(7, 51, 0, 0, 15, 0)), path, CONFIG.vehicle(), 0.5);
        check.check(ego.header().stampNs(), egoOnPath, relations, out); // 51 + 4.5 -> gap 49.55
        assertThat(out.gapM).isCloseTo(49.55, org.assertj.core.data.Offset.offset(1e-9));
    }
}
