package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.FusionConfig;
import org.junit.jupiter.api.Test;

/**
 * The camera ranges badly: a vehicle far ahead boxed as a pedestrian, or anything ranged beyond the
 * camera's reach, must not start a camera-only track (truck-cut-in: a truck 97 m ahead, boxed as a
 * PEDESTRIAN and ranged at 62-70 m, made the planner stop from 110 km/h).
 */
class CameraSpawnTest {

    private static final long PERIOD_NS = 100_000_000L;
    private final FusionConfig config = Fixtures.config();
    private final Tracker tracker = new Tracker(config);

    /** A published car track centred at (45, -2) from a second of lidar boxes. */
    private void carAhead() {
        for (int i = 0; i < 10; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
            Fixtures.addBox(b, ObjectClass.CAR, 45, -2, 0.1);
            tracker.process(b);
        }
        assertThat(tracker.tracks()).hasSize(1);
        assertThat(tracker.tracks().get(0).isPublished()).isTrue();
    }

    /** One camera frame (sensor at the origin looking along x) with a detection ranged at (x, y). */
    private void camera(long stampNs, ObjectClass cls, double x, double y) {
        MeasurementBatch b = Fixtures.cameraBatch(config, stampNs);
        double range = Math.hypot(x, y);
        Fixtures.addCameraPoint(b, cls, 0.55, x, y, config.camera().rangeSigmaM(range),
                range * config.camera().bearingSigmaRad());
        tracker.process(b);
    }

    @Test
    void aPedestrianBoxOnACarsLineOfSightStartsNoTrack() {
        carAhead();
        // ranged at 30 m (sigma 0.14 x 30 = 4.3 m) on the bearing of the car's rear, 44 m further:
        // 3 sigma reach 43 m, the car's rear face (grown by the 1 m margin) begins at 41.7 m
        for (int i = 0; i < 5; i++) {
            camera((10 + i) * PERIOD_NS, ObjectClass.PEDESTRIAN, 30, -2.0 * 30 / 42.7);
        }
        assertThat(tracker.tracks()).hasSize(1);
    }

    @Test
    void aPedestrianBoxOffTheCarsLineOfSightStartsATrack() {
        carAhead();
        camera(10 * PERIOD_NS, ObjectClass.PEDESTRIAN, 30, 3);
        assertThat(tracker.tracks()).hasSize(2);
        assertThat(tracker.tracks().get(1).cls()).isEqualTo(ObjectClass.PEDESTRIAN);
    }

    @Test
    void aPedestrianBoxFarShortOfTheCarStartsATrack() {
        carAhead();
        // ranged at 12 m: 3 sigma (4.3 m) reach 16.3 m, far short of the car
        camera(10 * PERIOD_NS, ObjectClass.PEDESTRIAN, 12, -2.0 * 12 / 42.7);
        assertThat(tracker.tracks()).hasSize(2);
    }

    @Test
    void aCameraDetectionRangedBeyondTheCamerasReachStartsNoTrack() {
        camera(0, ObjectClass.CAR, 65, 0);
        assertThat(tracker.tracks()).isEmpty();
        camera(PERIOD_NS, ObjectClass.CAR, 55, 0);
        assertThat(tracker.tracks()).hasSize(1);
    }
}
