package io.avstack.safety.node;

import static io.avstack.core.msg.SafetyStatus.DegradedMode.BUS_DISCONNECT;
import static io.avstack.core.msg.SafetyStatus.DegradedMode.DETECTOR_FAILURE;
import static io.avstack.core.msg.SafetyStatus.DegradedMode.MISSING_SENSOR;
import static io.avstack.core.msg.SafetyStatus.DegradedMode.NONE;
import static io.avstack.core.msg.SafetyStatus.DegradedMode.PLANNER_TIMEOUT;
import static io.avstack.core.msg.SafetyStatus.DegradedMode.STALE_SENSOR;
import static io.avstack.core.msg.SafetyStatus.Verdict.CLAMP;
import static io.avstack.core.msg.SafetyStatus.Verdict.OVERRIDE_MRM;
import static io.avstack.core.msg.SafetyStatus.Verdict.PASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.TrackedObject;
import io.avstack.safety.Fixtures;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per row of the degraded-modes table in docs/safety.md: each injects its failure into a
 * healthy lockstep loop and checks the response and that it came within the documented detection
 * time (plus one 20 ms ego-state period, the cycle the safety layer notices it on). Default config.
 */
class DegradedModesTest {

    /** The cycle granularity: a silent input is noticed on the next ego state or planner command. */
    private static final double CYCLE_S = 0.02;

    private SafetyHarness h;

    @BeforeEach
    void healthyForTwoSeconds() {
        h = healthy(10.0);
    }

