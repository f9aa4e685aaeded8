package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.FusionConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tracker on hand-made lidar-like measurements: lifecycle, gating, ids, time alignment. */
class TrackerTest {

    private static final long PERIOD_NS = 100_000_000L;
    private final FusionConfig config = Fixtures.config();
    private final Tracker tracker = new Tracker(config);

    /** One frame with a car at (x, y) at time t. */
    private boolean frame(long tNs, double... xy) {
        MeasurementBatch b = Fixtures.lidarBatch(config, tNs);
        for (int i = 0; i < xy.length; i += 2) {
            Fixtures.addBox(b, ObjectClass.CAR, xy[i], xy[i + 1], 0.1);
        }
        return tracker.process(b);
    }

    private List<TrackedObject> published() {
        List<TrackedObject> out = new ArrayList<>();
        tracker.output(out);
        return out;
    }

    @Test
    void sizeIsSmoothedOverBoxesTheFirstOneTakenWhole() {
        double a = config.lidar().sizeSmoothing();
        double[] lengths = {5.0, 5.0, 5.0, 6.0, 5.0};
        double[] expected = {5.0, 5.0, 5.0, 5.0 + a * 1.0, 5.0 + a * 1.0 - a * a * 1.0};
        for (int i = 0; i < lengths.length; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
            Measurement m = Fixtures.addBox(b, ObjectClass.CAR, 20, 0, 0.1);
            m.lengthM = lengths[i];
            m.widthM = i == 3 ? 2.35 : 1.85;
            tracker.process(b);
            Track t = tracker.tracks().get(0);
            assertThat(t.lengthM).as("length after box %d", i).isCloseTo(expected[i], within(1e-9));
            assertThat(t.widthM).as("width after box %d", i).isCloseTo(i == 3 ? 1.85 + a * 0.5 : i == 4
                    ? 1.85 + a * 0.5 - a * a * 0.5 : 1.85, within(1e-9));
        }
    }

    @Test
    void aSteadyDetectionIsConfirmedThenCoastsThenIsDeleted() {
        frame(0, 20, 0);
        assertThat(tracker.tracks()).singleElement().extracting(Track::state).isEqualTo(TrackState.TENTATIVE);
        assertThat(published()).isEmpty();
        frame(PERIOD_NS, 21, 0);
        frame(2 * PERIOD_NS, 22, 0);
        assertThat(tracker.tracks()).singleElement().extracting(Track::state).isEqualTo(TrackState.CONFIRMED);
        List<TrackedObject> out = published();
        assertThat(out).singleElement().satisfies(o -> {
            assertThat(o.trackId()).isEqualTo(1);
            assertThat(o.cls()).isEqualTo(ObjectClass.CAR);
            assertThat(o.sensorMask()).isEqualTo(TrackedObject.SENSOR_LIDAR);
            assertThat(o.existenceProb()).isGreaterThan(config.lifecycle().confirmExistence());
        });
        // nothing seen for a while (empty frames do not cover it: sensor looks along x, object in view)
        tracker.predictTo(2 * PERIOD_NS + 400_000_000L);
        assertThat(tracker.tracks()).singleElement().extracting(Track::state).isEqualTo(TrackState.COASTING);
        assertThat(published()).singleElement().extracting(TrackedObject::sensorMask).isEqualTo(0);
        tracker.predictTo(2 * PERIOD_NS + 2_100_000_000L);
        assertThat(tracker.tracks()).isEmpty();
    }

    @Test
    void missesInViewLowerTheExistenceUntilDeletion() {
        for (int i = 0; i < 5; i++) {
            frame(i * PERIOD_NS, 20 + i, 0);
        }
        double before = tracker.tracks().get(0).existence();
        frame(5 * PERIOD_NS); // in view, not detected
        assertThat(tracker.tracks().get(0).existence()).isLessThan(before);
        for (int i = 6; i < 20 && !tracker.tracks().isEmpty(); i++) {
            frame(i * PERIOD_NS);
        }
        assertThat(tracker.tracks()).isEmpty();
    }

