package io.avstack.planning.trajectory;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.map.Road;
import io.avstack.core.msg.TrackedObject;
import io.avstack.planning.Fixtures;
import io.avstack.planning.behaviour.AccLaw;
import io.avstack.planning.behaviour.ReferencePlan;
import io.avstack.planning.behaviour.ReferenceRollout;
import io.avstack.planning.behaviour.Situation;
import io.avstack.planning.behaviour.Situations;
import io.avstack.planning.behaviour.SpeedProfile;
import io.avstack.planning.behaviour.StopKind;
import io.avstack.planning.road.RoadView;
import org.junit.jupiter.api.Test;

class LatticePlannerTest {

    private static final double S0 = 100;

    private final Road road = Fixtures.twoLaneRoad();
    private final LatticePlanner lattice = new LatticePlanner(new RoadView(road), CONFIG, 51);
    private final LatticeResult out = new LatticeResult();

    private LatticeResult plan(double v0, TrackedObject... objects) {
        return plan(v0, Double.NaN, objects);
    }

    /** With a stop point {@code stopAheadM} ahead of the front bumper (NaN: none). */
    private LatticeResult plan(double v0, double stopAheadM, TrackedObject... objects) {
        Situation sit = Situations.build(road, S0, -1.75, v0, null, 0, objects);
        if (!Double.isNaN(stopAheadM)) {
            sit.stops.add(sit.frontSM + stopAheadM, StopKind.YIELD, 0, null, 9);
        }
        ReferencePlan[] refs = new ReferencePlan[2];
        AccLaw law = new AccLaw(CONFIG);
        for (int lane = -1; lane >= -2; lane--) {
            SpeedProfile profile = new SpeedProfile(CONFIG);
            profile.compute(road, lane, sit.frontSM, 13.9);
            refs[-lane - 1] = new ReferencePlan(51);
            new ReferenceRollout(CONFIG, law).compute(refs[-lane - 1], sit, lane, profile, S0, v0, 0);
        }
        lattice.plan(sit, new StartState(S0, v0, 0, -1.75, 0, 0), refs, new int[] {-1, 0}, 1, -1, out);
        return out;
    }

    @Test
    void onAFreeRoadTheCheapestCandidateIsFeasibleAndHoldsTheLane() {
        LatticeResult r = plan(13.9);

        assertThat(r.fallback).isEqualTo(Fallback.NONE);
        assertThat(r.cheapestViolation).isNull();
        assertThat(r.checked).isEqualTo(1);
        assertThat(lattice.lat().laneId(r.lat)).isEqualTo(-1);
        assertThat(r.candidates).isGreaterThan(20);
        for (int i = 0; i < 51; i++) {
            assertThat(lattice.lon().v(r.lon, i)).isBetween(13.0, 13.91);
        }
    }

    @Test
    void whenNothingMeetsTheRulesButComfortableBrakingKeepsClearItIsTheFallback() {
        // a stop point 10 m ahead at 14 m/s cannot be met (9.8 m/s² needed); no road user is in the way
        LatticeResult r = plan(14, 10);

        assertThat(r.fallback).isEqualTo(Fallback.COMFORTABLE_BRAKING);
        assertThat(r.cheapestViolation).isEqualTo(Constraint.STOP_POINT);
        assertThat(r.checked).isEqualTo(r.candidates);
        assertThat(lattice.lon().kind(r.lon)).isEqualTo(LonKind.BRAKING);
        assertThat(lattice.lon().parameter(r.lon)).isEqualTo(CONFIG.comfort().decelMps2());
    }

    @Test
    void whenComfortableBrakingWouldCollideTheFallbackIsEmergencyBraking() {
        LatticeResult r = plan(14, Fixtures.car(5, S0 + 3.7 + 12 + 2.3, -1.75, 0));

        assertThat(r.fallback).isEqualTo(Fallback.EMERGENCY_BRAKING);
        assertThat(lattice.lon().parameter(r.lon)).isEqualTo(CONFIG.vehicle().maxDecelMps2());
    }
}
