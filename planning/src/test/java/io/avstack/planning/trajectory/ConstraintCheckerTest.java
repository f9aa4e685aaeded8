package io.avstack.planning.trajectory;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.map.Road;
import io.avstack.core.msg.TrackedObject;
import io.avstack.planning.Fixtures;
import io.avstack.planning.behaviour.Situation;
import io.avstack.planning.behaviour.Situations;
import io.avstack.planning.behaviour.StopKind;
import io.avstack.planning.road.RoadView;
import org.junit.jupiter.api.Test;

/** Each hard constraint: a candidate that violates it, and only it first, is rejected with its name. */
class ConstraintCheckerTest {

    private static final double S0 = 100;
    private static final double LANE = -1.75;

    private final Road road = Fixtures.twoLaneRoad();
    private final RoadView view = new RoadView(road);
    private final ConstraintChecker checker = new ConstraintChecker(view, CONFIG);
    private final LonProfiles lon = new LonProfiles(4, 51, 0.1);
    private final LatProfiles lat = new LatProfiles(4);

    private Situation situation(double v0, TrackedObject... objects) {
        Situation sit = Situations.build(road, S0, LANE, v0, null, 0, objects);
        checker.prepare(sit, S0, v0);
        return sit;
    }

    private int keepLane() {
        return lat.add(LANE, 0, 0, LANE, 30, -1);
    }

    private int cruise(double v) {
        int m = lon.addSpeedKeeping(S0, v, 0, v, 3.0);
        lon.sampleRoad(road, CONFIG.vehicle().frontOffsetM());
        return m;
    }

    @Test
    void aCalmCandidateOnAFreeRoadMeetsEveryConstraint() {
        situation(10);
        assertThat(checker.check(lat, keepLane(), lon, cruise(10))).isNull();
    }

    @Test
    void leavingTheCarriagewayViolatesTheRoadBoundary() {
        situation(10);
        int intoOncoming = lat.add(LANE, 0, 0, 1.75, 40, -1);
        assertThat(checker.check(lat, intoOncoming, lon, cruise(10))).isEqualTo(Constraint.ROAD_BOUNDARY);
    }

    @Test
    void acceleratingAboveTheSpeedLimitViolatesIt() {
        situation(13.5);
        int m = lon.addSpeedKeeping(S0, 13.5, 0, 16.0, 3.5);
        lon.sampleRoad(road, CONFIG.vehicle().frontOffsetM());
        assertThat(checker.check(lat, keepLane(), lon, m)).isEqualTo(Constraint.SPEED_LIMIT);
    }

    @Test
    void brakingHarderThanTheHardLimitViolatesAcceleration() {
        situation(10);
        int m = lon.addBraking(S0, 10, 0, CONFIG.limits().decelMps2() + 1, 1000, 1000);
        lon.sampleRoad(road, CONFIG.vehicle().frontOffsetM());
        assertThat(checker.check(lat, keepLane(), lon, m)).isEqualTo(Constraint.ACCELERATION);
    }

    @Test
    void aSwerveTooSharpForTheSpeedViolatesLateralAcceleration() {
        situation(13);
        int swerve = lat.add(LANE, 0, 0, -5.25, 12, -2);
        assertThat(checker.check(lat, swerve, lon, cruise(13))).isEqualTo(Constraint.ACCELERATION);
    }

    @Test
    void anAbruptSwitchFromAcceleratingToFullBrakingViolatesJerk() {
        situation(10);
        int m = lon.addBraking(S0, 10, CONFIG.limits().accelMps2(), CONFIG.limits().decelMps2(), 1000, 1000);
        lon.sampleRoad(road, CONFIG.vehicle().frontOffsetM());
        assertThat(checker.check(lat, keepLane(), lon, m)).isEqualTo(Constraint.JERK);
    }

    @Test
    void aPathTighterThanTheSteeringAllowsViolatesCurvature() {
        situation(1);
        int tight = lat.add(LANE, 0, 0, -5.25, 3, -2);
        assertThat(checker.check(lat, tight, lon, cruise(1))).isEqualTo(Constraint.CURVATURE);
    }

    @Test
    void passingAStopPointViolatesIt() {
        Situation sit = situation(10);
        sit.stops.add(S0 + CONFIG.vehicle().frontOffsetM() + 20, StopKind.RED_LIGHT, -1, "signal", -1);
        assertThat(checker.check(lat, keepLane(), lon, cruise(10))).isEqualTo(Constraint.STOP_POINT);
    }