    private static SafetyHarness healthy(double speedMps) {
        SafetyHarness harness = new SafetyHarness(speedMps);
        harness.run(2.0);
        assertThat(harness.lastStatus().verdict()).isEqualTo(PASS);
        assertThat(harness.lastStatus().degradedMode()).isEqualTo(NONE);
        return harness;
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void plannerSilentStopsInLaneWithinTheDeadline() {
        h.plannerOn = false;
        double t = h.runUntil(PLANNER_TIMEOUT, OVERRIDE_MRM, 1.0);
        assertThat(t).isLessThanOrEqualTo(0.1 + CYCLE_S);
        assertThat(h.lastStatus().reason()).contains("planner command stale").contains("hazard lights requested");
        h.run(5.0); // the override keeps coming while the planner is silent, and stops the car
        assertThat(h.egoSpeedMps).isZero();
        assertThat(h.lastCommand().accelMps2()).isEqualTo(-3.0);
        assertThat(h.nowNs() - h.lastCommand().header().stampNs()).isLessThanOrEqualTo(20_000_000L);
    }

    @Test
    void invalidPlannerCommandIsAPlannerFailureAtOnce() {
        h.plannerValid = false;
        assertThat(h.runUntil(PLANNER_TIMEOUT, OVERRIDE_MRM, 1.0)).isLessThanOrEqualTo(CYCLE_S);
        assertThat(h.lastStatus().reason()).contains("planner command invalid");
    }

    @Test
    void planSilentStopsInLaneWithinItsMaximumAge() {
        h.trajectoryOn = false;
        double t = h.runUntil(PLANNER_TIMEOUT, OVERRIDE_MRM, 2.0);
        // the last plan came 0.1 s before the fault: stale 0.5 s after it
        assertThat(t + 0.1).isGreaterThan(0.5).isLessThanOrEqualTo(0.5 + CYCLE_S + 1e-9);
        assertThat(h.lastStatus().reason()).contains("trajectory stale");
    }

    @Test
    void worldModelSilentStopsInLaneAndBrakesOnRadar() {
        h.worldOn = false;
        double t = h.runUntil(STALE_SENSOR, OVERRIDE_MRM, 2.0);
        // the last world model came 0.1 s before the fault: stale 0.35 s after it
        assertThat(t + 0.1).isGreaterThan(0.35).isLessThanOrEqualTo(0.35 + CYCLE_S + 1e-9);
        assertThat(h.lastStatus().reason()).contains("world model stale");
        // a standing car 8 m ahead of the radar, closing at the ego's speed: confirmed on two scans
        h.radarReturns = List.of(new RadarDetection(8, 0, 0, -h.egoSpeedMps, 10));
        h.run(0.15);
        assertThat(h.lastCommand().accelMps2()).isEqualTo(-9.0);
        assertThat(h.lastStatus().reason()).contains("AEB brake: radar return");
    }

    @Test
    void worldModelSilentWithoutRadarBrakesOnLidar() {
        h.radarOn = false;
        h.worldOn = false;
        h.runUntil(STALE_SENSOR, OVERRIDE_MRM, 2.0);
        // a standing obstacle 9 m ahead of the front bumper: its distance shrinks scan to scan, the
        // closing speed confirmed on two consecutive scans
        h.lidarObstacleXM = h.egoXM + Fixtures.CONFIG.vehicle().frontM() + 9.0;
        h.run(0.35);
        assertThat(h.lastCommand().accelMps2()).isEqualTo(-9.0);
        assertThat(h.lastStatus().reason()).contains("AEB brake: lidar obstacle");
        h.run(3.0);
        assertThat(h.egoSpeedMps).isZero();
        assertThat(h.egoXM + Fixtures.CONFIG.vehicle().frontM()).isLessThan(h.lidarObstacleXM);
    }

    @Test
    void anObstacleFusionDroppedIsBrakedForOnTheLidarChannel() {
        // the world model is healthy but empty: fusion lost the pedestrian right ahead
        // 12 m ahead at 10 m/s: a distance on two scans gives the closing speed, two more confirm it
        h.lidarObstacleXM = h.egoXM + Fixtures.CONFIG.vehicle().frontM() + 12.0;
        h.run(0.5);
        assertThat(h.lastStatus().degradedMode()).isEqualTo(NONE);
        assertThat(h.lastCommand().accelMps2()).isEqualTo(-9.0);
        assertThat(h.lastStatus().reason()).contains("AEB brake: lidar obstacle");
        h.run(3.0);
        assertThat(h.egoSpeedMps).isZero();
        assertThat(h.egoXM + Fixtures.CONFIG.vehicle().frontM()).isLessThan(h.lidarObstacleXM);
    }

    @Test
    void aLidarObstacleAtATrackedObjectsDistanceIsThatTrackWhoseEstimateDecides() {
        // the nearest lidar point rushes in (a corner entering the corridor) while fusion tracks the
        // car there closing at 1 m/s: the lidar channel does not override the track
        double front = Fixtures.CONFIG.vehicle().frontM();
        double gapM = 14.0;
        for (int i = 0; i < 60; i++) {
            gapM -= 12.0 * SafetyHarness.STEP_NS / 1e9;
            h.lidarObstacleXM = h.egoXM + front + gapM;
            h.objects = List.of(Fixtures.car(1, h.lidarObstacleXM + 2.3, 0, 0, h.egoSpeedMps - 1.0, 0));
            h.step();
        }
        assertThat(h.lastStatus().reason()).doesNotContain("AEB brake");
        assertThat(h.lastCommand().accelMps2()).isGreaterThan(-Fixtures.CONFIG.aeb().brakeDecelMps2()); // RSS's proper response only
    }

    @Test
    void aLidarObstacleKeepingItsDistanceDoesNotBrake() {
        // a lead driving at the ego's speed, 8 m ahead: no closing speed, no braking
        for (int i = 0; i < 40; i++) {
            h.lidarObstacleXM = h.egoXM + Fixtures.CONFIG.vehicle().frontM() + 8.0;
            h.step();
        }
        assertThat(h.lastCommand().accelMps2()).isGreaterThan(-1.0);
    }

    @Test
    void anInvalidWorldModelDuringTheStartupGraceIsFusionWarmingUpNotADetectorFailure() {
        try (SafetyHarness fresh = new SafetyHarness(10.0)) {
            fresh.worldValid = false;
            fresh.run(0.3);
            assertThat(fresh.lastStatus().verdict()).isEqualTo(PASS);
            fresh.worldValid = true;
            fresh.run(0.5);
            assertThat(fresh.lastStatus().verdict()).isEqualTo(PASS); // nothing to recover from
        }
    }

    @Test
    void worldModelNeverArrivingIsAMissingSensorAfterTheStartupGrace() {
        try (SafetyHarness fresh = new SafetyHarness(10.0)) {
            fresh.worldOn = false;
            fresh.run(0.45);
            assertThat(fresh.lastStatus().verdict()).isEqualTo(PASS); // still in the grace
            double t = fresh.runUntil(MISSING_SENSOR, OVERRIDE_MRM, 1.0);
            assertThat(fresh.nowNs() / 1e9).isLessThanOrEqualTo(0.5 + CYCLE_S + 1e-9);
            assertThat(t).isLessThanOrEqualTo(0.1);
            assertThat(fresh.lastStatus().reason()).contains("world model missing");
        }
    }

    @Test
    void detectorFailureFlagStopsInLaneWithTheWorldModelThatCarriesIt() {
        h.worldValid = false;
        assertThat(h.runUntil(DETECTOR_FAILURE, OVERRIDE_MRM, 1.0)).isLessThanOrEqualTo(0.1);
        assertThat(h.lastStatus().reason()).contains("world model invalid");
    }

    @Test
    void oneSensorLostByFusionCapsTheSpeed() {
        h.close();
        h = healthy(20.0);
        h.plannerAccelMps2 = 1.0;
        h.sensorsAliveMask = TrackedObject.SENSOR_ALL & ~TrackedObject.SENSOR_CAMERA;
        assertThat(h.runUntil(MISSING_SENSOR, CLAMP, 1.0)).isLessThanOrEqualTo(0.1);
        assertThat(h.lastStatus().reason()).isEqualTo("speed capped at 13.9 m/s: fusion lost camera");
        assertThat(h.lastCommand().accelMps2()).isEqualTo(-1.5);
        h.run(6.0);
        assertThat(h.egoSpeedMps).isCloseTo(13.9, within(0.1));
    }

    @Test
    void twoSensorsLostByFusionIsADetectorFailure() {
        h.sensorsAliveMask = TrackedObject.SENSOR_RADAR;
        assertThat(h.runUntil(DETECTOR_FAILURE, OVERRIDE_MRM, 1.0)).isLessThanOrEqualTo(0.1);
        assertThat(h.lastStatus().reason()).contains("fusion lost camera and lidar");
    }

    @Test
    void worldModelAtHalfItsRateCapsTheSpeed() {
        h.close();
        h = healthy(20.0);
        h.worldPeriodSteps = 20; // 5 Hz instead of 10
        double t = h.runUntil(STALE_SENSOR, CLAMP, 3.0);
        assertThat(t).isLessThanOrEqualTo(1.2);
        assertThat(h.lastStatus().reason()).contains("world model rate");
    }

    @Test
    void egoStateSilentStopsInLaneWithinItsMaximumAge() {
        h.egoOn = false;
        assertThat(h.runUntil(STALE_SENSOR, OVERRIDE_MRM, 1.0)).isLessThanOrEqualTo(0.1 + CYCLE_S);
        assertThat(h.lastStatus().reason()).contains("ego state stale");
    }

    @Test
    void invalidEgoStateStopsInLaneAtOnce() {
        h.egoValid = false;
        assertThat(h.runUntil(STALE_SENSOR, OVERRIDE_MRM, 1.0)).isLessThanOrEqualTo(CYCLE_S);
        assertThat(h.lastStatus().reason()).contains("ego state invalid");
    }

    @Test
    void implausibleEgoStateJumpStopsInLaneAtOnce() {
        h.egoJumpM = 5.0;
        assertThat(h.runUntil(STALE_SENSOR, OVERRIDE_MRM, 1.0)).isLessThanOrEqualTo(CYCLE_S);
        assertThat(h.lastStatus().reason()).contains("ego state implausible: position jumped");
    }

    @Test
    void busDisconnectStopsInLaneAfterItsGrace() {
        double graceS = io.avstack.safety.config.SafetyConfig.defaults().watchdog().busDisconnectGraceS();
        h.busConnected.set(false);
        double t = h.runUntil(BUS_DISCONNECT, OVERRIDE_MRM, 1.0);
        assertThat(t).isGreaterThanOrEqualTo(graceS).isLessThanOrEqualTo(graceS + CYCLE_S);
        assertThat(h.lastStatus().reason()).contains("bus disconnected");
    }

    @Test
    void aLostBusIsAnsweredInTheCycleThatSeesItNotAtThePlannersNextCommand() {
        // the bus drops: nothing arrives any more, and the planner's last command (10 ms old) is still
        // within its maximum age, so no fresh planner command will carry the override
        h.egoOn = h.plannerOn = h.worldOn = h.trajectoryOn = h.radarOn = h.lidarOn = false;
        h.run(0.01);
        h.busConnected.set(false);
        int commandsBefore = h.commands.size();
        long timerNs = h.nowNs();
        h.node.step(timerNs); // the node's own timer: the only trigger left
        assertThat(h.commands).hasSize(commandsBefore + 1);
        assertThat(h.lastCommand().header().stampNs()).isEqualTo(timerNs);
        assertThat(h.lastCommand().accelMps2()).isNegative();
        assertThat(h.lastStatus().verdict()).isEqualTo(OVERRIDE_MRM);
        assertThat(h.lastStatus().degradedMode()).isEqualTo(BUS_DISCONNECT);
        assertThat(h.lastStatus().header().stampNs()).isEqualTo(timerNs);
        h.node.step(timerNs + 5_000_000L); // the MRM is commanded; while the planner is usable, not again
        assertThat(h.commands).hasSize(commandsBefore + 1);
    }

    @Test
    void aClearedFailureKeepsItsResponseForTheRecoveryTime() {
        h.plannerOn = false;
        h.runUntil(PLANNER_TIMEOUT, OVERRIDE_MRM, 1.0);
        h.plannerOn = true;
        double recoveryS = io.avstack.safety.config.SafetyConfig.defaults().watchdog().recoveryS();
        h.run(recoveryS - 0.1);
        assertThat(h.lastStatus().verdict()).isEqualTo(OVERRIDE_MRM);
        assertThat(h.lastStatus().reason()).contains("recovering");
        double t = h.runUntil(NONE, PASS, 1.0);
        assertThat(t).isLessThanOrEqualTo(0.15);
    }
}
