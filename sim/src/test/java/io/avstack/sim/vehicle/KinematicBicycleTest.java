package io.avstack.sim.vehicle;

import static io.avstack.sim.vehicle.TestVehicles.DT_S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.config.ConfigException;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KinematicBicycleTest {

    /** Brakes from speedMps with a constant command until standstill; returns the distance. */
    private static double brakeToStop(KinematicBicycle ego, double speedMps, double decelMps2) {
        ego.reset(0.0, 0.0, 0.0, speedMps, 0.0);
        int steps = 0;
        while (ego.speedMps() > 0.0) {
            ego.step(-decelMps2, 0.0);
            assertThat(++steps).isLessThan(100_000);
        }
        return ego.xM();
    }

    @ParameterizedTest
    @CsvSource({"5, 2", "13.9, 4", "27.8, 6", "36.1, 9", "1, 9", "20, 0.7"})
    void stoppingDistanceIsVSquaredOverTwoA(double speedMps, double decelMps2) {
        var ego = new KinematicBicycle(TestVehicles.car(0.0), DT_S);

        double distanceM = brakeToStop(ego, speedMps, decelMps2);

        double expectedM = speedMps * speedMps / (2.0 * decelMps2);
        assertThat(distanceM).isCloseTo(expectedM, within(expectedM * 0.01));
        // The stop inside a step is found exactly, so the agreement is far better than 1 %.
        assertThat(distanceM).isCloseTo(expectedM, within(1e-9 * expectedM + 1e-12));
        assertThat(ego.yM()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @CsvSource({"13.9, 4, 0.1", "27.8, 6, 0.25", "36.1, 9, 0.5"})
    void actuationDelayAddsSpeedTimesDelay(double speedMps, double decelMps2, double delayS) {
        var ego = new KinematicBicycle(TestVehicles.car(delayS), DT_S);

        double distanceM = brakeToStop(ego, speedMps, decelMps2);

        double expectedM = speedMps * delayS + speedMps * speedMps / (2.0 * decelMps2);
        assertThat(distanceM).isCloseTo(expectedM, within(expectedM * 0.01));
    }

    @Test
    void brakingHarderThanTheLimitIsClampedToMaxDecel() {
        var ego = new KinematicBicycle(TestVehicles.car(0.0), DT_S);

        double distanceM = brakeToStop(ego, 20.0, 50.0);

        assertThat(distanceM).isCloseTo(20.0 * 20.0 / (2.0 * 9.0), within(1e-9));
    }

    @Test
    void speedNeverGoesNegativeAndStandstillHoldsUnderBraking() {
        var ego = new KinematicBicycle(TestVehicles.car(0.0), DT_S);
        ego.reset(0.0, 0.0, 0.0, 0.05, 0.0);

        for (int i = 0; i < 100; i++) {
            ego.step(-9.0, 0.3);
        }

        assertThat(ego.speedMps()).isZero();
        assertThat(ego.accelMps2()).isZero();
        assertThat(ego.xM()).isCloseTo(0.05 * 0.05 / 18.0, within(1e-12));
    }

    @Test
    void accelerationIsLimitedAndSpeedStopsAtTopSpeed() {
        var ego = new KinematicBicycle(TestVehicles.car(0.0), DT_S);
        ego.reset(0.0, 0.0, 0.0, 0.0, 0.0);

        ego.step(10.0, 0.0);
        assertThat(ego.actuatorAccelMps2()).isEqualTo(3.0);
        assertThat(ego.speedMps()).isCloseTo(3.0 * DT_S, within(1e-12));

        for (int i = 0; i < 3000; i++) {
            ego.step(10.0, 0.0);
        }
        assertThat(ego.speedMps()).isEqualTo(50.0);
        assertThat(ego.accelMps2()).isZero();
    }

    @Test
    void steeringAngleIsClampedToMaxSteer() {
        var ego = new KinematicBicycle(TestVehicles.car(0.0), DT_S);
        ego.reset(0.0, 0.0, 0.0, 5.0, 0.0);

        for (int i = 0; i < 200; i++) {
            ego.step(0.0, 1.5);
        }
        assertThat(ego.steerRad()).isEqualTo(0.6);
        for (int i = 0; i < 300; i++) {
            ego.step(0.0, -1.5);
        }
        assertThat(ego.steerRad()).isEqualTo(-0.6);
    }

    @Test
    void steeringRateIsLimited() {
        var ego = new KinematicBicycle(TestVehicles.car(0.0), DT_S);
        ego.reset(0.0, 0.0, 0.0, 5.0, 0.0);
        double maxChangePerStepRad = 0.8 * DT_S;

        for (int k = 1; k <= 50; k++) {
            ego.step(0.0, 0.6);
            assertThat(ego.steerRad()).isCloseTo(k * maxChangePerStepRad, within(1e-12));
        }
        // 0.4 rad after 50 steps; a small request within the rate is reached in one step.
        ego.step(0.0, 0.401);
        assertThat(ego.steerRad()).isCloseTo(0.401, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"0.05, 5", "0.2, 10", "-0.35, 3", "0.6, 2"})
    void constantSteerDrivesACircleOfRadiusWheelbaseOverTanSteer(double steerRad, double speedMps) {
        var ego = new KinematicBicycle(TestVehicles.car(0.0), DT_S);
        ego.reset(10.0, -4.0, 0.7, speedMps, steerRad);
        double radiusM = 2.8 / Math.tan(steerRad);
        double centreX = 10.0 - radiusM * Math.sin(0.7);
        double centreY = -4.0 + radiusM * Math.cos(0.7);
        double circumferenceM = 2.0 * Math.PI * Math.abs(radiusM);
        int steps = (int) Math.ceil(circumferenceM / (speedMps * DT_S));

        for (int i = 0; i < steps; i++) {
            ego.step(0.0, steerRad);
            double r = Math.hypot(ego.xM() - centreX, ego.yM() - centreY);
            assertThat(r).isCloseTo(Math.abs(radiusM), within(Math.abs(radiusM) * 0.01));
        }
        assertThat(ego.yawRateRadps()).isCloseTo(speedMps / radiusM, within(1e-9));
    }

    @Test
    void delayShiftsTheResponseByExactlyTheDelay() {
        int delaySteps = 25;
        var delayed = new KinematicBicycle(TestVehicles.car(delaySteps * DT_S), DT_S);
        var direct = new KinematicBicycle(TestVehicles.car(0.0), DT_S);
        assertThat(delayed.delaySteps()).isEqualTo(delaySteps);
        delayed.reset(0.0, 0.0, 0.0, 10.0, 0.0);
        direct.reset(0.0, 0.0, 0.0, 10.0, 0.0);
        int n = 300;
        double[] directSpeed = new double[n];
        double[] directSteer = new double[n];
        double[] delayedSpeed = new double[n];
        double[] delayedSteer = new double[n];

        for (int k = 0; k < n; k++) {
            double accel = k < 100 ? 2.0 : -4.0;
            double steer = k < 150 ? 0.2 : -0.1;
            direct.step(accel, steer);
            delayed.step(accel, steer);
            directSpeed[k] = direct.speedMps();
            directSteer[k] = direct.steerRad();
            delayedSpeed[k] = delayed.speedMps();
            delayedSteer[k] = delayed.steerRad();
        }

        for (int k = 0; k < delaySteps; k++) {
            assertThat(delayedSpeed[k]).isEqualTo(10.0);
            assertThat(delayedSteer[k]).isZero();
        }
        for (int k = delaySteps; k < n; k++) {
            assertThat(delayedSpeed[k]).isCloseTo(directSpeed[k - delaySteps], within(1e-12));
            assertThat(delayedSteer[k]).isCloseTo(directSteer[k - delaySteps], within(1e-12));
        }
    }

    @Test
    void nanOrInfiniteCommandMeansMaxBrakeAndIsCounted() {
        var ego = new KinematicBicycle(TestVehicles.car(0.0), DT_S);
        ego.reset(0.0, 0.0, 0.0, 20.0, 0.1);

        ego.step(Double.NaN, 0.1);
        assertThat(ego.actuatorAccelMps2()).isEqualTo(-9.0);
        assertThat(ego.steerRad()).isEqualTo(0.1);
        ego.step(1.0, Double.POSITIVE_INFINITY);
        assertThat(ego.actuatorAccelMps2()).isEqualTo(-9.0);
        assertThat(ego.steerRad()).isEqualTo(0.1);
        ego.step(Double.NEGATIVE_INFINITY, Double.NaN);

        assertThat(ego.rejectedCommandCount()).isEqualTo(3);
        assertThat(ego.speedMps()).isCloseTo(20.0 - 3 * 9.0 * DT_S, within(1e-12));
        EgoState state = ego.toEgoState(new Header("map", 1L, 0L, true));
        assertThat(state.pose().xM()).isFinite();
        assertThat(state.pose().yawRad()).isFinite();
    }

    @Test
    void jerkLimitRampsTheAcceleration() {
        var ego = new KinematicBicycle(TestVehicles.carWithJerkLimit(10.0), DT_S);
        ego.reset(0.0, 0.0, 0.0, 10.0, 0.0);

        for (int k = 1; k <= 10; k++) {
            ego.step(-9.0, 0.0);
            assertThat(ego.actuatorAccelMps2()).isCloseTo(-10.0 * DT_S * k, within(1e-12));
        }
    }

    @Test
    void stepWithControlCommandUsesItsValues() {
        var ego = new KinematicBicycle(TestVehicles.car(0.0), DT_S);
        ego.reset(0.0, 0.0, 0.0, 10.0, 0.0);

        ego.step(new ControlCommand(new Header("base_link", 0L, 0L, true), -2.0, 0.005));

        assertThat(ego.actuatorAccelMps2()).isEqualTo(-2.0);
        assertThat(ego.steerRad()).isEqualTo(0.005);
    }

    @Test
    void stepsAreDeterministic() {
        var a = new KinematicBicycle(TestVehicles.car(0.05), DT_S);
        var b = new KinematicBicycle(TestVehicles.car(0.05), DT_S);
        a.reset(1.0, 2.0, 0.3, 12.0, 0.0);
        b.reset(1.0, 2.0, 0.3, 12.0, 0.0);
        for (int k = 0; k < 500; k++) {
            double accel = Math.sin(k * 0.05) * 3.0;
            double steer = Math.cos(k * 0.03) * 0.3;
            a.step(accel, steer);
            b.step(accel, steer);
        }
        assertThat(a.xM()).isEqualTo(b.xM());
        assertThat(a.yM()).isEqualTo(b.yM());
        assertThat(a.yawRad()).isEqualTo(b.yawRad());
        assertThat(a.speedMps()).isEqualTo(b.speedMps());
    }

    @Test
    void rejectsOutOfRangeParamsAndState() {
        var badOverhang = new VehicleParams(2.8, 3.0, 1.85, 1.0, 3.0, 9.0, 0.6, 0.8, null, 0.0, 50.0);
        assertThatThrownBy(() -> new KinematicBicycle(badOverhang, DT_S))
                .isInstanceOf(ConfigException.class).hasMessageContaining("rearOverhangM");
        var negativeDecel = new VehicleParams(2.8, 4.7, 1.85, 1.0, 3.0, -9.0, 0.6, 0.8, null, 0.0, 50.0);
        assertThatThrownBy(() -> new KinematicBicycle(negativeDecel, DT_S))
                .isInstanceOf(ConfigException.class).hasMessageContaining("maxDecelMps2");
        assertThatThrownBy(() -> new KinematicBicycle(TestVehicles.car(0.0), 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dtS");
        var ego = new KinematicBicycle(TestVehicles.car(0.0), DT_S);
        assertThatThrownBy(() -> ego.reset(0.0, 0.0, 0.0, -1.0, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("speedMps");
        assertThatThrownBy(() -> ego.reset(Double.NaN, 0.0, 0.0, 1.0, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xM");
    }

    @Test
    void steppingAllocatesNothing() {
        var ego = new KinematicBicycle(TestVehicles.carWithJerkLimit(20.0), DT_S);
        ego.reset(0.0, 0.0, 0.0, 10.0, 0.0);
        drive(ego, 20_000); // warm up: class loading and JIT
        long before = AllocationMeter.allocatedBytes();

        drive(ego, 100_000);

        assertThat(AllocationMeter.allocatedBytes() - before).isLessThan(4_096);
    }

    private static void drive(KinematicBicycle ego, int steps) {
        for (int k = 0; k < steps; k++) {
            ego.step(k % 7 == 0 ? Double.NaN : Math.sin(k * 0.01), 0.3 * Math.cos(k * 0.002));
        }
    }
}
