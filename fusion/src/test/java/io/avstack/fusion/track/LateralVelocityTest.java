package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.FusionConfig;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Vehicles' lateral velocity: what the planner reads as a lane change must not come from where on a
 * car the radar's reflections lie or from a better sensor correcting a radar track's position.
 */
class LateralVelocityTest {

    private static final long RADAR_PERIOD_NS = 50_000_000L;
    private final FusionConfig config = Fixtures.config();
    private final Tracker tracker = new Tracker(config);

    private MeasurementBatch radarBatch(long stampNs) {
        return Fixtures.radarBatch(config, stampNs);
    }

    private static void addCluster(MeasurementBatch b, double x, double y, double vx, double vy) {
        Fixtures.addCluster(b, x, y, vx, vy);
    }

    private Track onlyTrack() {
        assertThat(tracker.tracks()).hasSize(1);
        return tracker.tracks().get(0);
    }

    @Test
    void anOncomingCarSeenAsTwoCornerClustersIsTrackedBetweenThem() {
        // an oncoming car centred on y = 0 whose radar returns are its two front corners, the left one
        // listed first (the track starts on it); the nearest-neighbour assignment alone kept the track
        // on the left corner, 0.9 m off
        for (int i = 0; i < 60; i++) {
            double front = 100 - 20.0 * i * RADAR_PERIOD_NS / 1e9;
            MeasurementBatch b = radarBatch(i * RADAR_PERIOD_NS);
            addCluster(b, front, 0.92, -20, 0);
            addCluster(b, front, -0.92, -20, 0);
            tracker.process(b);
        }
        Track t = onlyTrack();
        assertThat(t.cls()).isEqualTo(ObjectClass.CAR);
        assertThat(Math.abs(t.yM())).isLessThan(0.3);
        assertThat(Math.abs(t.vyMps())).isLessThan(0.3);
    }

    @Test
    void theFirstLidarBoxOfARadarTrackMovesItsPositionNotItsVelocity() {
        // a car driving away at 20 m/s on y = 0, seen by the radar at its rear-left corner (y = +0.9)
        // for 2 s, then by the lidar, whose boxes are centred on the car
        double maxVy = 0;
        for (int i = 0; i < 60; i++) {
            long t = i * RADAR_PERIOD_NS;
            double centre = 40 + 20.0 * t / 1e9;
            MeasurementBatch radar = radarBatch(t);
            addCluster(radar, centre - 2.3, 0.9, 20, 0);
            tracker.process(radar);
            if (i >= 40 && i % 2 == 0) {
                MeasurementBatch lidar = Fixtures.lidarBatch(config, t);
                Fixtures.addBox(lidar, ObjectClass.CAR, centre, 0, 0.15);
                tracker.process(lidar);
                maxVy = Math.max(maxVy, Math.abs(onlyTrack().vyMps()));
            }
        }
        assertThat(maxVy).isLessThan(0.3);
        assertThat(Math.abs(onlyTrack().yM())).isLessThan(0.2);
        assertThat(tracker.positionReanchors()).isEqualTo(1);
    }

    private static final long LIDAR_PERIOD_NS = 100_000_000L;
    private static final double LANE_M = 3.5;
    private static final double CHANGE_S = 2.0;

    /** Lateral velocity of a lane change to the right starting at {@code tauS} = 0 (peak 3.5 m/s at 1 s). */
    private static double laneChangeVy(double tauS) {
        return tauS <= 0 || tauS >= CHANGE_S ? 0 : -LANE_M / CHANGE_S * (1 - Math.cos(2 * Math.PI * tauS / CHANGE_S));
    }

    private static double laneChangeY(double tauS) {
        double tau = Math.clamp(tauS, 0, CHANGE_S);
        return LANE_M - LANE_M * (tau / CHANGE_S - Math.sin(2 * Math.PI * tau / CHANGE_S) / (2 * Math.PI));
    }

    /**
     * A car 15-20 m ahead in the next lane, lidar boxes with 0.1 m noise, that cuts in from 2 s on
     * ({@code cutIn}) or keeps its lane; the track's vy at each frame from 1 s on minus the truth's.
     */
    private static double[] vyErrors(FusionConfig config, boolean cutIn) {
        Tracker tracker = new Tracker(config);
        SplittableRandom random = new SplittableRandom(11);
        double[] errors = new double[40];
        for (int i = 0; i < 50; i++) {
            double t = i * LIDAR_PERIOD_NS / 1e9;
            double tau = cutIn ? t - 2.0 : -1;
            MeasurementBatch b = Fixtures.lidarBatch(config, i * LIDAR_PERIOD_NS);
            Fixtures.addBox(b, ObjectClass.CAR, 15 + 1.0 * t + 0.1 * random.nextGaussian(),
                    laneChangeY(tau) + 0.1 * random.nextGaussian(), 0.15);
            tracker.process(b);
            if (i >= 10) {
                assertThat(tracker.tracks()).hasSize(1);
                errors[i - 10] = tracker.tracks().get(0).vyMps() - laneChangeVy(tau);
            }
        }
        return errors;
    }

