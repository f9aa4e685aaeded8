package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.config.ConfigException;
import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.config.MotionModelKind;
import io.avstack.fusion.config.SensorCommon;
import org.junit.jupiter.api.Test;

/**
 * Manoeuvre onset (a pedestrian stepping off the kerb at running speed) and weak detections (below
 * {@code minScore}, above {@code updateMinScore}) that only keep published tracks going.
 */
class ManeuverAndWeakDetectionTest {

    private static final long PERIOD_NS = 100_000_000L;
    private static final double STEP_MPS = 4.0;
    private static final double START_MPS2 = 3.0;

    /** A pedestrian standing at (15, -5) for 2 s, then moving towards y = 0 at 4 m/s; its vy after {@code framesMoving}. */
    private static double vyAfterStepOff(FusionConfig config, int framesMoving) {
        Tracker tracker = new Tracker(config);
        int still = 20;
        for (int i = 0; i < still + framesMoving; i++) {
            double y = -5 + STEP_MPS * Math.max(0, i - still) * PERIOD_NS / 1e9;
            MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
            Fixtures.addBox(b, ObjectClass.PEDESTRIAN, 15, y, 0.15);
            tracker.process(b);
        }
        assertThat(tracker.tracks()).hasSize(1);
        return tracker.tracks().get(0).vyMps();
    }

    private static FusionConfig withoutManeuvers(FusionConfig config) {
        ClassParams p = config.classes().get(ObjectClass.PEDESTRIAN);
        return Fixtures.withClass(config, ObjectClass.PEDESTRIAN, new ClassParams(p.motion(), p.accelNoiseMps2(),
                p.jerkNoiseMps3(), p.lateralNoiseRatio(), p.gateMahalanobisSq(), p.gateDistanceM(),
                p.initSpeedSigmaMps(), p.initAccelSigmaMps2(), p.maxCoastS(), 0.0, p.maneuverLateralSigmaMps(),
                p.lengthM(), p.widthM(), p.heightM()));
    }

    private static FusionConfig withMotion(FusionConfig config, ObjectClass cls, MotionModelKind motion) {
        ClassParams p = config.classes().get(cls);
        return Fixtures.withClass(config, cls, new ClassParams(motion, p.accelNoiseMps2(), p.jerkNoiseMps3(),
                p.lateralNoiseRatio(), p.gateMahalanobisSq(), p.gateDistanceM(), p.initSpeedSigmaMps(),
                p.initAccelSigmaMps2(), p.maxCoastS(), p.maneuverSpeedSigmaMps(), p.maneuverLateralSigmaMps(),
                p.lengthM(), p.widthM(), p.heightM()));
    }

    @Test
    void aPedestrianSteppingOffTheKerbIsFollowedWithinFourFrames() {
        FusionConfig config = Fixtures.config();
        double with = vyAfterStepOff(config, 4);
        double without = vyAfterStepOff(withoutManeuvers(config), 4);
        // 0.3 s after the step: the filter alone has picked up about half the speed
        assertThat(without).isLessThan(0.6 * STEP_MPS);
        assertThat(with).isGreaterThan(0.8 * STEP_MPS);
    }

    /** A pedestrian standing at (15, -5) for 2 s, then accelerating towards y = 0 at 3 m/s²; its vy after {@code framesMoving}. */
    private static double vyAfterStart(FusionConfig config, int framesMoving) {
        ObjectClass cls = ObjectClass.PEDESTRIAN;
        Tracker tracker = new Tracker(config);
        int still = 20;
        for (int i = 0; i < still + framesMoving; i++) {
            double t = Math.max(0, i - still) * PERIOD_NS / 1e9;
            MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
            Fixtures.addBox(b, cls, 15, -5 + 0.5 * START_MPS2 * t * t, 0.15);
            tracker.process(b);
        }
        assertThat(tracker.tracks()).hasSize(1);
        return tracker.tracks().get(0).vyMps();
    }

    @Test
    void aPedestrianDashingOutFromStandstillIsFollowedByTheConstantAccelerationModel() {
        // a dash-out: 0.7 s after the start it moves at 2.1 m/s but has moved only 0.74 m, in steps too
        // small for the manoeuvre test; the constant-velocity model takes the start for noise (full
        // stack: the planner yielded 0.5 s late and cyclist-start-near-side at 50 km/h, its rider
        // classified a pedestrian, collided)
        FusionConfig config = Fixtures.config();
        assertThat(config.classes().get(ObjectClass.PEDESTRIAN).motion()).isEqualTo(MotionModelKind.CA);
        double trueMps = START_MPS2 * 0.7;
        double ca = vyAfterStart(config, 8);
        double cv = vyAfterStart(withMotion(config, ObjectClass.PEDESTRIAN, MotionModelKind.CV), 8);
        assertThat(cv).isLessThan(0.45 * trueMps); // 0.87 of 2.1 m/s
        assertThat(ca).isGreaterThan(0.48 * trueMps); // 1.07
    }

