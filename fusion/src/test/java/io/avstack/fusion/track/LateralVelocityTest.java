package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.FusionConfig;
import org.junit.jupiter.api.Test;

/**
 * Vehicles' lateral velocity: what the planner reads as a lane change must not come from where on a
 * car the radar's reflections lie or from a better sensor correcting a radar track's position.
 */
class LateralVelocityTest {

    private static final long RADAR_PERIOD_NS = 50_000_000L;
    private final FusionConfig config = Fixtures.config();
    private final Tracker tracker = new Tracker(config);

    /** A radar frame (sensor at rest at the origin looking along x). */
    private MeasurementBatch radarBatch(long stampNs) {
        MeasurementBatch b = new MeasurementBatch();
        b.begin(TrackedObject.SENSOR_RADAR, stampNs, config.radar().common());
        b.setSensorPose(0, 0, 0, 0, 0);
        return b;
    }

    /** A strong radar cluster at (x, y) of an object moving with (vx, vy). */
    private static void addCluster(MeasurementBatch b, double x, double y, double vx, double vy) {
        Measurement m = b.add();
        m.dim = 3;
        m.cls = ObjectClass.CAR;
        m.score = 0.9;
        m.classVote = 0.3;
        m.surface = true;
        double range = Math.hypot(x, y);
        m.setPolarCovariance(x, y, Math.atan2(y, x), 1.2, Math.max(1.0, 0.01 * range));
        m.z[2] = (vx * x + vy * y) / range;
        m.r[8] = 0.09;
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
}
