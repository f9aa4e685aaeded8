package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.FusionConfig;
import org.junit.jupiter.api.Test;

/**
 * Detections whose class disputes a track's: the lidar network's side-on cyclist "car" (a car box
 * whose near face lies on the cyclist), the camera's second box of one object with another class, a
 * vehicle-sized box holding a published track's centre. Sensor at the
 * origin looking along +x; a cyclist at (20, 0) crossing (heading +y), so its near face is at x = 19.7.
 */
class DisputedClassTest {

    private static final long LIDAR_NS = 100_000_000L;
    private static final long CAMERA_NS = 33_333_333L;
    private static final double HALF_PI = Math.PI / 2;

    private final FusionConfig config = Fixtures.config();
    private final Tracker tracker = new Tracker(config);

    /** A lidar cyclist box at (x, y), crossing. */
    private static void cyclistBox(MeasurementBatch b, double x, double y) {
        Measurement m = Fixtures.addBox(b, ObjectClass.CYCLIST, x, y, 0.1);
        m.lengthM = 1.8;
        m.widthM = 0.6;
        m.yawRad = HALF_PI;
    }

    /** A lidar car box along x whose near face (towards the sensor) is at {@code faceX}: centre 2.3 m beyond. */
    private static void carBoxWithFaceAt(MeasurementBatch b, double faceX, double y) {
        Fixtures.addBox(b, ObjectClass.CAR, faceX + 2.3, y, 0.1);
    }

    private MeasurementBatch cameraBatch(long tNs) {
        MeasurementBatch b = new MeasurementBatch();
        b.begin(TrackedObject.SENSOR_CAMERA, tNs, config.camera().common());
        b.setSensorPose(0, 0, 0, 0, 0);
        return b;
    }

    /** A camera ground point (near side of the object) at (x, y): 1 m along the line of sight, 0.12 m across. */
    private static void cameraPoint(MeasurementBatch b, ObjectClass cls, double x, double y) {
        Measurement m = b.add();
        m.dim = 2;
        m.cls = cls;
        m.score = 0.9;
        m.classVote = 0.9;
        m.surface = true;
        m.setPolarCovariance(x, y, Math.atan2(y, x), 1.0, 0.12);
    }

    /** A confirmed cyclist track at (20, 0) from four lidar frames; returns the next frame's stamp. */
    private long confirmedCyclist() {
        return confirmedCyclist(0);
    }