    @Test
    void aStandingPedestrianWithNoisyDetectionsKeepsALowSpeed() {
        FusionConfig config = Fixtures.config();
        Tracker tracker = new Tracker(config);
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        double maxSpeed = 0;
        for (int i = 0; i < 100; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
            Fixtures.addBox(b, ObjectClass.PEDESTRIAN, 15 + 0.15 * random.nextGaussian(),
                    -5 + 0.15 * random.nextGaussian(), 0.15);
            tracker.process(b);
            if (i > 10) {
                Track t = tracker.tracks().get(0);
                maxSpeed = Math.max(maxSpeed, Math.hypot(t.vxMps(), t.vyMps()));
            }
        }
        assertThat(tracker.tracks()).hasSize(1);
        assertThat(maxSpeed).isLessThan(1.5);
    }

    @Test
    void aWeakDetectionKeepsAPublishedTrackButStartsNoVehicleTrack() {
        FusionConfig config = Fixtures.config();
        SensorCommon lidar = config.lidar().common();
        assertThat(lidar.updateMinScore()).isLessThan(lidar.minScore());
        double weakScore = (lidar.updateMinScore() + lidar.minScore()) / 2;
        Tracker tracker = new Tracker(config);
        for (int i = 0; i < 5; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
            Fixtures.addBox(b, ObjectClass.CAR, 20 + i, 0, 0.1);
            tracker.process(b);
        }
        Track car = tracker.tracks().get(0);
        assertThat(car.isPublished()).isTrue();
        for (int i = 5; i < 25; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
            weak(Fixtures.addBox(b, ObjectClass.CAR, 20 + i, 0, 0.1), weakScore);
            weak(Fixtures.addBox(b, ObjectClass.CAR, 20, 10, 0.1), weakScore); // nothing there to keep
            tracker.process(b);
        }
        // without the weak detections the lidar's misses would have deleted it
        assertThat(tracker.tracks()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(car.id());
            assertThat(t.xM()).isCloseTo(44, org.assertj.core.api.Assertions.within(0.3));
            assertThat(t.lastHitNs()).isEqualTo(24 * PERIOD_NS);
        });
    }

    @Test
    void aTrackAWeakDetectionStartedIsConfirmedByConfidentOnesCountingItsWeakSightings() {
        // a far cyclist at the kerb (fusion-crossing, 48 m): two weak boxes, then confident ones. Two
        // at 0.4 are each worth (0.4 - 0.2) / (0.5 - 0.2) of a hit: with two confident boxes, 3.3 hits;
        // two at 0.25, 0.17 each: the third confident box confirms it
        FusionConfig config = Fixtures.config();
        SensorCommon lidar = config.lidar().common();
        int confirmHits = config.lifecycle().confirmHits();
        for (double weakScore : new double[] {0.4, 0.25}) {
            Tracker tracker = new Tracker(config);
            for (int i = 0; i < 2; i++) {
                MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
                weak(Fixtures.addBox(b, ObjectClass.CYCLIST, 48, -4, 0.15), weakScore);
                tracker.process(b);
            }
            assertThat(tracker.tracks()).singleElement().satisfies(t -> {
                assertThat(t.state()).isEqualTo(TrackState.TENTATIVE);
                assertThat(t.hits()).as("a weak detection is no update").isZero();
            });
            double weakHits = 2 * Tracker.weakHitFraction(weakScore, lidar);
            int needed = (int) Math.ceil(confirmHits - weakHits - 1e-9);
            for (int i = 2; i < 2 + needed; i++) {
                assertThat(tracker.tracks()).singleElement().satisfies(t -> assertThat(t.isPublished()).isFalse());
                MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
                Fixtures.addBox(b, ObjectClass.CYCLIST, 48, -4, 0.15).score = lidar.minScore();
                tracker.process(b);
            }
            assertThat(tracker.tracks()).singleElement().satisfies(t -> {
                assertThat(t.isPublished()).as("weak boxes of %.2f", weakScore).isTrue();
                assertThat(t.hits()).isEqualTo(needed);
            });
        }
    }

    @Test
    void aWeakDetectionBesideAWalkingPedestrianIsNoManeuver() {
        // a pedestrian walking along y at 1.5 m/s, seen by the lidar for 2 s; then a weak box 0.6 m
        // to its side (a blob of it and a car passing it) instead of its next strong box
        FusionConfig config = Fixtures.config();
        Tracker tracker = new Tracker(config);
        int frames = 20;
        for (int i = 0; i < frames; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
            Fixtures.addBox(b, ObjectClass.PEDESTRIAN, 30, -4 + 0.15 * i, 0.15);
            tracker.process(b);
        }
        Track t = tracker.tracks().get(0);
        MeasurementBatch b = Fixtures.lidarBatch(config, frames * PERIOD_NS);
        weak(Fixtures.addBox(b, ObjectClass.CYCLIST, 30.6, -4 + 0.15 * frames - 0.15, 0.15), 0.28);
        tracker.process(b);
        // without the rule the update declared a manoeuvre: vx 3.4 m/s, vy 0.6
        assertThat(tracker.maneuvers()).isZero();
        assertThat(t.vxMps()).isLessThan(1.0);
        assertThat(t.vyMps()).isGreaterThan(1.0);
    }

    @Test
    void aWeakDetectionDoesNotUpdateATentativeTrack() {
        FusionConfig config = Fixtures.config();
        Tracker tracker = new Tracker(config);
        MeasurementBatch first = Fixtures.lidarBatch(config, 0);
        Fixtures.addBox(first, ObjectClass.CAR, 20, 0, 0.1);
        tracker.process(first);
        MeasurementBatch second = Fixtures.lidarBatch(config, PERIOD_NS);
        weak(Fixtures.addBox(second, ObjectClass.CAR, 20, 0, 0.1), 0.3);
        tracker.process(second);
        assertThat(tracker.tracks()).singleElement().satisfies(t -> {
            assertThat(t.state()).isEqualTo(TrackState.TENTATIVE);
            assertThat(t.hits()).isEqualTo(1);
        });
    }

    @Test
    void aWeakDetectionOnATentativeTrackIsNoMiss() {
        // a car 25 m ahead that the radar sees (20 Hz) and the lidar network scores 0.46 in every frame
        FusionConfig config = Fixtures.config();
        Tracker tracker = new Tracker(config);
        for (int i = 0; i < 10; i++) {
            long stampNs = i * PERIOD_NS / 2;
            MeasurementBatch radar = Fixtures.radarBatch(config, stampNs);
            Fixtures.addCluster(radar, 25 + 4 * stampNs / 1e9, 0, 4, 0);
            tracker.process(radar);
            if (i % 2 == 1) {
                MeasurementBatch lidar = Fixtures.lidarBatch(config, stampNs);
                weak(Fixtures.addBox(lidar, ObjectClass.CAR, 27.3 + 4 * stampNs / 1e9, 0, 0.15), 0.46);
                tracker.process(lidar);
            }
        }
        // without the rule every lidar frame took 1.2 of log-odds and the radar's track died within 0.2 s
        assertThat(tracker.tracks()).singleElement().satisfies(t -> {
            assertThat(t.state()).isEqualTo(TrackState.CONFIRMED);
            assertThat(t.hits()).isGreaterThanOrEqualTo(10); // and weak lidar updates once published
        });
    }

    @Test
    void aWeakDetectionOnATentativeTrackRaisesItsExistenceByItsScore() {
        // a far pedestrian: one box at 0.6, then one below minScore (0.5) in its gate
        FusionConfig config = Fixtures.config();
        SensorCommon lidar = config.lidar().common();
        double start = config.lifecycle().initialExistence();
        for (double score : new double[] {lidar.updateMinScore(), 0.35, 0.45}) {
            Tracker tracker = new Tracker(config);
            MeasurementBatch first = Fixtures.lidarBatch(config, 0);
            Fixtures.addBox(first, ObjectClass.PEDESTRIAN, 38, 1, 0.15).score = 0.6;
            tracker.process(first);
            MeasurementBatch second = Fixtures.lidarBatch(config, PERIOD_NS);
            weak(Fixtures.addBox(second, ObjectClass.PEDESTRIAN, 38, 1.1, 0.15), score);
            tracker.process(second);
            double fraction = (score - lidar.updateMinScore()) / (lidar.minScore() - lidar.updateMinScore());
            double logOdds = Math.log(start / (1 - start)) + fraction * lidar.hitLogOdds();
            assertThat(tracker.tracks()).singleElement().satisfies(t -> {
                assertThat(t.state()).isEqualTo(TrackState.TENTATIVE);
                assertThat(t.hits()).as("no update").isEqualTo(1);
                assertThat(t.existence()).as("score %.2f", score)
                        .isCloseTo(1 / (1 + Math.exp(-logOdds)), org.assertj.core.api.Assertions.within(1e-9));
            });
        }
    }

    @Test
    void aTrackAWeakDetectionStartedHoldsBackNoConfidentDetectionOfAnotherClass() {
        // a weak CYCLIST box where an oncoming car appears, then the car's confident CAR box on it
        FusionConfig config = Fixtures.config();
        Tracker tracker = new Tracker(config);
        MeasurementBatch first = Fixtures.lidarBatch(config, 0);
        weak(Fixtures.addBox(first, ObjectClass.CYCLIST, 52, 1.6, 0.15), 0.27);
        tracker.process(first);
        MeasurementBatch second = Fixtures.lidarBatch(config, PERIOD_NS);
        Fixtures.addBox(second, ObjectClass.CAR, 51.8, 1.7, 0.15);
        tracker.process(second);
        // without the rule the cyclist's track, 0.2 m away, kept the car's box from starting a track
        assertThat(tracker.tracks()).filteredOn(t -> t.state() != TrackState.DELETED)
                .anySatisfy(t -> assertThat(t.cls()).isEqualTo(ObjectClass.CAR));
    }

    @Test
    void anUpdateMinScoreAboveTheMinScoreIsRejected() {
        assertThatThrownBy(() -> new SensorCommon(30, 60, 0.4, 0.5, 0.6, -0.1, true, null).validate())
                .isInstanceOf(ConfigException.class).hasMessageContaining("updateMinScore");
    }

    private static void weak(Measurement m, double score) {
        m.score = score;
        m.classVote = score;
        m.weak = true;
    }
}
