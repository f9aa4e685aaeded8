package io.avstack.planning;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.map.LightState;
import io.avstack.core.map.Road;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.core.msg.TrajectoryPoint;
import io.avstack.core.msg.WorldModel;
import io.avstack.planning.behaviour.BehaviourState;
import io.avstack.planning.trajectory.Fallback;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One planning cycle end to end: what it decides, what it publishes and how it explains it. */
class PlannerTest {

    private static final long NOW = 1_000_000_000L;
    private static final double FRONT = CONFIG.vehicle().frontOffsetM();

    private static PlanOutput planOnce(Road road, double egoS, double v, TrafficLightStates lights,
            TrackedObject... objects) {
        Planner planner = new Planner(road, CONFIG, new Route(-1, road.lengthM()), 20.0);
        return planner.plan(Fixtures.world(NOW, objects), Fixtures.egoAt(egoS, -1.75, v, NOW), lights, NOW);
    }

    @Test
    void aFreeRoadIsDrivenAtTheSpeedLimitInTheLane() {
        PlanOutput out = planOnce(Fixtures.twoLaneRoad(), 100, 13.9, null);

        assertThat(out.state()).isEqualTo(BehaviourState.LANE_FOLLOW);
        assertThat(out.fallback()).isEqualTo(Fallback.NONE);
        assertThat(out.status().behaviour()).isEqualTo("LANE_FOLLOW");
        assertThat(out.status().bindingConstraint()).isEqualTo("speed_limit");
        assertThat(out.status().reason()).isEqualTo("keeping lane -1 at 13.9 m/s (speed limit)");
        assertThat(out.status().fallback()).isFalse();
        assertThat(out.status().leadTrackId()).isEqualTo(-1);
        List<TrajectoryPoint> pts = out.trajectory().points();
        assertThat(pts).hasSize(51);
        assertThat(out.trajectory().header().frameId()).isEqualTo("map");
        assertThat(out.trajectory().header().stampNs()).isEqualTo(NOW);
        assertThat(out.trajectory().header().valid()).isTrue();
        assertThat(out.status().header().stampNs()).isEqualTo(NOW);
        assertThat(pts.get(0).xM()).isCloseTo(100, within(1e-6));
        assertThat(pts.get(50).yM()).isCloseTo(-1.75, within(1e-6));
        assertThat(pts.get(50).timeFromStartNs()).isEqualTo(5_000_000_000L);
        assertThat(pts.get(50).xM()).isCloseTo(100 + 13.9 * 5, within(0.5));
    }

    @Test
    void aSlowerLeadIsFollowedAndExplainedWithTheRssGap() {
        // one forward lane (no overtaking), green light
        PlanOutput out = planOnce(Fixtures.urbanRoad(), 100, 13.9, Fixtures.lights(NOW, "signal", LightState.GREEN),
                Fixtures.car(7, 100 + FRONT + 28 + 2.3, -1.75, 10));

        assertThat(out.state()).isEqualTo(BehaviourState.FOLLOW_LEAD);
        assertThat(out.status().leadTrackId()).isEqualTo(7);
        // the larger of the IDM time gap and the RSS distance binds; here the closing speed makes it the time gap
        assertThat(out.status().bindingConstraint()).isEqualTo("time_gap");
        double rss = SafeDistance.longitudinalM(CONFIG.rss(), 13.9, 10);
        assertThat(out.status().reason())
                .isEqualTo(String.format(Locale.ROOT, "following car 7 at 28.0 m, RSS gap %.1f m", rss));
        assertThat(out.trajectory().points().get(20).speedMps()).isLessThan(13.9);
    }