    @Test
    void aConstantVelocityObjectKeepsItsIdAndItsVelocityConverges() {
        for (int i = 0; i < 30; i++) {
            frame(i * PERIOD_NS, 10 + 1.5 * i, 3);
        }
        assertThat(tracker.tracks()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(1);
            assertThat(t.vxMps()).isCloseTo(15.0, within(0.3));
            assertThat(t.vyMps()).isCloseTo(0.0, within(0.3));
            assertThat(t.xM()).isCloseTo(10 + 1.5 * 29, within(0.2));
        });
    }

    @Test
    void twoObjectsCrossingKeepTheirIds() {
        // two cars on parallel paths 4 m apart, then a third appears: ids 1, 2 stay with their cars
        for (int i = 0; i < 20; i++) {
            frame(i * PERIOD_NS, 20 + i, 0, 40 - i, 4);
        }
        List<Track> tracks = tracker.tracks();
        assertThat(tracks).hasSize(2);
        assertThat(tracks.get(0).id()).isEqualTo(1);
        assertThat(tracks.get(0).vxMps()).isCloseTo(10, within(0.5));
        assertThat(tracks.get(1).id()).isEqualTo(2);
        assertThat(tracks.get(1).vxMps()).isCloseTo(-10, within(0.5));
    }

    @Test
    void aDetectionOutsideTheGateStartsANewTrackInsteadOfUpdating() {
        for (int i = 0; i < 5; i++) {
            frame(i * PERIOD_NS, 20, 0);
        }
        frame(5 * PERIOD_NS, 20, 0, 45, 0); // 25 m away: beyond the car's 6 m distance gate
        assertThat(tracker.tracks()).hasSize(2);
        assertThat(tracker.tracks().get(0).xM()).isCloseTo(20, within(0.1));
        assertThat(tracker.tracks().get(1).xM()).isCloseTo(45, within(0.1));
    }

    /**
     * A track started by one lidar box of {@code cls} at (12, -3), then 1 s of class-less radar
     * clusters there (20 Hz): its state.
     */
    private TrackState afterRadarOnly(ObjectClass cls) {
        Tracker tracker = new Tracker(config);
        MeasurementBatch lidar = Fixtures.lidarBatch(config, 0);
        Fixtures.addBox(lidar, cls, 12, -3, 0.1);
        tracker.process(lidar);
        for (int i = 1; i <= 20; i++) {
            MeasurementBatch radar = Fixtures.radarBatch(config, i * 50_000_000L);
            Measurement m = Fixtures.addCluster(radar, 12, -3, 0, 0);
            m.cls = ObjectClass.UNKNOWN; // a weak cluster: a pedestrian's, or a car's corner
            m.classVote = 0;
            tracker.process(radar);
        }
        assertThat(tracker.tracks()).singleElement();
        Track t = tracker.tracks().get(0);
        assertThat(t.existence()).as("radar hits raise the existence").isGreaterThan(config.lifecycle().confirmExistence());
        return t.state();
    }

    @Test
    void radarClustersConfirmACarsTrackButNotAPedestriansOrCyclists() {
        assertThat(afterRadarOnly(ObjectClass.CAR)).isEqualTo(TrackState.CONFIRMED);
        assertThat(afterRadarOnly(ObjectClass.PEDESTRIAN)).isEqualTo(TrackState.TENTATIVE);
        assertThat(afterRadarOnly(ObjectClass.CYCLIST)).isEqualTo(TrackState.TENTATIVE);
    }

    @Test
    void aPedestrianDetectionNeverUpdatesACarTrack() {
        for (int i = 0; i < 5; i++) {
            frame(i * PERIOD_NS, 20, 0);
        }
        MeasurementBatch b = Fixtures.lidarBatch(config, 5 * PERIOD_NS);
        Fixtures.addBox(b, ObjectClass.PEDESTRIAN, 20.2, 0, 0.1);
        tracker.process(b);
        assertThat(tracker.tracks().get(0).hits()).isEqualTo(5);
    }

    @Test
    void lateFramesWithinTheToleranceAreUsedOlderOnesAreDropped() {
        for (int i = 0; i < 10; i++) {
            frame(i * PERIOD_NS, 20 + i, 0);
        }
        long now = 9 * PERIOD_NS;
        tracker.predictTo(now + 100_000_000L);
        int hits = tracker.tracks().get(0).hits();
        // 150 ms late: still used, at the position the object had then
        assertThat(frame(now - 50_000_000L, 20 + 8.5, 0)).isTrue();
        assertThat(tracker.lateUsed()).isEqualTo(1);
        assertThat(tracker.tracks().get(0).hits()).isEqualTo(hits + 1);
        assertThat(tracker.tracks().get(0).xM()).isCloseTo(20 + 10, within(0.2));
        // 500 ms late: beyond lateToleranceS (0.3 s)
        assertThat(frame(now - 400_000_000L, 25, 0)).isFalse();
        assertThat(tracker.lateDropped()).isEqualTo(1);
        assertThat(tracker.tracks().get(0).hits()).isEqualTo(hits + 1);
    }

    @Test
    void outOfOrderFramesGiveAboutTheSameEstimateAsInOrderOnes() {
        Tracker inOrder = new Tracker(config);
        Tracker shuffled = new Tracker(config);
        long[] order = {0, 1, 2, 4, 3, 5, 7, 6, 8, 9, 11, 10, 12};
        for (int i = 0; i <= 12; i++) {
            inOrder.process(batchAt(i * PERIOD_NS, 10 + 2.0 * i));
        }
        for (long k : order) {
            shuffled.process(batchAt(k * PERIOD_NS, 10 + 2.0 * k));
        }
        inOrder.predictTo(12 * PERIOD_NS);
        shuffled.predictTo(12 * PERIOD_NS);
        assertThat(shuffled.lateUsed()).isEqualTo(3);
        Track a = inOrder.tracks().get(0);
        Track b = shuffled.tracks().get(0);
        assertThat(b.xM()).isCloseTo(a.xM(), within(0.1));
        assertThat(b.vxMps()).isCloseTo(a.vxMps(), within(0.5));
        assertThat(b.vxMps()).isCloseTo(20, within(0.6));
    }

    private MeasurementBatch batchAt(long tNs, double x) {
        MeasurementBatch b = Fixtures.lidarBatch(config, tNs);
        Fixtures.addBox(b, ObjectClass.CAR, x, 0, 0.1);
        return b;
    }

    @Test
    void aSecondDetectionInsideATrackBoxStartsNoTrack() {
        for (int i = 0; i < 5; i++) {
            frame(i * PERIOD_NS, 20, 0, 21.5, 0.5);
        }
        assertThat(tracker.tracks()).singleElement().extracting(Track::id).isEqualTo(1L);
        assertThat(tracker.created()).isEqualTo(1);
    }

    @Test
    void aSizeLessTrackTouchingALidarBoxIsMergedIntoIt() {
        // a size-less detection (e.g. a radar corner of the same car) 4.5 m nearer than a box at 20 m:
        // the first frame starts both (nearest first, and the box was not measured yet), then the
        // size-less one is merged
        for (int i = 0; i < 4; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
            Measurement corner = Fixtures.addBox(b, ObjectClass.CAR, 15.5, 0, 0.1);
            corner.hasBox = false;
            Fixtures.addBox(b, ObjectClass.CAR, 20, 0, 0.1);
            tracker.process(b);
        }
        assertThat(tracker.merged()).isEqualTo(1);
        assertThat(tracker.created()).as("no new track from the size-less detection once the box is known")
                .isEqualTo(2);
        assertThat(tracker.tracks()).singleElement().satisfies(t -> {
            assertThat(t.id()).as("the box's track (the corner's, id 1, was merged)").isEqualTo(2);
            assertThat(t.xM()).isCloseTo(20, within(0.1));
        });
    }

    @Test
    void idsAreNeverReused() {
        for (int i = 0; i < 5; i++) {
            frame(i * PERIOD_NS, 20, 0);
        }
        long firstId = tracker.tracks().get(0).id();
        tracker.predictTo(10_000_000_000L);
        assertThat(tracker.tracks()).isEmpty();
        frame(10_000_000_000L + PERIOD_NS, 20, 0);
        assertThat(tracker.tracks().get(0).id()).isGreaterThan(firstId);
    }
}
