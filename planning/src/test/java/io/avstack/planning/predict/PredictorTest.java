package io.avstack.planning.predict;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.TrackedObject;
import io.avstack.planning.Fixtures;
import io.avstack.planning.road.RoadView;
import org.junit.jupiter.api.Test;

class PredictorTest {

    private static final int SAMPLES = 51;
    private static final double DT = 0.1;

    private final RoadView road = new RoadView(Fixtures.twoLaneRoad());
    private final Predictor predictor = new Predictor(road, CONFIG);
    private final PredictedObjects out = new PredictedObjects();

    @Test
    void aCarKeepsItsSpeedAndLane() {
        predictor.predict(Fixtures.world(0, Fixtures.car(7, 100, -1.75, 20.0)), 0, 50, SAMPLES, DT, out);

        assertThat(out.count()).isEqualTo(1);
        assertThat(out.trackId(0)).isEqualTo(7);
        assertThat(out.s(0, 50)).isCloseTo(200.0, within(1e-9));
        assertThat(out.d(0, 50)).isCloseTo(-1.75, within(1e-9));
        assertThat(out.vs(0, 50)).isCloseTo(20.0, within(1e-9));
        assertThat(out.halfAlongM(0)).isCloseTo(2.3, within(1e-9));
        assertThat(out.halfAcrossM(0)).isCloseTo(0.95, within(1e-9));
        assertThat(out.isCrossing(0)).isFalse();
    }

    @Test
    void aBrakingCarIsPredictedToStop() {
        predictor.predict(Fixtures.world(0, Fixtures.brakingCar(1, 100, -1.75, 12.0, 6.0)), 0, 50, SAMPLES, DT, out);

        assertThat(out.s(0, 50)).isCloseTo(100 + 12.0 * 12.0 / 12.0, within(1e-9)); // stops after 12 m
        assertThat(out.vs(0, 50)).isZero();
        assertThat(out.vs(0, 10)).isCloseTo(6.0, within(1e-9));
    }

    @Test
    void aCarDriftingSidewaysSettlesOnTheNextLaneCentre() {
        var cutter = Fixtures.object(3, ObjectClass.CAR, 100, -2.2, -0.05, 20.0, -1.0, new Dimensions(4.6, 1.9, 1.5));
        predictor.predict(Fixtures.world(0, cutter), 0, 50, SAMPLES, DT, out);

        assertThat(out.d(0, 10)).isCloseTo(-3.2, within(1e-9));
        assertThat(out.d(0, 50)).isCloseTo(-5.25, within(1e-9)); // the centre of lane -2, not beyond
    }

    @Test
    void aVehicleWhoseSpeedCannotBeToldFromStandingStands() {
        // lidar-only, behind the lead: "reversing" at 1.4 m/s with 1.0 m/s standard deviation
        var noisy = new TrackedObject(5, ObjectClass.CAR, 100, -1.75, 0.75, 0, new PlanarVelocity(-1.4, 0), 0, 0,
                new Dimensions(4.6, 1.9, 1.5), 0.25, 0.25, 1.0, 1.0, 0.98, 0, TrackedObject.SENSOR_LIDAR);
        predictor.predict(Fixtures.world(0, noisy), 0, 50, SAMPLES, DT, out);

        assertThat(out.s(0, 50)).isCloseTo(100.0, within(1e-9));
        assertThat(out.vs(0, 50)).isZero();
    }

    @Test
    void aTrackUnlikelyToExistIsIgnored() {
        var fading = new TrackedObject(4, ObjectClass.PEDESTRIAN, 100, -1.75, 0.75, 0, new PlanarVelocity(0.7, 0.7), 0,
                0, new Dimensions(0.5, 0.6, 1.7), 0, 0, 0, 0, 0.46, 1_000_000_000L, TrackedObject.SENSOR_CAMERA);
        predictor.predict(Fixtures.world(0, fading, Fixtures.car(7, 120, -1.75, 20.0)), 0, 50, SAMPLES, DT, out);

        assertThat(out.count()).isEqualTo(1);
        assertThat(out.trackId(0)).isEqualTo(7);
    }

    @Test
    void aCrossingPedestrianKeepsWalkingAcrossAndUncertaintyGrows() {
        predictor.predict(Fixtures.world(0, Fixtures.pedestrian(3, 120, -8.0, 1.4)), 0, 50, SAMPLES, DT, out);

        assertThat(out.isCrossing(0)).isTrue();
        assertThat(out.isVulnerable(0)).isTrue();
        assertThat(out.d(0, 50)).isCloseTo(-8.0 + 7.0, within(1e-9));
        assertThat(out.s(0, 50)).isCloseTo(120.0, within(1e-9));
        double growth = CONFIG.prediction().lonSigmaGrowthMps();
        assertThat(out.sigmaLonM(0, 50, growth)).isCloseTo(5.0 * growth, within(1e-9));
        assertThat(out.sigmaLonM(0, 0, growth)).isZero();
    }

    @Test
    void aStaleWorldModelIsAdvancedToNow() {
        predictor.predict(Fixtures.world(0, Fixtures.car(7, 100, -1.75, 20.0)), 200_000_000L, 50, SAMPLES, DT, out);

        assertThat(out.s(0, 0)).isCloseTo(104.0, within(1e-9));
    }

    @Test
    void roadUsersOutOfReachAreDropped() {
        predictor.predict(Fixtures.world(0,
                Fixtures.car(1, 500, -1.75, 10),            // beyond the 200 m preview from s = 50
                Fixtures.car(2, -50, -1.75, 10),            // more than 60 m behind
                Fixtures.car(3, 100, -30, 10),              // far off the road
                Fixtures.car(4, 100, -1.75, 10)), 0, 50, SAMPLES, DT, out);

        assertThat(out.count()).isEqualTo(1);
        assertThat(out.trackId(0)).isEqualTo(4);
        assertThat(out.indexOf(4)).isZero();
        assertThat(out.indexOf(1)).isEqualTo(-1);
    }
}
