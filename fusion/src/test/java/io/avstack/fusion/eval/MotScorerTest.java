package io.avstack.fusion.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.node.SensorIds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CLEAR-MOT counting on hand-made frames (ego at the origin looking along x, all sensors). */
class MotScorerTest {

    private final CoverageRegion region = CoverageRegion.of(Fixtures.tree(), Fixtures.config(), SensorIds.DEFAULT,
            TrackedObject.SENSOR_ALL, 60);
    private final MotScorer scorer = new MotScorer(region, 2.0);

    private static GroundTruthObject car(long id, double x, double y) {
        return new GroundTruthObject(id, ObjectClass.CAR, Pose.planar(x, y, 0), new Dimensions(4.6, 1.85, 1.5),
                new PlanarVelocity(10, 0));
    }

    private static TrackedObject track(long id, double x, double y, double vx) {
        return new TrackedObject(id, ObjectClass.CAR, x, y, 0.75, 0, new PlanarVelocity(vx, 0), 0, 0,
                new Dimensions(4.6, 1.85, 1.5), 0.01, 0.01, 0.1, 0.1, 0.9, 0, TrackedObject.SENSOR_LIDAR);
    }

    private void frame(long t, List<GroundTruthObject> truth, TrackedObject... tracks) {
        GroundTruth gt = new GroundTruth(Header.of("map", t, t), Pose.planar(0, 0, 0), 0, truth);
        scorer.score(gt, new WorldModel(Header.of("map", t, t), List.of(tracks)));
    }

    @Test
    void perfectTracksScoreOne() {
        for (int i = 0; i < 10; i++) {
            frame(i, List.of(car(1, 20, 0), car(2, 30, 4)), track(7, 20.1, 0, 10), track(8, 30, 4.1, 10.5));
        }
        MotResult r = scorer.result();
        assertThat(r.frames()).isEqualTo(10);
        assertThat(r.mota()).isEqualTo(1.0);
        assertThat(r.motpM()).isCloseTo(0.1, within(1e-9));
        assertThat(r.velRmseMps()).isCloseTo(Math.sqrt(0.125), within(1e-9));
        assertThat(r.idSwitches()).isZero();
    }

    @Test
    void motpIsTheMeanDistanceAndThePositionRmseTheRootOfTheMeanSquare() {
        for (int i = 0; i < 4; i++) {
            frame(i, List.of(car(1, 20, 0), car(2, 30, 4)), track(7, 20.1, 0, 10), track(8, 30, 4.3, 10));
        }
        MotResult r = scorer.result();
        assertThat(r.motpM()).isCloseTo(0.2, within(1e-9));
        assertThat(r.posRmseM()).isCloseTo(Math.sqrt((0.1 * 0.1 + 0.3 * 0.3) / 2), within(1e-9));
        assertThat(r.velRmseMps()).isZero();
    }

    @Test
    void missesFalseTracksAndIdSwitchesAreCounted() {
        frame(0, List.of(car(1, 20, 0)), track(7, 20, 0, 10));
        frame(1, List.of(car(1, 20, 0)), track(9, 20, 0, 10), track(3, 40, -5, 0)); // switch + false track
        frame(2, List.of(car(1, 20, 0)));                                              // miss
        frame(3, List.of(car(1, 20, 0)), track(9, 23, 0, 10));                        // too far to match: miss + FP
        MotResult r = scorer.result();
        assertThat(r.groundTruth()).isEqualTo(4);
        assertThat(r.matches()).isEqualTo(2);
        assertThat(r.missed()).isEqualTo(2);
        assertThat(r.falseTracks()).isEqualTo(2);
        assertThat(r.idSwitches()).isEqualTo(1);
        assertThat(r.mota()).isCloseTo(1 - 5.0 / 4, within(1e-12));
        assertThat(r.idSwitchesPer1000Frames()).isCloseTo(250, within(1e-9));
    }

    @Test
    void objectsOutsideTheRegionOrHiddenDoNotCount() {
        List<GroundTruthObject> truth = new ArrayList<>();
        truth.add(car(1, 90, 0));   // beyond 60 m
        truth.add(car(2, 20, 0));   // seen
        truth.add(car(3, 35, 0));   // right behind car 2 from every sensor: hidden
        frame(0, truth, track(5, 20, 0, 10));
        MotResult r = scorer.result();
        assertThat(r.groundTruth()).isEqualTo(1);
        assertThat(r.missed()).isZero();
        assertThat(r.mota()).isEqualTo(1.0);
    }

    @Test
    void aTrackReplacedWhileItsObjectDidNotCountIsNoSwitchButOneReplacedWhileItCountsIs() {
        frame(0, List.of(car(1, 90, 0)), track(4, 90, 0, 10));  // beyond 60 m: matched, does not count
        frame(1, List.of(car(1, 50, 0)), track(7, 50, 0, 10));  // counts from here: first counted match
        frame(2, List.of(car(1, 50, 0)), track(8, 50, 0, 10));  // replaced while it counts: a switch
        assertThat(scorer.result().idSwitches()).isEqualTo(1);
        assertThat(scorer.result().matches()).isEqualTo(2);
    }

    @Test
    void aCameraOnlyRegionIgnoresTracksBehindTheEgo() {
        MotScorer camera = new MotScorer(CoverageRegion.of(Fixtures.tree(), Fixtures.config(), SensorIds.DEFAULT,
                TrackedObject.SENSOR_CAMERA, 60), 2.0);
        GroundTruth gt = new GroundTruth(Header.of("map", 0, 0), Pose.planar(0, 0, 0), 0, List.of(car(1, -20, 0)));
        camera.score(gt, new WorldModel(Header.of("map", 0, 0), List.of(track(4, -25, 0, 0))));
        assertThat(camera.result().groundTruth()).isZero();
        assertThat(camera.result().falseTracks()).isZero();
    }

    @Test
    void resultsAdd() {
        MotResult a = new MotResult(1, 2, 1, 1, 0, 0, 0.5, 0.25, 1);
        MotResult b = new MotResult(3, 2, 2, 0, 1, 1, 1.0, 0.5, 2);
        assertThat(a.plus(b)).isEqualTo(new MotResult(4, 4, 3, 1, 1, 1, 1.5, 0.75, 3));
        assertThat(MotResult.EMPTY.mota()).isNaN();
    }
}