    @Test
    void aRedLightIsStoppedForAndExplainedWithTheDistanceToTheLine() {
        PlanOutput out = planOnce(Fixtures.urbanRoad(), 165 - FRONT, 10, Fixtures.lights(NOW, "signal", LightState.RED));

        assertThat(out.state()).isEqualTo(BehaviourState.STOP_AT_LINE);
        assertThat(out.status().bindingConstraint()).isEqualTo("red_light");
        assertThat(out.status().reason()).isEqualTo("stopping for red light at 35.0 m");
        assertThat(out.status().targetSpeedMps()).isZero();
        TrajectoryPoint last = out.trajectory().points().get(50);
        assertThat(last.speedMps()).isLessThan(5.0);
        double stopDistance = last.speedMps() * last.speedMps() / (2 * CONFIG.comfort().decelMps2());
        assertThat(last.xM() + FRONT + stopDistance).isLessThanOrEqualTo(200 - CONFIG.rules().stopLineMarginM());
    }

    @Test
    void aCrossingPedestrianIsYieldedTo() {
        PlanOutput out = planOnce(Fixtures.urbanRoad(), 220, 10, null, Fixtures.pedestrian(3, 260, -5.0, 1.4));

        assertThat(out.state()).isEqualTo(BehaviourState.YIELD);
        assertThat(out.status().reason()).isEqualTo("yielding to pedestrian 3");
        assertThat(out.status().bindingConstraint()).isEqualTo("yield");
        assertThat(out.status().leadTrackId()).isEqualTo(3);
    }

    @Test
    void aStaleWorldModelGivesAFlaggedComfortableStopAndAnInvalidPlan() {
        Planner planner = new Planner(Fixtures.twoLaneRoad(), CONFIG, new Route(-1, 1000), 20.0);
        PlanOutput out = planner.plan(Fixtures.world(0), Fixtures.egoAt(100, -1.75, 10, NOW), null, NOW);

        assertThat(out.fallback()).isEqualTo(Fallback.COMFORTABLE_BRAKING);
        assertThat(out.status().fallback()).isTrue();
        assertThat(out.status().reason()).isEqualTo("world model stale (1.00 s old): comfortable braking");
        assertThat(out.trajectory().header().valid()).isFalse();
        assertThat(out.trajectory().points().get(50).speedMps()).isLessThan(10 - 2.5 * CONFIG.comfort().decelMps2());
    }

    @Test
    void aWorldModelInAnotherFrameOrMarkedInvalidIsNotPlannedOn() {
        Planner planner = new Planner(Fixtures.twoLaneRoad(), CONFIG, new Route(-1, 1000), 20.0);
        WorldModel odom = new WorldModel(Header.of("odom", 0, NOW), List.of());
        WorldModel invalid = new WorldModel(new Header("map", 0, NOW, false), List.of(), Optional.empty(), 0, 0);

        assertThat(planner.plan(odom, Fixtures.egoAt(100, -1.75, 10, NOW), null, NOW).status().reason())
                .isEqualTo("world model in frame \"odom\", not \"map\": comfortable braking");
        assertThat(planner.plan(invalid, Fixtures.egoAt(100, -1.75, 10, NOW), null, NOW).status().reason())
                .isEqualTo("world model invalid: comfortable braking");
    }

    @Test
    void afterAnEmergencyStopForAGhostTheNextPlanReleasesTheBrakeAtOnce() {
        // a car standing 6 m ahead of the front: nothing avoids it, the fallback brakes at the vehicle's maximum
        Planner planner = new Planner(Fixtures.twoLaneRoad(), CONFIG, new Route(-1, 1000), 20.0);
        PlanOutput first = planner.plan(Fixtures.world(NOW, Fixtures.car(7, 100 + FRONT + 6 + 2.3, -1.75, 0)),
                Fixtures.egoAt(100, -1.75, 15, NOW), null, NOW);
        assertThat(first.fallback()).isEqualTo(Fallback.EMERGENCY_BRAKING);
        TrajectoryPoint next = first.trajectory().points().get(1);
        assertThat(next.accelMps2()).isLessThan(-CONFIG.limits().decelMps2());

        // it was a ghost: the next cycle, on the plan, sees a free road
        long later = NOW + 100_000_000L;
        PlanOutput second = planner.plan(Fixtures.world(later), Fixtures.egoAt(next.xM(), -1.75, next.speedMps(), later),
                null, later);

        // a plan, not another emergency stop: its start may not be held to limits the previous plan was already beyond
        assertThat(second.fallback()).isEqualTo(Fallback.NONE);
        // and the brake is released at once, not at the comfort jerk over seconds
        List<TrajectoryPoint> pts = second.trajectory().points();
        assertThat(pts.get(1).accelMps2()).isGreaterThanOrEqualTo(-CONFIG.limits().decelMps2() - 0.01);
        assertThat(pts.get(3).accelMps2()).isGreaterThanOrEqualTo(-CONFIG.comfort().decelMps2() - 1e-9);
        assertThat(pts.get(20).speedMps()).isGreaterThan(next.speedMps() - 2.0);
    }

