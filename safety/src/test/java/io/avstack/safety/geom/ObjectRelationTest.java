package io.avstack.safety.geom;

import static io.avstack.safety.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.safety.Fixtures;
import org.junit.jupiter.api.Test;

/** Ego reference (rear axle) at x = 0; front bumper at 3.7 m, rear bumper at -1.0 m, half width 0.925 m. */
class ObjectRelationTest {

    private final PathFrame path = new PathFrame();
    private final EgoOnPath ego = new EgoOnPath();
    private final ObjectRelation rel = new ObjectRelation();

    @Test
    void aCarAheadInLaneHasTheBumperGapAndOverlapsLaterally() {
        ego.set(Fixtures.ego(0, 0, 20), path);
        rel.set(Fixtures.car(7, 30, 0.2, 0, 15, 0), 0.0, Double.NaN, Double.NaN, ego, path, CONFIG.vehicle());
        assertThat(rel.ahead).isTrue();
        assertThat(rel.lonGapM).isCloseTo(30 - 2.25 - 3.7, within(1e-9));
        assertThat(rel.latGapM).isCloseTo(0.2 - 0.9 - 0.925, within(1e-9));
        assertThat(rel.lonSpeedMps).isCloseTo(15, within(1e-9));
        assertThat(rel.closingSpeedMps(ego)).isCloseTo(5, within(1e-9));
    }

    @Test
    void aCarBehindIsMeasuredFromTheRearBumper() {
        ego.set(Fixtures.ego(0, 0, 20), path);
        rel.set(Fixtures.car(8, -20, 0, 0, 22, 0), 0.0, Double.NaN, Double.NaN, ego, path, CONFIG.vehicle());
        assertThat(rel.ahead).isFalse();
        assertThat(rel.lonGapM).isCloseTo(20 - 2.25 - 1.0, within(1e-9));
    }

    @Test
    void aCrossingCarCountsWithItsWidthAlongThePathAndIsPredictedToTheEgoStamp() {
        ego.set(Fixtures.ego(0, 0, 10), path);
        // heading +y, moving left at 5 m/s; predicted 0.2 s: y from -10 to -9
        rel.set(Fixtures.car(9, 40, -10, Math.PI / 2, 0, 5), 0.2, Double.NaN, Double.NaN, ego, path, CONFIG.vehicle());
        assertThat(rel.halfLonM).isCloseTo(0.9, within(1e-9));
        assertThat(rel.halfLatM).isCloseTo(2.25, within(1e-9));
        assertThat(rel.relDM).isCloseTo(-9, within(1e-9));
        assertThat(rel.latSpeedReportedMps).isCloseTo(5, within(1e-9));
        assertThat(rel.latSpeedMps).isCloseTo(4.9, within(1e-9)); // no history yet: less one sigma (0.1 m/s)
    }

    @Test
    void aRadarBornTrackIsDiscountedByItsVelocityUncertaintyAcrossThePath() {
        // oncoming-traffic, 124 m ahead: the range rate pins vx to 0.2 m/s, azimuth leaves vy at 2.7 m/s
        ego.set(Fixtures.ego(0, 0, 22), path);
        var car = Fixtures.car(2, 124, 2.1, Math.PI, -22, -3.39);
        var radarBorn = new io.avstack.core.msg.TrackedObject(car.trackId(), car.cls(), car.xM(), car.yM(), car.zM(),
                car.yawRad(), car.velocity(), 0.0, 0.0, car.dims(), 0.14, 0.72, 0.039, 7.2, 0.9, 550 * Fixtures.MS,
                io.avstack.core.msg.TrackedObject.SENSOR_RADAR);
        rel.set(radarBorn, 0.0, Double.NaN, Double.NaN, ego, path, CONFIG.vehicle());
        // the sigma across the path is vy's (2.68 m/s), not the mean of vx's and vy's variances (1.90)
        assertThat(rel.latSpeedMps).isCloseTo(-(3.39 - Math.sqrt(7.2)), within(1e-9));
    }

    @Test
    void theEgoDriftingOffThePathHasALateralSpeed() {
        ego.set(Fixtures.ego(0, 0, 0, 0.1, 20), path);
        path.setStraight(0, 0, 0);
        ego.set(Fixtures.ego(0, 0, 0, 0.1, 20), path);
        assertThat(ego.lateralSpeedMps).isCloseTo(20 * Math.sin(0.1), within(1e-9));
        assertThat(ego.speedAlongMps).isCloseTo(20 * Math.cos(0.1), within(1e-9));
    }

    @Test
    void aLateralVelocityCountsOnlyAsFarAsTheObservedMotionConfirmsIt() {
        assertThat(ObjectRelation.confirmedLateralMps(2.0, 1.5, 0.3)).isCloseTo(1.2, within(1e-12)); // the slower of the two, less sigma
        assertThat(ObjectRelation.confirmedLateralMps(-1.0, -3.0, 0.3)).isCloseTo(-0.7, within(1e-12));
        assertThat(ObjectRelation.confirmedLateralMps(1.5, 2.0, 2.0)).isZero(); // a far radar track: within its noise
        assertThat(ObjectRelation.confirmedLateralMps(4.0, -0.5, 0.3)).isZero(); // positions move the other way: noise
        assertThat(ObjectRelation.confirmedLateralMps(4.0, 0.0, 0.3)).isZero();
        assertThat(ObjectRelation.confirmedLateralMps(1.0, Double.NaN, 0.3)).isCloseTo(0.7, within(1e-12));
        assertThat(ObjectRelation.confirmedLateralMps(-0.2, Double.NaN, 0.3)).isZero();
    }
}