    /** ... moving along y at {@code vyMps}, at y = 0 in the fourth frame. */
    private long confirmedCyclist(double vyMps) {
        for (int i = 0; i < 4; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * LIDAR_NS);
            cyclistBox(b, 20, vyMps * (i - 3) * LIDAR_NS / 1e9);
            tracker.process(b);
        }
        assertThat(tracker.tracks()).singleElement().satisfies(t -> {
            assertThat(t.isPublished()).isTrue();
            assertThat(t.cls()).isEqualTo(ObjectClass.CYCLIST);
        });
        return 4 * LIDAR_NS;
    }

    @Test
    void aCarBoxWhoseNearFaceIsOnACyclistUpdatesTheCyclistAsAFacePoint() {
        long t0 = confirmedCyclist();
        for (int i = 0; i < 20; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, t0 + i * LIDAR_NS);
            carBoxWithFaceAt(b, 19.7, 0);
            tracker.process(b);
        }
        assertThat(tracker.created()).as("no car track beside the cyclist").isEqualTo(1);
        assertThat(tracker.disputedUpdates()).isEqualTo(20);
        assertThat(tracker.tracks()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(1);
            assertThat(t.cls()).as("the car boxes do not vote").isEqualTo(ObjectClass.CYCLIST);
            assertThat(t.state()).isEqualTo(TrackState.CONFIRMED);
            assertThat(t.existence()).as("updated, not missed").isGreaterThan(0.9);
            assertThat(t.xM()).as("the cyclist's centre, not the car box's").isCloseTo(20.0, within(0.1));
            assertThat(t.lengthM()).as("no size from the car box").isCloseTo(1.8, within(1e-9));
        });
    }

    @Test
    void aCarBoxMovingWithACrossingCyclistKeepsTheCyclistTrackOnIt() {
        long t0 = confirmedCyclist(4.0) - LIDAR_NS;
        for (int i = 1; i <= 20; i++) {
            double y = 0.4 * i; // 4 m/s across the line of sight, as before
            MeasurementBatch b = Fixtures.lidarBatch(config, t0 + i * LIDAR_NS);
            carBoxWithFaceAt(b, 19.7, y);
            tracker.process(b);
        }
        assertThat(tracker.tracks()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(1);
            assertThat(t.yM()).isCloseTo(8.0, within(0.3));
            assertThat(t.vyMps()).isCloseTo(4.0, within(0.5));
            assertThat(t.xM()).isCloseTo(20.0, within(0.3));
        });
    }

    @Test
    void aCarBoxNearAPedestrianThatItDoesNotTouchStillStartsACarTrack() {
        long t0 = confirmedCyclist();
        // a real car 8 m beyond the cyclist: its near face (25.7) is outside the cyclist's gate
        for (int i = 0; i < 4; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, t0 + i * LIDAR_NS);
            cyclistBox(b, 20, 0);
            carBoxWithFaceAt(b, 25.7, 0);
            tracker.process(b);
        }
        assertThat(tracker.disputedUpdates()).isZero();
        assertThat(tracker.tracks()).extracting(Track::cls).containsExactly(ObjectClass.CYCLIST, ObjectClass.CAR);
    }

    @Test
    void aCameraCarBoxOfATrackedCyclistStartsNoTrack() {
        long t = 0;
        for (int i = 0; i < 6; i++, t += CAMERA_NS) {
            MeasurementBatch b = cameraBatch(t);
            cameraPoint(b, ObjectClass.CYCLIST, 19.7, 0);
            tracker.process(b);
        }
        assertThat(tracker.tracks()).singleElement().satisfies(tr -> assertThat(tr.isPublished()).isTrue());
        // the network now also boxes it as a car, its ground point 3.3 m farther (outside the
        // cyclist's box and suppression margin, within its gate)
        for (int i = 0; i < 10; i++, t += CAMERA_NS) {
            MeasurementBatch b = cameraBatch(t);
            cameraPoint(b, ObjectClass.CYCLIST, 19.7, 0);
            cameraPoint(b, ObjectClass.CAR, 23.0, 0);
            tracker.process(b);
        }
        assertThat(tracker.created()).isEqualTo(1);
        assertThat(tracker.tracks()).singleElement().extracting(Track::cls).isEqualTo(ObjectClass.CYCLIST);
    }

    @Test
    void aBoxHoldingAPublishedTrackCentreStartsNoTrack() {
        for (int i = 0; i < 4; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * LIDAR_NS);
            Fixtures.addBox(b, ObjectClass.PEDESTRIAN, 20, 0, 0.1);
            tracker.process(b);
        }
        // a 12 m bus box around the pedestrian, its near face 3.5 m before it (out of the
        // pedestrian's gate) and its centre 2.5 m beyond (outside the pedestrian's box and margin)
        for (int i = 4; i < 8; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * LIDAR_NS);
            Fixtures.addBox(b, ObjectClass.PEDESTRIAN, 20, 0, 0.1);
            Measurement bus = Fixtures.addBox(b, ObjectClass.BUS, 22.5, 0, 0.1);
            bus.lengthM = 12;
            bus.widthM = 2.5;
            tracker.process(b);
        }
        assertThat(tracker.created()).isEqualTo(1);
        assertThat(tracker.tracks()).singleElement().extracting(Track::cls).isEqualTo(ObjectClass.PEDESTRIAN);
    }
    /** A confirmed CAR track from lidar car boxes (score {@code score}) whose near face is at x = 19.7; returns the next stamp. */
    private long carTrackOnACyclist(double score, int frames) {
        return carTrack(score, frames, 22.0);
    }

    /** A confirmed CAR track from lidar car boxes (score {@code score}) centred at (x, 0); returns the next stamp. */
    private long carTrack(double score, int frames, double x) {
        for (int i = 0; i < frames; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * LIDAR_NS);
            Measurement m = Fixtures.addBox(b, ObjectClass.CAR, x, 0, 0.1);
            m.score = score;
            m.classVote = score;
            tracker.process(b);
        }
        assertThat(tracker.tracks()).singleElement().satisfies(t -> {
            assertThat(t.isPublished()).isTrue();
            assertThat(t.cls()).isEqualTo(ObjectClass.CAR);
        });
        return frames * LIDAR_NS;
    }

    /**
     * Lidar car boxes at {@code carScore} every 0.1 s and camera points of class {@code cls} at
     * {@code cameraScore} on the near face every 1/30 s, from {@code t0} for {@code seconds}.
     */
    private void carBoxesAndCamera(long t0, double seconds, double carScore, ObjectClass cls, double cameraScore,
            double faceX) {
        long end = t0 + Math.round(seconds * 1e9);
        long nextLidar = t0;
        for (long t = t0; t < end; t += CAMERA_NS) {
            if (t >= nextLidar) {
                MeasurementBatch b = Fixtures.lidarBatch(config, t);
                Measurement m = Fixtures.addBox(b, ObjectClass.CAR, faceX + 2.3, 0, 0.1);
                m.score = carScore;
                m.classVote = carScore;
                tracker.process(b);
                nextLidar += LIDAR_NS;
            }
            MeasurementBatch b = cameraBatch(t);
            cameraPoint(b, cls, faceX, 0);
            b.get(0).score = cameraScore;
            b.get(0).classVote = cameraScore;
            tracker.process(b);
        }
    }

    @Test
    void aCarTrackTheCameraKeepsSeeingAsACyclistBecomesTheCyclist() {
        long t0 = carTrackOnACyclist(0.55, 10);
        carBoxesAndCamera(t0, 0.3, 0.55, ObjectClass.CYCLIST, 0.75, 19.7);
        assertThat(tracker.regrouped()).as("not after 0.3 s of disputes").isZero();
        carBoxesAndCamera(t0 + 300_000_000L, 1.0, 0.55, ObjectClass.CYCLIST, 0.75, 19.7);
        assertThat(tracker.regrouped()).isEqualTo(1);
        assertThat(tracker.created()).as("no second track").isEqualTo(1);
        assertThat(tracker.tracks()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(1);
            assertThat(t.cls()).isEqualTo(ObjectClass.CYCLIST);
            assertThat(t.lengthM()).isCloseTo(1.8, within(1e-9));
            assertThat(t.headingRad()).as("side-on: across the line of sight")
                    .isCloseTo(Math.PI / 2, within(1e-6));
            assertThat(t.xM()).as("the cyclist's centre behind the face, not the car box's").isCloseTo(20.0, within(0.3));
            assertThat(t.state()).isEqualTo(TrackState.CONFIRMED);
        });
    }

    @Test
    void aCarTheLidarSeesWellIsNotOutvotedByACameraMislabel() {
        long t0 = carTrackOnACyclist(0.9, 10);
        carBoxesAndCamera(t0, 2.0, 0.9, ObjectClass.PEDESTRIAN, 1.0, 19.7);
        assertThat(tracker.regrouped()).isZero();
        assertThat(tracker.tracks()).singleElement().extracting(Track::cls).isEqualTo(ObjectClass.CAR);
    }

    @Test
    void aCarTrackDisputedAt45MetresBecomesTheCyclist() {
        // the camera's class decides out to 50 m: the new camera weights see a standing side-on cyclist from ~42 m on
        long t0 = carTrack(0.55, 10, 47.3);
        carBoxesAndCamera(t0, 1.0, 0.55, ObjectClass.CYCLIST, 0.75, 45.0);
        assertThat(tracker.regrouped()).isEqualTo(1);
        assertThat(tracker.tracks()).singleElement().satisfies(t -> {
            assertThat(t.cls()).isEqualTo(ObjectClass.CYCLIST);
            assertThat(t.xM()).as("behind the car boxes' near face, not at their centre").isCloseTo(45.3, within(0.3));
        });
    }

    @Test
    void aCameraCyclistOnACarTracksLineOfSightDoesNotConfirmATentativeTrackBeyondIt() {
        long t0 = carTrackOnACyclist(0.55, 10);
        // one weak radar cluster 8 m beyond the car (a ghost): a tentative track of no class
        MeasurementBatch radar = Fixtures.radarBatch(config, t0);
        Fixtures.addCluster(radar, 30.0, 0, 0, 0).cls = ObjectClass.UNKNOWN;
        tracker.process(radar);
        assertThat(tracker.tracks()).hasSize(2);
        // the camera's cyclist, ranged badly (sigma 4 m) between the two: within the ghost's gate,
        // but on the car track's line of sight, which the camera cannot tell it from
        for (int i = 1; i <= 20; i++) {
            MeasurementBatch b = cameraBatch(t0 + i * CAMERA_NS);
            cameraPoint(b, ObjectClass.CYCLIST, 27.0, 0);
            Measurement m = b.get(0);
            m.score = 0.6;
            m.classVote = 0.6;
            m.setPolarCovariance(27.0, 0, 0, 4.0, 0.12);
            tracker.process(b);
        }
        assertThat(tracker.tracks()).as("the ghost's track, never confirmed by the camera, is deleted")
                .singleElement().satisfies(t -> assertThat(t.id()).isEqualTo(1));
        assertThat(tracker.created()).isEqualTo(2);
    }

    @Test
    void aStandingCyclistKeepsItsHeadingWhenItsBoxesLieAlongTheLineOfSight() {
        // the lidar network never saw a side-on cyclist in training: it boxes one along the road
        long t0 = confirmedCyclist();
        for (int i = 0; i < 20; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, t0 + i * LIDAR_NS);
            Measurement m = Fixtures.addBox(b, ObjectClass.CYCLIST, 20, 0, 0.1);
            m.lengthM = 1.8;
            m.widthM = 0.6;
            m.yawRad = 0;
            tracker.process(b);
        }
        assertThat(tracker.tracks()).singleElement().satisfies(t ->
                assertThat(t.headingRad()).as("across the line of sight, as first seen").isCloseTo(HALF_PI, within(1e-6)));
    }

    @Test
    void aFarCarIsNotDisputed() {
        // the same geometry 55 m out: beyond the camera's dispute range (50 m), within its 60 m
        long t0 = carTrack(0.55, 10, 57.3);
        carBoxesAndCamera(t0, 2.0, 0.55, ObjectClass.CYCLIST, 0.75, 55.0);
        assertThat(tracker.regrouped()).isZero();
        assertThat(tracker.tracks()).singleElement().extracting(Track::cls).isEqualTo(ObjectClass.CAR);
    }

    @Test
    void classVotesOfTheOtherGroupNeverReElectTheClass() {
        Track t = new Track(1, 0);
        t.vote(ObjectClass.CAR, 0.5);
        t.vote(ObjectClass.CYCLIST, 3.0);
        t.vote(ObjectClass.TRUCK, 0.6);
        assertThat(t.cls()).isEqualTo(ObjectClass.TRUCK);
        Track u = new Track(2, 0);
        u.vote(ObjectClass.PEDESTRIAN, 0.5);
        u.vote(ObjectClass.CAR, 3.0);
        assertThat(u.cls()).isEqualTo(ObjectClass.PEDESTRIAN);
    }
}