    private static double maxAbs(double[] values, int from, int to) {
        double max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(values[i]));
        }
        return max;
    }

    private static FusionConfig withoutLateralManeuvers(FusionConfig config) {
        ClassParams p = config.classes().get(ObjectClass.CAR);
        return Fixtures.withClass(config, ObjectClass.CAR, new ClassParams(p.motion(), p.accelNoiseMps2(),
                p.jerkNoiseMps3(), p.lateralNoiseRatio(), p.gateMahalanobisSq(), p.gateDistanceM(),
                p.initSpeedSigmaMps(), p.initAccelSigmaMps2(), p.maxCoastS(), p.maneuverSpeedSigmaMps(), 0.0,
                p.lengthM(), p.widthM(), p.heightM()));
    }

    @Test
    void aCutInIsFollowedOnceABoxShowsIt() {
        double[] with = vyErrors(config, true);
        double[] without = vyErrors(withoutLateralManeuvers(config), true);
        // from 0.7 s into the 2 s lane change (peak lateral speed 3.5 m/s at 1 s; by then a box has
        // shown it) to 0.5 s after its end: the lane-keeping model lags 2 m/s, then overshoots
        assertThat(maxAbs(without, 17, 35)).isGreaterThan(1.9);
        assertThat(maxAbs(with, 17, 35)).isLessThan(1.4);
    }

    @Test
    void aLaneKeepingCarStaysQuiet() {
        double[] with = vyErrors(config, false);
        assertThat(maxAbs(with, 0, 40)).isLessThan(0.3);
    }

    /**
     * Noise-free boxes of a car 15 m ahead that keeps its lane for 2 s, then from 2 s on puts box
     * after box {@code offsetsM[j]} across its lane; the manoeuvres detected after each of those boxes.
     */
    private long[] maneuversAfterOffsets(double... offsetsM) {
        long[] detected = new long[offsetsM.length];
        for (int i = 0; i < 20 + offsetsM.length; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * LIDAR_PERIOD_NS);
            double y = i < 20 ? 0 : offsetsM[i - 20];
            Fixtures.addBox(b, ObjectClass.CAR, 15 + 1.0 * i * LIDAR_PERIOD_NS / 1e9, y, 0.15);
            tracker.process(b);
            if (i >= 20) {
                detected[i - 20] = tracker.maneuvers();
            }
        }
        return detected;
    }

    @Test
    void twoBoxesInARowOnTheSameSideShowALaneChangeNeitherShowsAlone() {
        // each box alone is under the 1-dof 95 % quantile (the first lies 0.2 m off, about one
        // standard deviation); together, on the same side, they are past the two-sided 95 % point of
        // their sum (cut-in-close: 1.1 and 1.9 standard deviations, the track 0.35 m and a frame behind)
        assertThat(maneuversAfterOffsets(-0.2, -0.45)).containsExactly(0L, 1L);
    }

    @Test
    void twoBoxesOnOppositeSidesAreNoise() {
        assertThat(maneuversAfterOffsets(-0.2, 0.2, -0.2, 0.2)).containsExactly(0L, 0L, 0L, 0L);
    }

    @Test
    void aVehicleReanchoredOntoItsBoxGetsItsVelocityWidenedAlongItsHeadingOnly() {
        // a car driving along x; its box then jumps 2 m ahead (a box that grows, or a late lidar
        // frame): out of the gate, inside the track's box, so the track is re-anchored onto it
        for (int i = 0; i < 20; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * LIDAR_PERIOD_NS);
            Fixtures.addBox(b, ObjectClass.CAR, 20 + 1.0 * i * LIDAR_PERIOD_NS / 1e9, 0, 0.1);
            tracker.process(b);
        }
        MeasurementBatch b = Fixtures.lidarBatch(config, 20 * LIDAR_PERIOD_NS);
        Fixtures.addBox(b, ObjectClass.CAR, 24.0, 0, 0.1);
        tracker.process(b);
        assertThat(tracker.reanchored()).isEqualTo(1);
        Track t = onlyTrack();
        double along = config.classParams(ObjectClass.CAR).initSpeedSigmaMps() / 4;
        assertThat(t.covariance(2, 2)).isGreaterThan(along * along);
        assertThat(Math.sqrt(t.covariance(3, 3)))
                .isLessThan(1.2 * config.classParams(ObjectClass.CAR).maneuverLateralSigmaMps());
    }

    @Test
    void aNewCarTracksAccelerationIsUncertainAlongItsHeadingMoreThanAcrossIt() {
        // a lidar box of a car heading 30 deg left, and a radar cluster (no heading)
        ClassParams car = config.classParams(ObjectClass.CAR);
        MeasurementBatch lidar = Fixtures.lidarBatch(config, 0);
        Fixtures.addBox(lidar, ObjectClass.CAR, 20, 0, 0.1).yawRad = Math.toRadians(30);
        tracker.process(lidar);
        Track boxed = onlyTrack();
        double along = car.initAccelSigmaMps2() * car.initAccelSigmaMps2();
        double across = along * car.lateralNoiseRatio() * car.lateralNoiseRatio();
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        int n = MotionModel.N;
        // along u = (c, s): uᵀ P u; across w = (-s, c): wᵀ P w
        double pAlong = c * c * boxed.p[4 * n + 4] + 2 * c * s * boxed.p[4 * n + 5] + s * s * boxed.p[5 * n + 5];
        double pAcross = s * s * boxed.p[4 * n + 4] - 2 * c * s * boxed.p[4 * n + 5] + c * c * boxed.p[5 * n + 5];
        assertThat(pAlong).isCloseTo(along, within(1e-9));
        assertThat(pAcross).isCloseTo(across, within(1e-9));

        Tracker radarOnly = new Tracker(config);
        MeasurementBatch radar = radarBatch(0);
        addCluster(radar, 40, 0, 0, 0);
        radarOnly.process(radar);
        Track clustered = radarOnly.tracks().get(0);
        assertThat(clustered.p[4 * n + 4]).as("heading unknown: isotropic").isCloseTo(along, within(1e-9));
        assertThat(clustered.p[5 * n + 5]).isCloseTo(along, within(1e-9));
        assertThat(clustered.p[4 * n + 5]).isZero();
    }
}