    @Test
    void endingTooFastToStopBeforeAStopPointViolatesIt() {
        Situation sit = situation(10);
        // the candidate stays 1 m short of the point after 5 s but could not stop before it from 10 m/s
        sit.stops.add(S0 + CONFIG.vehicle().frontOffsetM() + 51, StopKind.RED_LIGHT, 0, "signal", -1);
        assertThat(checker.check(lat, keepLane(), lon, cruise(10))).isEqualTo(Constraint.STOP_POINT);
    }

    @Test
    void aStopPointOfAnotherLaneDoesNotApply() {
        Situation sit = situation(10);
        sit.stops.add(S0 + 20, StopKind.RED_LIGHT, -2, "other", -1);
        assertThat(checker.check(lat, keepLane(), lon, cruise(10))).isNull();
    }

    @Test
    void drivingIntoACrossingPedestrianViolatesCollision() {
        situation(10, Fixtures.pedestrian(3, S0 + 25, -5.5, 1.4)).stops.clear(); // no yield rule: the body itself
        assertThat(checker.check(lat, keepLane(), lon, cruise(10))).isEqualTo(Constraint.COLLISION);
    }

    @Test
    void closingInOnASlowerLeadViolatesTheRssGapAndBrakingHardEnoughDoesNot() {
        situation(20, Fixtures.car(7, S0 + 3.7 + 30 + 2.3, LANE, 10));
        assertThat(checker.check(lat, keepLane(), lon, cruise(20))).isEqualTo(Constraint.RSS_GAP);

        int brake = sampledBraking(20, 6);
        assertThat(checker.check(lat, keepLane(), lon, brake)).isNull();
    }

    @Test
    void brakingThatBuildsUpTooSlowlyBehindACutInViolatesTheTimeToCollisionAndBrakingAtOnceDoesNot() {
        // cut-in-close: 6.3 m ahead, 5.8 m/s slower (1.09 s), drifting into the ego's lane at 0.6 m/s
        var cutter = Fixtures.object(1, io.avstack.core.msg.ObjectClass.CAR, S0 + 3.7 + 6.3 + 2.3, -5.25, 0, 21.9, 0.6,
                new io.avstack.core.msg.Dimensions(4.6, 1.9, 1.5));
        Situation sit = situation(27.7, cutter);
        assertThat(sit.lane(-1).leadCutsIn).isTrue();
        int quartic = lon.addSpeedKeeping(S0, 27.7, 0, 18.3, 2.0); // -5 m/s² only after half a second
        int brake = sampledBraking(27.7, 6);

        assertThat(checker.check(lat, keepLane(), lon, quartic)).isEqualTo(Constraint.TTC);
        assertThat(checker.check(lat, keepLane(), lon, brake)).isNull();
    }

    @Test
    void aRoadUserAlreadyBelowTheTimeToCollisionFloorAtTheStartIsLeftToTheCollisionCheck() {
        // 3.2 m ahead, 8.8 m/s slower (0.36 s), drifting in slowly: no braking lifts the TTC at once
        var truck = Fixtures.object(2, io.avstack.core.msg.ObjectClass.TRUCK, S0 + 3.7 + 3.2 + 5.0, -5.25, 0, 24.2, 0.5,
                new io.avstack.core.msg.Dimensions(10.0, 2.5, 3.5));
        Situation sit = situation(33.0, truck);
        assertThat(sit.lane(-1).leadCutsIn).isTrue();
        int brake = sampledBraking(33.0, 8);

        assertThat(checker.check(lat, keepLane(), lon, brake)).isNotEqualTo(Constraint.TTC);
    }

    @Test
    void safetyChecksIgnoreTheRulesButNotTheRoadUsers() {
        Situation sit = situation(10, Fixtures.pedestrian(3, S0 + 25, -5.5, 1.4));
        sit.stops.add(S0 + 5, StopKind.RED_LIGHT, 0, "signal", -1);
        int m = cruise(10);
        assertThat(checker.checkSafety(lat, keepLane(), lon, m)).isEqualTo(Constraint.COLLISION);
    }

    /**
     * Braking from {@code speedMps} (m/s, no acceleration) to {@code decelMps2} (m/s²) at the hard jerk
     * limit, added to {@code lon} and sampled on the road; its profile index.
     */
    private int sampledBraking(double speedMps, double decelMps2) {
        int brake = lon.addBraking(S0, speedMps, 0, decelMps2, CONFIG.limits().jerkMps3(), CONFIG.limits().jerkMps3());
        lon.sampleRoad(road, CONFIG.vehicle().frontOffsetM());
        return brake;
    }
}
