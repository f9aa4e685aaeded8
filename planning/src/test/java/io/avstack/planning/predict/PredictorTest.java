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
    void aStoppingCarWhoseTrackWandersSidewaysIsNeitherCrossingNorChangingLanes() {
        // urban-showcase: a car coming to rest beside the ego, its lidar box along the road, its track's
        // offset wandering 0.45 m in 0.4 s with 0.84 m/s sideways (3.1 sigma) against 0.69 m/s along
        double[] offsets = {-1.44, -1.56, -1.61, -1.73, -1.89};
        for (int i = 0; i < offsets.length; i++) {
            long t = i * 100_000_000L;
            var car = new TrackedObject(2, ObjectClass.CAR, 120, offsets[i], 0.75, 0, new PlanarVelocity(0.69, -0.84),
                    -1.75, 0, new Dimensions(4.5, 1.8, 1.5), 0.008, 0.009, 0.072, 0.075, 0.98, 0,
                    TrackedObject.SENSOR_LIDAR | TrackedObject.SENSOR_RADAR);
            predictor.predict(Fixtures.world(t, car), t, 100, SAMPLES, DT, out);
        }
        assertThat(out.isCrossing(0)).isFalse();
        // it stops after 0.14 m: half that sideways at most, nowhere near lane -2 (centre -5.25)
        assertThat(out.d(0, 30)).isGreaterThan(-1.89 - 0.5 * 0.14 - 1e-6);
    }

    @Test
    void aVehicleMovesSidewaysAtMostHalfAsFastAsAlong() {
        // radar-only (no box heading), 2 m/s along and 1.5 m/s sideways: a car turns, it does not slide
        var car = new TrackedObject(4, ObjectClass.CAR, 120, -1.75, 0.75, 0, new PlanarVelocity(2.0, -1.5), 0, 0,
                new Dimensions(4.6, 1.9, 1.5), 0, 0, 0, 0, 0.98, 0, TrackedObject.SENSOR_RADAR);
        predictor.predict(Fixtures.world(0, car), 0, 100, SAMPLES, DT, out);

        assertThat(out.isCrossing(0)).isFalse();
        assertThat(out.d(0, 10)).isCloseTo(-1.75 - 0.5 * 2.0, within(1e-9));
        assertThat(out.d(0, 50)).isCloseTo(-5.25, within(1e-9)); // settled on the next lane's centre
    }

    @Test
    void aCloseVehicleAheadChangesLanesOnWeakerEvidence() {
        // 6.3 m ahead of the front bumper, 5.8 m/s slower than the ego: reached within the cut-in horizon;
        // 1.2 m/s sideways at 2.2 standard deviations
        var car = new TrackedObject(1, ObjectClass.CAR, 100 + 3.7 + 6.3 + 2.3, -1.75, 0.75, 0,
                new PlanarVelocity(21.9, -1.2), 0, 0, new Dimensions(4.6, 1.9, 1.5), 0.01, 0.01, 0.3, 0.3, 0.98, 0,
                TrackedObject.SENSOR_ALL);
        predictor.predict(Fixtures.world(0, car), 0, 100, 27.7, SAMPLES, DT, out);
        assertThat(out.d(0, 10)).isLessThan(-1.75 - 0.5); // drifting towards lane -2

        Predictor other = new Predictor(road, CONFIG);
        other.predict(Fixtures.world(0, car), 0, 100, 21.9, SAMPLES, DT, out); // not closing in: 3 sigma
        assertThat(out.d(0, 10)).isCloseTo(-1.75, within(1e-9));
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
    void aVehicleComingBackTowardsTheEgoStopsAtTheVehicleInFrontOfIt() {
        // stop-and-go-queue: the lead 9.5 m ahead of the ego's rear axle creeps at 0.3 m/s; the car
        // half hidden beyond it is tracked "reversing" at 1.7 m/s, 0.2 m/s standard deviation
        var lead = Fixtures.car(1, 60, -1.75, 0.3);
        var reversing = new TrackedObject(4, ObjectClass.CAR, 66.3, -1.75, 0.75, 0, new PlanarVelocity(-1.7, 0), 0, 0,
                new Dimensions(4.6, 1.9, 1.5), 0.01, 0.01, 0.04, 0.04, 0.98, 0, TrackedObject.SENSOR_LIDAR);
        predictor.predict(Fixtures.world(0, lead, reversing), 0, 50, SAMPLES, DT, out);

        int l = out.indexOf(1);
        int r = out.indexOf(4);
        assertThat(out.s(r, 5)).as("0.5 s on: still backing up, not yet at the lead").isCloseTo(66.3 - 0.85, within(1e-9));
        for (int i = 0; i < SAMPLES; i++) {
            assertThat(out.s(r, i)).as("sample %d", i).isGreaterThanOrEqualTo(out.s(l, i) + 4.6 - 1e-9);
        }
        assertThat(out.vs(r, 50)).as("from there it moves with the lead").isCloseTo(0.3, within(1e-9));

        // in the next lane it is not in the lead's way
        var besides = new TrackedObject(4, ObjectClass.CAR, 66.3, 1.75, 0.75, Math.PI, new PlanarVelocity(-1.7, 0), 0,
                0, new Dimensions(4.6, 1.9, 1.5), 0.01, 0.01, 0.04, 0.04, 0.98, 0, TrackedObject.SENSOR_LIDAR);
        predictor.predict(Fixtures.world(0, lead, besides), 0, 50, SAMPLES, DT, out);
        assertThat(out.s(out.indexOf(4), 50)).isCloseTo(66.3 - 1.7 * 5, within(1e-9));
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

    /** A radar-only car at (sM, dM) with velocity (vx, vy) and the given lateral position and velocity variances. */
    private static TrackedObject radarCar(long id, double sM, double dM, double vx, double vy, double varYM2,
            double varVyM2ps2) {
        return new TrackedObject(id, ObjectClass.CAR, sM, dM, 0.75, vx < 0 ? Math.PI : 0, new PlanarVelocity(vx, vy), 0,
                0, new Dimensions(4.6, 1.9, 1.5), 0.04, varYM2, 0.04, varVyM2ps2, 0.98, 0, TrackedObject.SENSOR_RADAR);
    }

    /** highway-cruise at 40.5 s: a fresh radar-born track of a car parked at the road's end, "heading" across the road. */
    private static TrackedObject parkedRadarCar(long id, double sM, double dM, double vy, double varYM2, double varVyM2ps2) {
        return new TrackedObject(id, ObjectClass.CAR, sM, dM, 0.75, Math.signum(vy) * 1.5556, new PlanarVelocity(0.05, vy),
                0, 0, new Dimensions(4.6, 1.85, 1.5), 0.19, varYM2, 0.05, varVyM2ps2, 0.78, 400_000_000L,
                TrackedObject.SENSOR_RADAR);
    }

    @Test
    void aStandingCarWhoseLateralSpeedIsWithinItsNoiseNeitherCrossesNorStandsAcrossTheRoad() {
        // -3.3 +- 4.1 m/s across the road: within one standard deviation of standing still
        predictor.predict(Fixtures.world(0, parkedRadarCar(13, 150, -3.06, -3.33, 0.97, 16.5)), 0, 50, 33.3, SAMPLES,
                DT, out);

        assertThat(out.isCrossing(0)).isFalse();
        assertThat(out.isStationary(0)).isTrue();
        assertThat(out.halfAcrossM(0)).as("its box lies along the road").isCloseTo(0.925, within(1e-9));
        // standing in lane -1 (the lane its offset is in): pulled towards its centre as far as the track is uncertain
        double prior = 0.3 * 0.3;
        assertThat(out.d(0, 0)).isCloseTo(-3.06 + 0.97 / (0.97 + prior) * 1.31, within(1e-9));
        assertThat(out.d(0, 50)).isEqualTo(out.d(0, 0));
    }

    @Test
    void aCarMovingAcrossBeyondItsNoiseOrAsItsOffsetsShowCrosses() {
        predictor.predict(Fixtures.world(0, parkedRadarCar(13, 150, -3.06, -3.33, 0.97, 1.0)), 0, 50, 33.3, SAMPLES, DT,
                out);
        assertThat(out.isCrossing(0)).as("3.3 +- 1 m/s").isTrue();

        // a noisy estimate whose direction the observed offsets confirm (a crossing cyclist fusion calls a car)
        Predictor other = new Predictor(road, CONFIG);
        for (int i = 0; i <= 4; i++) {
            long t = i * 100_000_000L;
            other.predict(Fixtures.world(t, parkedRadarCar(13, 150, -1.0 - 0.33 * i, -3.33, 0.01, 16.5)), t, 50, 33.3,
                    SAMPLES, DT, out);
        }
        assertThat(out.isCrossing(0)).isTrue();
    }

    @Test
    void lateralVelocityNoiseIsNoLaneChange() {
        // far radar-born oncoming car: 2.5 m/s towards the ego's lane, but 1 m/s standard deviation
        predictor.predict(Fixtures.world(0, radarCar(1, 180, 1.75, -22, -2.5, 0.01, 1.0)), 0, 50, SAMPLES, DT, out);

        assertThat(out.d(0, 50)).isCloseTo(1.75, within(1e-9));
    }

    @Test
    void aLateralVelocityTheTrackDoesNotMoveWithIsNoLaneChange() {
        // a precise estimate (3 sigma clear) that the track's offset over 0.4 s contradicts
        for (int i = 0; i <= 4; i++) {
            long t = i * 100_000_000L;
            predictor.predict(Fixtures.world(t, radarCar(1, 100 + 2 * i, -1.75, 20, -1.0, 0.01, 0.01)), t, 50, SAMPLES,
                    DT, out);
        }
        assertThat(out.d(0, 50)).isCloseTo(-1.75, within(0.05));

        // the same estimate with the offset moving as it says: the car changes lanes
        for (int i = 5; i <= 9; i++) {
            long t = i * 100_000_000L;
            predictor.predict(Fixtures.world(t, radarCar(1, 100 + 2 * i, -1.75 - 0.1 * (i - 5), 20, -1.0, 0.01, 0.01)), t,
                    50, SAMPLES, DT, out);
        }
        assertThat(out.d(0, 50)).isCloseTo(-5.25, within(1e-9)); // settles on the centre of lane -2
    }

    @Test
    void aVehicleKeepingItsLaneIsPulledTowardsItsCentreAsFarAsItsTrackIsUncertain() {
        // radar-only oncoming car seen 1.15 m right of its lane's centre, 0.6 m standard deviation across
        predictor.predict(Fixtures.world(0, radarCar(1, 150, 0.6, -20, 0, 0.36, 0.01)), 0, 50, SAMPLES, DT, out);

        double prior = Predictor.LANE_KEEPING_SIGMA_M * Predictor.LANE_KEEPING_SIGMA_M;
        assertThat(out.d(0, 0)).isCloseTo(0.6 + 0.36 / (0.36 + prior) * 1.15, within(1e-9));
        assertThat(out.sigmaLatM(0, 0, 0)).isCloseTo(Math.sqrt(0.36 * prior / (0.36 + prior)), within(1e-9));

        // a precisely tracked one keeps its offset (a real intrusion stays one)
        predictor.predict(Fixtures.world(0, radarCar(2, 150, 0.6, -20, 0, 0.0001, 0.01)), 0, 50, SAMPLES, DT, out);
        assertThat(out.d(0, 0)).isCloseTo(0.6, within(0.01));
    }

    @Test
    void positionUncertaintyIsSplitAlongAndAcrossTheRoad() {
        // camera-only: 6 m of range uncertainty (along the road here), 0.5 m across
        var ped = new TrackedObject(9, ObjectClass.PEDESTRIAN, 130, -7.0, 0.75, 0, new PlanarVelocity(0, 0), 0, 0,
                new Dimensions(0.5, 0.6, 1.7), 36, 0.25, 0.1, 0.1, 0.9, 0, TrackedObject.SENSOR_CAMERA);
        predictor.predict(Fixtures.world(0, ped), 0, 50, SAMPLES, DT, out);

        assertThat(out.sigmaLonM(0, 0, 0)).isCloseTo(6.0, within(1e-9));
        assertThat(out.sigmaLatM(0, 0, 0)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aLaneChangeTheOffsetsShowStaysOneWhenFusionInflatesTheVelocityVariance() {
        // fusion's manoeuvre onset: the lateral-velocity variance jumps to 12 m²/s², the offsets keep moving
        for (int i = 0; i <= 6; i++) {
            long t = i * 100_000_000L;
            double var = i < 6 ? 0.02 : 12.0;
            predictor.predict(Fixtures.world(t, radarCar(1, 100 + 2 * i, -1.75 - 0.15 * i, 20, -1.5, 0.01, var)), t, 50,
                    SAMPLES, DT, out);
        }
        assertThat(out.d(0, 50)).isCloseTo(-5.25, within(1e-9)); // settles on the centre of lane -2
    }
}
