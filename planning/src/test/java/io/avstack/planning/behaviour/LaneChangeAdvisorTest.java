package io.avstack.planning.behaviour;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.map.Road;
import io.avstack.core.map.RoadFiles;
import io.avstack.core.msg.TrackedObject;
import io.avstack.planning.Fixtures;
import io.avstack.planning.road.RoadView;
import org.junit.jupiter.api.Test;

class LaneChangeAdvisorTest {

    private final Road road = Fixtures.twoLaneRoad();
    private final AccLaw law = new AccLaw(CONFIG);
    private final LaneChangeAdvisor advisor = new LaneChangeAdvisor(new RoadView(road), CONFIG, law);

    /** Reference plans of both forward lanes from the situation, as the planner computes them. */
    private ReferencePlan[] refs(Road r, Situation sit, double setSpeed) {
        return refs(r, sit, setSpeed, 2);
    }

    private ReferencePlan[] refs(Road r, Situation sit, double setSpeed, int lanes) {
        ReferenceRollout rollout = new ReferenceRollout(CONFIG, law);
        ReferencePlan[] refs = new ReferencePlan[lanes];
        for (int lane = -1; lane >= -lanes; lane--) {
            SpeedProfile profile = new SpeedProfile(CONFIG);
            profile.compute(r, lane, sit.frontSM, setSpeed);
            refs[-lane - 1] = new ReferencePlan(51);
            rollout.compute(refs[-lane - 1], sit, lane, profile, sit.egoSM, sit.egoSpeedMps, 0);
        }
        return refs;
    }

    private LaneChangeAdvice advise(Road r, double egoS, double egoD, int routeLane, boolean cooldown,
            TrackedObject... objects) {
        Situation sit = Situations.build(r, egoS, egoD, 13.9, null, 0, objects);
        return new LaneChangeAdvisor(new RoadView(r), CONFIG, law).advise(sit, refs(r, sit, 13.9), sit.egoLaneId, routeLane,
                cooldown);
    }

    @Test
    void aStoppedCarAheadWithAFreeLaneBesideIsPassed() {
        LaneChangeAdvice a = advise(road, 100, -5.25, -2, false, Fixtures.car(2, 170, -5.25, 0));

        assertThat(a.recommends()).isTrue();
        assertThat(a.targetLaneId()).isEqualTo(-1);
        assertThat(a.why()).isEqualTo(LaneChangeAdvice.Why.STOPPED_AHEAD);
        assertThat(a.causeTrackId()).isEqualTo(2);
        assertThat(a.incentiveMps2()).isGreaterThan(CONFIG.laneChange().thresholdMps2());
    }

    @Test
    void aFreeRoadGivesNoReasonToChange() {
        assertThat(advise(road, 100, -5.25, -2, false).recommends()).isFalse();
    }

    @Test
    void aCarCloseBehindInTheTargetLaneMakesTheChangeUnsafe() {
        LaneChangeAdvice a = advise(road, 100, -5.25, -2, false, Fixtures.car(2, 170, -5.25, 0),
                Fixtures.car(3, 92, -1.75, 16));

        assertThat(a.recommends()).isFalse();
    }

    @Test
    void noChangeDuringTheCooldown() {
        assertThat(advise(road, 100, -5.25, -2, true, Fixtures.car(2, 170, -5.25, 0)).recommends()).isFalse();
    }

    @Test
    void noChangeAcrossASolidLine() {
        Road solid = RoadFiles.parse("""
                segments:
                  - straight: 1000
                lanes:
                  forward: [3.5, 3.5]
                  markings: [SOLID, SOLID, SOLID]
                speedLimits:
                  - {fromS: 0, limitMps: 13.9}
                """, "solid");
        assertThat(advise(solid, 100, -5.25, -2, false, Fixtures.car(2, 170, -5.25, 0)).recommends()).isFalse();
    }

    @Test
    void afterPassingItReturnsToTheRouteLane() {
        LaneChangeAdvice a = advise(road, 100, -1.75, -2, false, Fixtures.car(2, 70, -5.25, 0));

        assertThat(a.targetLaneId()).isEqualTo(-2);
        assertThat(a.why()).isEqualTo(LaneChangeAdvice.Why.BACK_TO_ROUTE_LANE);
    }

    @Test
    void safetyCheckUsesTheRssDistanceToTheTargetLanesLead() {
        Situation sit = Situations.build(road, 100, -5.25, 13.9, null, 0, Fixtures.car(4, 112, -1.75, 13.9));
        assertThat(advisor.isSafe(sit, -1, 1.0)).isFalse();
        Situation far = Situations.build(road, 100, -5.25, 13.9, null, 0, Fixtures.car(4, 140, -1.75, 13.9));
        assertThat(advisor.isSafe(far, -1, 1.0)).isTrue();
    }

    @Test
    void aCarCuttingInCloseIsBrakedForNotUndertaken() {
        Road three = RoadFiles.parse("""
                segments:
                  - straight: 1000
                lanes:
                  forward: [3.5, 3.5, 3.5]
                speedLimits:
                  - {fromS: 0, limitMps: 30}
                """, "three");
        // ego in the middle lane at 25 m/s; a car 20 m/s, 12 m ahead in the left lane
        TrackedObject cuttingIn = Fixtures.object(2, io.avstack.core.msg.ObjectClass.CAR, 112, -1.75, -0.07, 20, -1.5,
                new io.avstack.core.msg.Dimensions(4.6, 1.9, 1.5));
        TrackedObject alreadyIn = Fixtures.car(2, 112, -5.25, 20);
        Situation sit = Situations.build(three, 100, -5.25, 25, null, 0, cuttingIn);
        Situation control = Situations.build(three, 100, -5.25, 25, null, 0, alreadyIn);

        assertThat(sit.lane(-2).leadCutsIn).isTrue();
        assertThat(advisor(three).advise(sit, refs(three, sit, 30, 3), -2, -2, false).recommends()).isFalse();
        assertThat(advisor(three).advise(control, refs(three, control, 30, 3), -2, -2, false).recommends()).isTrue();
    }

    private LaneChangeAdvisor advisor(Road r) {
        return new LaneChangeAdvisor(new RoadView(r), CONFIG, law);
    }
}
