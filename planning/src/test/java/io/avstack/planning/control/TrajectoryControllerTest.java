package io.avstack.planning.control;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.TrajectoryPoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryControllerTest {

    private static final long MS = 1_000_000L;

    /** A straight plan along +x at y = 0 from x0, at speed v0 with acceleration a from {@code stepAtS} on. */
    private static Trajectory straight(long stampNs, double x0, double v0, double accel, double stepAtS) {
        List<TrajectoryPoint> pts = new ArrayList<>();
        double x = x0;
        double v = v0;
        for (int i = 0; i <= 50; i++) {
            double a = i * 0.1 >= stepAtS ? accel : 0.0;
            pts.add(new TrajectoryPoint(i * 100 * MS, x, 0, 0, v, a, 0));
            x += Math.max(0, v) * 0.1;
            v = Math.max(0, v + a * 0.1);
        }
        return new Trajectory(Header.of("map", 0, stampNs), pts);
    }

    private static EgoState ego(double x, double y, double yaw, double v, long stampNs) {
        return new EgoState(Header.of("map", 0, stampNs), Pose.planar(x, y, yaw), v, 0, 0, 0);
    }

    @Test
    void onThePathAtThePlannedSpeedItHoldsTheWheelAndFeedsTheAccelerationForward() {
        TrajectoryController c = new TrajectoryController(CONFIG);
        Trajectory plan = straight(0, 0, 10, 0.5, 0.0);
        c.command(ego(0, 0, 0, 10, 0), plan, 0);
        ControlCommand cmd = c.command(ego(0.2, 0, 0, 10, 20 * MS), plan, 20 * MS);

        assertThat(cmd.steeringRad()).isCloseTo(0.0, within(1e-9));
        assertThat(cmd.accelMps2()).isPositive().isLessThanOrEqualTo(0.5 + 1e-9);
        assertThat(cmd.header().frameId()).isEqualTo("base_link");
    }

    @Test
    void leftOfThePathItSteersRightAndRightOfItLeft() {
        Trajectory plan = straight(0, 0, 10, 0, 0);
        TrajectoryController left = new TrajectoryController(CONFIG);
        left.command(ego(0, 0.5, 0, 10, 0), plan, 0);
        TrajectoryController right = new TrajectoryController(CONFIG);
        right.command(ego(0, -0.5, 0, 10, 0), plan, 0);

        assertThat(left.command(ego(0.2, 0.5, 0, 10, 20 * MS), plan, 20 * MS).steeringRad()).isNegative();
        assertThat(right.command(ego(0.2, -0.5, 0, 10, 20 * MS), plan, 20 * MS).steeringRad()).isPositive();
    }

    @Test
    void slowerThanPlannedItAccelerates() {
        TrajectoryController c = new TrajectoryController(CONFIG);
        Trajectory plan = straight(0, 0, 10, 0, 0);
        c.command(ego(0, 0, 0, 8, 0), plan, 0);
        double accel = 0;
        for (int k = 1; k <= 50; k++) {
            accel = c.command(ego(0.16 * k, 0, 0, 8, k * 20 * MS), plan, k * 20 * MS).accelMps2();
            if (k == 5) {
                // the correction ramps in at the comfort jerk
                assertThat(accel).isCloseTo(5 * 0.02 * CONFIG.comfort().jerkMps3(), within(1e-9));
            }
        }
        assertThat(accel).isGreaterThan(1.5);
    }

    @Test
    void standingStillWithAStandingPlanHoldsTheBrake() {
        TrajectoryController c = new TrajectoryController(CONFIG);
        Trajectory plan = straight(0, 0, 0, 0, 0);
        double accel = 0;
        for (int k = 0; k <= 50; k++) {
            accel = c.command(ego(0, 0, 0, 0, k * 20 * MS), plan, k * 20 * MS).accelMps2();
        }
        assertThat(accel).isCloseTo(-CONFIG.controller().standstillHoldDecelMps2(), within(1e-9));
    }

    @Test
    void withoutAPlanOrPastItsEndItBrakesComfortablyAndHoldsTheWheel() {
        TrajectoryController c = new TrajectoryController(CONFIG);
        double accel = 0;
        for (int k = 0; k <= 100; k++) {
            accel = c.command(ego(0, 0, 0, 10, k * 20 * MS), null, k * 20 * MS).accelMps2();
        }
        assertThat(accel).isCloseTo(-CONFIG.comfort().decelMps2(), within(1e-9));

        Trajectory old = straight(0, 0, 10, 0, 0);
        ControlCommand late = c.command(ego(0, 0, 0, 10, 6_000 * MS), old, 6_000 * MS);
        assertThat(late.accelMps2()).isCloseTo(-CONFIG.comfort().decelMps2(), within(1e-9));
    }

    @Test
    void aNominalPlanIsFollowedNoFasterThanTheComfortJerk() {
        TrajectoryController c = new TrajectoryController(CONFIG);
        c.command(ego(0, 0, 0, 10, 0), straight(0, 0, 10, 0, 0), 0);
        // a new plan asking for -0.5 m/s² at once (within the delay already committed)
        Trajectory plan = straight(20 * MS, 0.2, 10, -0.2, 0.0);
        ControlCommand cmd = c.command(ego(0.2, 0, 0, 10, 20 * MS), plan, 20 * MS);

        assertThat(cmd.accelMps2()).isCloseTo(-CONFIG.comfort().jerkMps3() * 0.02, within(1e-9));
    }

    @Test
    void anEmergencyPlanIsFollowedAtOnceAndTheCommandStaysWithinTheVehicle() {
        TrajectoryController c = new TrajectoryController(CONFIG);
        c.command(ego(0, 0, 0, 10, 0), straight(0, 0, 10, 0, 0), 0);
        List<TrajectoryPoint> pts = new ArrayList<>(straight(20 * MS, 0.2, 10, -9, 0.0).points());
        pts.set(0, new TrajectoryPoint(0, 0.2, 0, 0, 10, 0, 0)); // ramps from 0 to -9 in one step
        Trajectory emergency = new Trajectory(Header.of("map", 1, 20 * MS), pts);
        ControlCommand cmd = c.command(ego(0.2, 0, 0, 10, 20 * MS), emergency, 20 * MS);

        assertThat(cmd.accelMps2()).isLessThan(-8.0).isGreaterThanOrEqualTo(-CONFIG.vehicle().maxDecelMps2());
    }

    @Test
    void steeringIsClampedAndRateLimited() {
        TrajectoryController c = new TrajectoryController(CONFIG);
        Trajectory plan = straight(0, 0, 2, 0, 0);
        c.command(ego(0, 0, 0, 2, 0), plan, 0);
        // far right of the path, facing away: the wheel would go full left
        ControlCommand first = c.command(ego(0, -3, -0.5, 2, 20 * MS), plan, 20 * MS);
        assertThat(first.steeringRad()).isCloseTo(CONFIG.vehicle().maxSteerRateRadps() * 0.02, within(1e-9));
        double steer = 0;
        for (int k = 2; k <= 100; k++) {
            steer = c.command(ego(0, -3, -0.5, 2, k * 20 * MS), plan, k * 20 * MS).steeringRad();
        }
        assertThat(steer).isCloseTo(CONFIG.vehicle().maxSteerRad(), within(1e-9));
    }

    @Test
    void aSecondCommandAtTheSameInstantReplacesTheFirstWithinTheSameLimits() {
        TrajectoryController c = new TrajectoryController(CONFIG);
        Trajectory plan = straight(0, 0, 10, 0, 0);
        c.command(ego(0, 0, 0, 10, 0), plan, 0);
        double first = c.command(ego(0.2, 0, 0, 10, 20 * MS), straight(20 * MS, 0.2, 10, -0.5, 0), 20 * MS).accelMps2();
        double second = c.command(ego(0.2, 0, 0, 10, 20 * MS), straight(20 * MS, 0.2, 10, -0.5, 0), 20 * MS).accelMps2();
        assertThat(second).isCloseTo(first, within(1e-12));
    }

    @Test
    void feedbackNeverBrakesHarderThanTheHardLimitUnlessThePlanDoes() {
        double limit = CONFIG.limits().decelMps2();
        double max = CONFIG.vehicle().maxDecelMps2();
        // the plan brakes at the hard limit, the ego already does too, but is 2 m/s too fast
        Trajectory plan = straight(0, 0, 20, -limit, 0.0);
        assertThat(secondCommandMps2(plan, 22, -limit)).isCloseTo(-limit, within(1e-9));

        // an emergency plan beyond the limit is followed beyond it, with the feedback
        Trajectory emergency = straight(0, 0, 20, -max, 0.0);
        assertThat(secondCommandMps2(emergency, 22, -max)).isCloseTo(-max, within(1e-9));
    }

    @Test
    void feedbackNeverBrakesHarderThanComfortableWhereThePlanBrakesComfortably() {
        double comfort = CONFIG.comfort().decelMps2();
        // the plan brakes comfortably, the ego already does too, but lags it by 1 m/s (actuation delay)
        Trajectory plan = straight(0, 0, 20, -comfort, 0.0);
        assertThat(secondCommandMps2(plan, 21, -comfort)).isCloseTo(-comfort, within(1e-9));
        // a plan along a lane change's curve reads a hair beyond the limit: still comfortable braking
        Trajectory curved = straight(0, 0, 20, -comfort - 1e-4, 0.0);
        assertThat(secondCommandMps2(curved, 21, -comfort)).isGreaterThanOrEqualTo(-comfort);
        // braking more gently than comfortable, the feedback may still brake up to comfortable
        Trajectory gentle = straight(0, 0, 20, -1.0, 0.0);
        TrajectoryController g = new TrajectoryController(CONFIG);
        g.command(braking(0, 21, -1.0, 0), gentle, 0);
        double a = g.command(braking(0.4, 21, -1.0, 20 * MS), gentle, 20 * MS).accelMps2();
        assertThat(a).isLessThan(-1.0).isGreaterThanOrEqualTo(-comfort);
    }

    /**
     * The controller's second command on {@code plan}: the ego at {@code speedMps} (m/s) braking at
     * {@code accelMps2} (m/s²), at x 0 m at time 0 and at x 0.4 m 20 ms later.
     */
    private static double secondCommandMps2(Trajectory plan, double speedMps, double accelMps2) {
        TrajectoryController c = new TrajectoryController(CONFIG);
        c.command(braking(0, speedMps, accelMps2, 0), plan, 0);
        return c.command(braking(0.4, speedMps, accelMps2, 20 * MS), plan, 20 * MS).accelMps2();
    }

    private static EgoState braking(double x, double v, double accel, long stampNs) {
        return new EgoState(Header.of("map", 0, stampNs), Pose.planar(x, 0, 0), v, 0, accel, 0);
    }
}