    @Test
    void anOncomingCarInTheEgoLaneIsAnsweredByComfortableNotEmergencyBraking() {
        // nothing keeps clear of a car driving at the ego in its lane; braking at 9 m/s² would not either
        Planner planner = new Planner(Fixtures.urbanRoad(), CONFIG, new Route(-1, 600), 20.0);
        TrackedObject wrongWay = Fixtures.object(7, io.avstack.core.msg.ObjectClass.CAR, 180, -1.75, Math.PI, -15, 0,
                new io.avstack.core.msg.Dimensions(4.6, 1.9, 1.5));
        PlanOutput out = planner.plan(Fixtures.world(NOW, wrongWay), Fixtures.egoAt(100, -1.75, 13, NOW),
                Fixtures.lights(NOW, "signal", LightState.GREEN), NOW);

        assertThat(out.fallback()).isEqualTo(Fallback.COMFORTABLE_BRAKING);
        assertThat(out.trajectory().points().get(20).accelMps2()).isGreaterThanOrEqualTo(-CONFIG.comfort().decelMps2() - 1e-6);

        // a standing car as close is still an emergency stop
        Planner other = new Planner(Fixtures.urbanRoad(), CONFIG, new Route(-1, 600), 20.0);
        PlanOutput stop = other.plan(Fixtures.world(NOW, Fixtures.car(8, 100 + FRONT + 8 + 2.3, -1.75, 0)),
                Fixtures.egoAt(100, -1.75, 13, NOW), Fixtures.lights(NOW, "signal", LightState.GREEN), NOW);
        assertThat(stop.fallback()).isEqualTo(Fallback.EMERGENCY_BRAKING);
    }

    @Test
    void aLeadFirstSeenInsideTheRssDistanceIsAnsweredByComfortableBrakingAtOnce() {
        // acc-follow-lead: at 30 m/s (still accelerating at 0.66 m/s²) the first world models show a lead
        // at 25 m/s 91.5 m ahead, 5 m inside d_RSS = 96.3 m. Braking built up at the comfort jerk
        // deepens the shortfall by 2.6 m first; the cheapest candidate left was 4.5 m/s² (4.8 commanded)
        Planner planner = new Planner(oneLaneMotorway(), CONFIG, new Route(-1, 1500), 33.3);
        io.avstack.core.msg.EgoState ego = new io.avstack.core.msg.EgoState(Header.of("map", 0, NOW),
                io.avstack.core.msg.Pose.planar(100, -1.75, 0.0), 30.0, 0.0, 0.66, 0.0);
        PlanOutput out = planner.plan(Fixtures.world(NOW, Fixtures.car(7, 100 + FRONT + 91.5 + 2.3, -1.75, 25)), ego,
                null, NOW);

        assertThat(out.fallback()).isEqualTo(Fallback.NONE);
        List<TrajectoryPoint> pts = out.trajectory().points();
        // the least braking that restores the distance within the response time (less the actuation delay)
        assertThat(pts.get(1).accelMps2()).isBetween(-CONFIG.comfort().decelMps2(), -2.0);
        assertThat(pts).allSatisfy(p -> assertThat(p.accelMps2()).isGreaterThan(-CONFIG.comfort().decelMps2()));
        double v4 = pts.get(4).speedMps();
        double gap4 = 100 + FRONT + 91.5 + 25 * 0.4 - (pts.get(4).xM() + FRONT);
        assertThat(SafeDistance.longitudinalM(CONFIG.rss(), v4, 25)).isLessThanOrEqualTo(gap4 + 1e-6);
    }

