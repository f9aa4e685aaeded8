package io.avstack.planning.behaviour;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.map.LightState;
import io.avstack.core.map.Road;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.planning.Fixtures;
import io.avstack.planning.road.RoadView;
import org.junit.jupiter.api.Test;

class SituationBuilderTest {

    private static final double FRONT = CONFIG.vehicle().frontOffsetM();

    private Situation build(Road road, double egoS, double egoD, double speed, TrafficLightStates lights, long nowNs,
            TrackedObject... objects) {
        return Situations.build(road, egoS, egoD, speed, lights, nowNs, objects);
    }

    private Situation build(SituationBuilder builder, Road road, double egoS, double egoD, double speed,
            TrafficLightStates lights, long nowNs, TrackedObject... objects) {
        return Situations.build(builder, road, egoS, egoD, speed, lights, nowNs, objects);
    }

    private static int count(StopPoints stops, StopKind kind) {
        int n = 0;
        for (int i = 0; i < stops.count(); i++) {
            n += stops.kind(i) == kind ? 1 : 0;
        }
        return n;
    }

    private static int first(StopPoints stops, StopKind kind) {
        for (int i = 0; i < stops.count(); i++) {
            if (stops.kind(i) == kind) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void findsTheLeadAndFollowerOfEachLane() {
        Situation sit = build(Fixtures.twoLaneRoad(), 100, -1.75, 15, null, 0,
                Fixtures.car(7, 140, -1.75, 10), Fixtures.car(8, 170, -1.75, 10), Fixtures.car(9, 80, -5.25, 20));

        LaneTraffic own = sit.lane(-1);
        assertThat(sit.objects().trackId(own.lead)).isEqualTo(7);
        assertThat(own.leadGapM).isCloseTo(140 - 2.3 - (100 + FRONT), within(1e-9));
        assertThat(own.leadCutsIn).isFalse();
        LaneTraffic right = sit.lane(-2);
        assertThat(right.lead).isEqualTo(-1);
        assertThat(sit.objects().trackId(right.follower)).isEqualTo(9);
        assertThat(right.followerGapM).isCloseTo(100 - 1.0 - (80 + 2.3), within(1e-9));
    }

    @Test
    void anOncomingCarInTheLaneIsNoLeadToFollow() {
        // (collision checks and the fallback answer it; the following law assumes a lead going the same way)
        TrackedObject oncoming = Fixtures.object(4, ObjectClass.CAR, 180, -1.75, Math.PI, -20.0, 0,
                new Dimensions(4.6, 1.9, 1.5));
        Situation sit = build(Fixtures.twoLaneRoad(), 100, -1.75, 20, null, 0, oncoming, Fixtures.car(7, 200, -1.75, 10));

        assertThat(sit.objects().trackId(sit.lane(-1).lead)).isEqualTo(7);
    }

    @Test
    void aCarDriftingIntoTheLaneAheadIsALeadCuttingIn() {
        TrackedObject cutter = Fixtures.object(3, ObjectClass.CAR, 140, -5.0, 0.1, 15.0, 1.5, new Dimensions(4.6, 1.9, 1.5));
        Situation sit = build(Fixtures.twoLaneRoad(), 100, -1.75, 20, null, 0, cutter);

        assertThat(sit.objects().trackId(sit.lane(-1).lead)).isEqualTo(3);
        assertThat(sit.lane(-1).leadCutsIn).isTrue();
    }

    @Test
    void aRedLightIsAStopPointBeforeItsLine() {
        Situation sit = build(Fixtures.urbanRoad(), 100, -1.75, 10, Fixtures.lights(0, "signal", LightState.RED), 0);

        int i = first(sit.stops, StopKind.RED_LIGHT);
        assertThat(i).isNotNegative();
        assertThat(sit.stops.frontLimitSM(i)).isEqualTo(200 - CONFIG.rules().stopLineMarginM());
        assertThat(sit.stops.lineId(i)).isEqualTo("signal");
        assertThat(sit.stops.appliesTo(i, -1)).isTrue();
        assertThat(count(sit.stops, StopKind.ROUTE_END)).isEqualTo(1);
    }

    @Test
    void aGreenLightIsNoStopPoint() {
        Situation sit = build(Fixtures.urbanRoad(), 100, -1.75, 10, Fixtures.lights(0, "signal", LightState.GREEN), 0);

        assertThat(count(sit.stops, StopKind.RED_LIGHT) + count(sit.stops, StopKind.UNKNOWN_LIGHT)).isZero();
    }

    @Test
    void aMissingOrStaleLightStateIsTreatedAsRed() {
        Situation none = build(Fixtures.urbanRoad(), 100, -1.75, 10, null, 0);
        Situation stale = build(Fixtures.urbanRoad(), 100, -1.75, 10, Fixtures.lights(0, "signal", LightState.GREEN),
                2_000_000_000L);

        assertThat(count(none.stops, StopKind.UNKNOWN_LIGHT)).isEqualTo(1);
        assertThat(count(stale.stops, StopKind.UNKNOWN_LIGHT)).isEqualTo(1);
    }

    @Test
    void aYellowLightIsStoppedForOnlyWhenComfortableAndTheDecisionIsKept() {
        SituationBuilder builder = new SituationBuilder(new RoadView(Fixtures.urbanRoad()), CONFIG);
        TrafficLightStates yellow = Fixtures.lights(0, "signal", LightState.YELLOW);
        // 14 m/s, 30 m before the limit: 3.3 m/s² needed > 3.0: drive on, and stay committed when it turns red
        Situation close = build(builder, Fixtures.urbanRoad(), 200 - 1 - FRONT - 30, -1.75, 14, yellow, 0);
        assertThat(count(close.stops, StopKind.YELLOW_LIGHT)).isZero();
        Situation red = build(builder, Fixtures.urbanRoad(), 200 - 1 - FRONT - 20, -1.75, 14,
                Fixtures.lights(0, "signal", LightState.RED), 0);
        assertThat(count(red.stops, StopKind.RED_LIGHT)).isZero();

        SituationBuilder other = new SituationBuilder(new RoadView(Fixtures.urbanRoad()), CONFIG);
        Situation far = build(other, Fixtures.urbanRoad(), 200 - 1 - FRONT - 60, -1.75, 14, yellow, 0);
        assertThat(count(far.stops, StopKind.YELLOW_LIGHT)).isEqualTo(1);
    }

    @Test
    void aYellowLightIsDrivenThroughWhenTheBrakingCannotBuildUpInTimeForAComfortableStop() {
        TrafficLightStates yellow = Fixtures.lights(0, "signal", LightState.YELLOW);
        double egoS = 200 - 1 - FRONT - 30;
        // 11.2 m/s, 30 m before the limit: 2.1 m/s² by v² / 2d; from a steady speed, with the braking
        // ramped in at the comfort jerk, a stop at 3 m/s² takes 27.5 m: stop
        Situation steady = Situations.build(new SituationBuilder(new RoadView(Fixtures.urbanRoad()), CONFIG),
                Fixtures.urbanRoad(), egoS, -1.75, 11.2, 0.0, yellow, 0);
        assertThat(count(steady.stops, StopKind.YELLOW_LIGHT)).isEqualTo(1);
        // still accelerating at 0.9 m/s²: 32.2 m: no comfortable stop, drive on
        Situation accelerating = Situations.build(new SituationBuilder(new RoadView(Fixtures.urbanRoad()), CONFIG),
                Fixtures.urbanRoad(), egoS, -1.75, 11.2, 0.9, yellow, 0);
        assertThat(count(accelerating.stops, StopKind.YELLOW_LIGHT)).isZero();
    }

    @Test
    void aPedestrianCrossingIntoThePathIsYieldedTo() {
        Situation sit = build(Fixtures.urbanRoad(), 100, -1.75, 10, Fixtures.lights(0, "signal", LightState.GREEN), 0,
                Fixtures.pedestrian(3, 150, -5.0, 1.4));

        int i = first(sit.stops, StopKind.YIELD);
        assertThat(i).isNotNegative();
        assertThat(sit.stops.trackId(i)).isEqualTo(3);
        assertThat(sit.stops.frontLimitSM(i)).isCloseTo(150 - 0.3 - CONFIG.rules().yieldMarginM(), within(1e-9));
    }

    @Test
    void aPedestrianWalkingAwayFromThePathIsNotYieldedTo() {
        Situation sit = build(Fixtures.urbanRoad(), 100, -1.75, 10, Fixtures.lights(0, "signal", LightState.GREEN), 0,
                Fixtures.pedestrian(3, 150, 1.5, 1.4));

        assertThat(count(sit.stops, StopKind.YIELD)).isZero();
    }

    @Test
    void aPedestrianStandingOnACrosswalkIsYieldedToBeforeTheCrosswalk() {
        TrackedObject standing = Fixtures.object(4, ObjectClass.PEDESTRIAN, 303, 1.0, 0, 0, 0, new Dimensions(0.5, 0.6, 1.8));
        Situation sit = build(Fixtures.urbanRoad(), 250, -1.75, 10, null, 0, standing);

        int i = first(sit.stops, StopKind.YIELD);
        assertThat(i).isNotNegative();
        assertThat(sit.stops.frontLimitSM(i)).isEqualTo(300 - CONFIG.rules().yieldMarginM());
    }

    @Test
    void aPedestrianAtTheKerbIsYieldedToOnlyWhenItsStepTowardsTheRoadIsBeyondTheNoise() {
        // at the far kerb (3 m beyond the oncoming lane's edge is off the road; 4.5 m is in the 2 m kerb zone)
        TrackedObject noisy = new TrackedObject(5, ObjectClass.PEDESTRIAN, 303, 4.5, 0.75, 0,
                new io.avstack.core.msg.PlanarVelocity(0, -0.1), 0, 0, new Dimensions(0.5, 0.6, 1.8), 0.05, 0.05, 0.07,
                0.07, 0.98, 0, TrackedObject.SENSOR_LIDAR);
        Situation still = build(Fixtures.urbanRoad(), 250, -1.75, 10, null, 0, noisy);
        assertThat(count(still.stops, StopKind.YIELD)).isZero();

        TrackedObject stepping = new TrackedObject(5, ObjectClass.PEDESTRIAN, 303, 4.5, 0.75, 0,
                new io.avstack.core.msg.PlanarVelocity(0, -1.2), 0, 0, new Dimensions(0.5, 0.6, 1.8), 0.05, 0.05, 0.07,
                0.07, 0.98, 0, TrackedObject.SENSOR_LIDAR);
        Situation walking = build(Fixtures.urbanRoad(), 250, -1.75, 10, null, 0, stepping);
        assertThat(first(walking.stops, StopKind.YIELD)).isNotNegative();
    }

    @Test
    void theRouteEndIsAStopPoint() {
        Situation sit = build(Fixtures.twoLaneRoad(), 100, -1.75, 10, null, 0);

        int i = first(sit.stops, StopKind.ROUTE_END);
        assertThat(sit.stops.frontLimitSM(i)).isEqualTo(1000 - CONFIG.rules().routeEndMarginM());
        assertThat(sit.stops.appliesTo(i, -2)).isTrue();
    }

    @Test
    void inPathWithinSolvesTheCrossingInterval() {
        // 5 m right of a 2 m band walking left at 1 m/s: enters after 4 s (half width 1 m)
        assertThat(SituationBuilder.inPathWithin(-5, 1, 0, -3 + 1e-9, -1, 4.1)).isTrue();
        assertThat(SituationBuilder.inPathWithin(-5, 1, 0, -3 + 1e-9, -1, 1.5)).isFalse();
        assertThat(SituationBuilder.inPathWithin(-2, 0, 0, -3, -1, 0)).isTrue();
        assertThat(SituationBuilder.inPathWithin(0.5, 1, 0, -3, -1, 10)).isFalse();
    }
}