    @Test
    void anAccelerationCarryingTheEgoIntoTheRssDistanceIsAnsweredByComfortableBrakingAtOnce() {
        // 1 m outside d_RSS(28.5, 25) = 84.2 m, still accelerating at 0.94 m/s² (acc-follow-lead at 2.2 s, a lane
        // change leaving the lead's corridor): braking built up at the comfort jerk closes in by more than
        // rss_gap's tolerance first, and the cheapest candidate left was 4.5 m/s²
        Planner planner = new Planner(oneLaneMotorway(), CONFIG, new Route(-1, 1500), 33.3);
        double gap = SafeDistance.longitudinalM(CONFIG.rss(), 28.5, 25) + 1.0;
        io.avstack.core.msg.EgoState ego = new io.avstack.core.msg.EgoState(Header.of("map", 0, NOW),
                io.avstack.core.msg.Pose.planar(100, -1.75, 0.0), 28.5, 0.0, 0.94, 0.0);
        PlanOutput out = planner.plan(Fixtures.world(NOW, Fixtures.car(7, 100 + FRONT + gap + 2.3, -1.75, 25)), ego,
                null, NOW);

        assertThat(out.fallback()).isEqualTo(Fallback.NONE);
        List<TrajectoryPoint> pts = out.trajectory().points();
        assertThat(pts.get(1).accelMps2()).isLessThan(0.0);
        assertThat(pts).allSatisfy(p -> assertThat(p.accelMps2()).isGreaterThanOrEqualTo(-CONFIG.comfort().decelMps2()));
    }

    @Test
    void aBrakingLeadIsAnsweredByTheHarderProfilesNotTheLeastThatSufficesByItsPrediction() {
        // planning-lead-brakes: the lead brakes at 6 m/s² 2 m outside the RSS distance. The least braking that
        // suffices by the prediction (2.8 m/s²) is not offered: fusion's estimate of a lead's braking builds
        // up over several world models, and that weaker first answer left the ego 0.3 s longer inside it
        Planner planner = new Planner(oneLaneMotorway(), CONFIG, new Route(-1, 1500), 22.2);
        double gap = SafeDistance.longitudinalM(CONFIG.rss(), 22.2, 22.2) + 2.0;
        PlanOutput out = planner.plan(Fixtures.world(NOW, Fixtures.brakingCar(7, 100 + FRONT + gap + 2.3, -1.75, 22.2, 6.0)),
                Fixtures.egoAt(100, -1.75, 22.2, NOW), null, NOW);

        assertThat(out.trajectory().points().get(2).accelMps2()).isLessThan(-CONFIG.comfort().decelMps2() - 1.0);
    }

    private static Road oneLaneMotorway() {
        return io.avstack.core.map.RoadFiles.parse("""
                segments:
                  - straight: 1500
                lanes:
                  forward: [3.5]
                speedLimits:
                  - {fromS: 0, limitMps: 36.1}
                """, "one-lane motorway");
    }

    @Test
    void theSameInputsGiveTheSameOutputs() {
        TrackedObject lead = Fixtures.car(7, 140, -1.75, 10);
        PlanOutput a = planOnce(Fixtures.twoLaneRoad(), 100, 13, null, lead);
        PlanOutput b = planOnce(Fixtures.twoLaneRoad(), 100, 13, null, lead);

        assertThat(a.trajectory()).isEqualTo(b.trajectory());
        assertThat(a.status()).isEqualTo(b.status());
    }

    @Test
    void aRouteOutsideTheForwardLanesIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new Planner(Fixtures.twoLaneRoad(), CONFIG, new Route(-3, 1000), 20.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Route.laneId = -3");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Route(1, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("forward lane");
    }
}
