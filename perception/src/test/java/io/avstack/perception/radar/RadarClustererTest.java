package io.avstack.perception.radar;

import static io.avstack.perception.radar.Scans.at;
import static io.avstack.perception.radar.Scans.blob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.RadarDetection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RadarClustererTest {

    private final RadarClusterer clusterer = new RadarClusterer(RadarClusterParams.defaults());

    private List<RadarObject> run(List<RadarDetection> detections) {
        List<RadarObject> out = new ArrayList<>();
        clusterer.cluster(detections, out);
        return out;
    }

    @Test
    void threeSeparatedGroupsWithClutterGiveThreeObjectsAtTheirCentres() {
        SplittableRandom rng = new SplittableRandom(42);
        List<RadarDetection> d = new ArrayList<>();
        blob(d, rng, 10, 20, 0, -5, 0.3);
        blob(d, rng, 10, 30, 10, 0, 0.3);
        blob(d, rng, 10, 45, -8, 3, 0.3);
        for (int i = 0; i < 6; i++) { // weak isolated clutter
            d.add(at(rng.nextDouble(5, 80), rng.nextDouble(-40, 40), rng.nextDouble(-20, 20), -10));
        }

        List<RadarObject> objects = run(d);

        assertThat(objects).hasSize(3);
        assertThat(objects).extracting(RadarObject::pointCount).containsExactly(10, 10, 10);
        double[][] expected = {{20, 0, -5}, {30, 10, 0}, {45, -8, 3}};
        for (int k = 0; k < 3; k++) {
            RadarObject o = objects.get(k);
            assertThat(o.xM()).isCloseTo(expected[k][0], within(0.3));
            assertThat(o.yM()).isCloseTo(expected[k][1], within(0.3));
            assertThat(o.rangeRateMps()).isCloseTo(expected[k][2], within(0.1));
            assertThat(o.existence()).isGreaterThan(0.99);
            assertThat(o.meanRcsDbsm()).isCloseTo(10, within(1.0));
        }
        assertThat(clusterer.rejectedLastScan(ClusterRejection.FALSE_ALARM)).isEqualTo(6);
    }

    @Test
    void radialVelocityIsAlongTheLineOfSight() {
        RadarObject o = run(List.of(at(30, 30, -6, 10), at(30.5, 30, -6, 10))).get(0);

        assertThat(Math.hypot(o.radialVxMps(), o.radialVyMps())).isCloseTo(6, within(1e-9));
        assertThat(Math.atan2(o.radialVyMps(), o.radialVxMps())).isCloseTo(o.azimuthRad() - Math.PI, within(1e-9));
    }

    @Test
    void rangeRateIsWeightedByLinearRcs() {
        // 20 dBsm is 100x the power of 0 dBsm: its range rate dominates
        RadarObject o = run(List.of(at(20, 0, -1, 20), at(20.5, 0, -1.5, 0))).get(0);

        assertThat(o.rangeRateMps()).isCloseTo((100 * -1 + 1 * -1.5) / 101, within(1e-9));
    }

    @Test
    void closeTargetsWithDifferentRangeRatesAreSeparated() {
        SplittableRandom rng = new SplittableRandom(7);
        List<RadarDetection> d = new ArrayList<>();
        blob(d, rng, 6, 25, 0, -10, 0.2);
        blob(d, rng, 6, 25.5, 0.5, 2, 0.2);

        List<RadarObject> objects = run(d);

        assertThat(objects).hasSize(2);
        assertThat(objects).extracting(RadarObject::rangeRateMps)
                .anySatisfy(rr -> assertThat(rr).isCloseTo(-10, within(0.1)))
                .anySatisfy(rr -> assertThat(rr).isCloseTo(2, within(0.1)));
    }

    @Test
    void closeTargetsWithTheSameRangeRateMerge() {
        SplittableRandom rng = new SplittableRandom(7);
        List<RadarDetection> d = new ArrayList<>();
        blob(d, rng, 6, 25, 0, -10, 0.2);
        blob(d, rng, 6, 25.5, 0.5, -10, 0.2);

        assertThat(run(d)).hasSize(1);
    }

    @Test
    void singleWeakPointIsAFalseAlarmButAStrongOneIsKept() {
        assertThat(run(List.of(at(30, 2, -3, -5)))).isEmpty();
        assertThat(clusterer.rejectedLastScan(ClusterRejection.FALSE_ALARM)).isEqualTo(1);

        List<RadarObject> strong = run(List.of(at(60, 2, -3, 12)));
        assertThat(strong).hasSize(1);
        assertThat(strong.get(0).pointCount()).isEqualTo(1);
        assertThat(strong.get(0).lengthM()).isZero();
        assertThat(clusterer.rejected(ClusterRejection.FALSE_ALARM)).isEqualTo(1);
    }

    @Test
    void weakPointPersistingAcrossScansIsConfirmed() {
        // defaults: 2 of the last 3 scans within 2 m
        assertThat(run(List.of(at(30, 2, -3, -5)))).isEmpty();
        List<RadarObject> second = run(List.of(at(30.4, 2.1, -3, -5)));

        assertThat(second).hasSize(1);
        assertThat(second.get(0).existence()).isLessThan(0.5);
    }

    @Test
    void confirmationOnlyLooksAtTheLastWindowOfScans() {
        assertThat(run(List.of(at(30, 2, -3, -5)))).isEmpty();
        assertThat(run(List.of())).isEmpty();
        assertThat(run(List.of())).isEmpty();
        // seen 3 scans ago: outside the window of 3 (this one and the two empty ones)
        assertThat(run(List.of(at(30, 2, -3, -5)))).isEmpty();
        assertThat(run(List.of())).isEmpty();
        // seen 2 scans ago: inside
        assertThat(run(List.of(at(30, 2, -3, -5)))).hasSize(1);
    }

    @Test
    void weakPointsJumpingAroundAreNotConfirmed() {
        assertThat(run(List.of(at(30, 2, -3, -5)))).isEmpty();
        assertThat(run(List.of(at(50, -10, 4, -5)))).isEmpty();
        assertThat(run(List.of(at(20, 12, 0, -5)))).isEmpty();
        assertThat(clusterer.rejected(ClusterRejection.FALSE_ALARM)).isEqualTo(3);
    }

    @Test
    void confirmationCanBeSwitchedOff() {
        RadarClusterParams p = RadarClusterParamsTest.with(RadarClusterParams.defaults(), "confirmHits", 0);
        RadarClusterer noConfirm = new RadarClusterer(p);
        List<RadarObject> out = new ArrayList<>();
        noConfirm.cluster(List.of(at(30, 2, -3, -5)), out);
        noConfirm.cluster(List.of(at(30, 2, -3, -5)), out);

        assertThat(out).isEmpty();
    }

    @Test
    void ghostAtTwiceTheRangeIsDroppedButAGenuineTargetThereIsKept() {
        List<RadarDetection> d = new ArrayList<>();
        d.add(at(19.8, -0.6, -4, 15)); // a car at 20 m closing at 4 m/s
        d.add(at(19.8, 0.0, -4, 15));
        d.add(at(19.8, 0.6, -4, 15));
        d.add(at(40.3, 0.2, -8.1, 4)); // its double-bounce ghost: 2x range, 2x range rate, weaker
        d.add(at(40, -0.5, 3, 10)); // a genuine car at the same place, moving away
        d.add(at(40, 0.5, 3, 10));

        List<RadarObject> objects = run(d);

        assertThat(objects).hasSize(2);
        assertThat(objects.get(0).rangeRateMps()).isCloseTo(-4, within(1e-9));
        assertThat(objects.get(1).rangeRateMps()).isCloseTo(3, within(1e-9));
        assertThat(objects.get(1).xM()).isCloseTo(40, within(1e-9));
        assertThat(clusterer.rejectedLastScan(ClusterRejection.MULTIPATH_GHOST)).isEqualTo(1);
    }

    @Test
    void ghostOfAnOutlineCornerIsDroppedToo() {
        List<RadarDetection> d = new ArrayList<>();
        d.add(at(20, -0.9, -4, 15));
        d.add(at(20, 0.0, -4, 15));
        d.add(at(20, 0.9, -4, 15));
        d.add(at(40, 1.8, -8, 5)); // the left corner's ghost: 2.6 deg off the centroid, on the corner's ray

        assertThat(run(d)).hasSize(1);
        assertThat(clusterer.rejectedLastScan(ClusterRejection.MULTIPATH_GHOST)).isEqualTo(1);
    }

    @Test
    void absurdRcsValuesDoNotBreakTheWeightedMean() {
        RadarObject o = run(List.of(at(20, 0, -2, 5000), at(20.3, 0, -2.5, 4990))).get(0);

        assertThat(o.rangeRateMps()).isCloseTo((10 * -2 + 1 * -2.5) / 11, within(1e-9));
        assertThat(o.existence()).isEqualTo(1.0);
    }

    @Test
    void ghostNeedsAStrongerSourceAtTheSameAzimuth() {
        List<RadarDetection> d = new ArrayList<>();
        d.add(at(19.8, 0.0, -4, 15));
        d.add(at(19.8, 0.6, -4, 15));
        d.add(at(40.3, 8, -8.1, 4)); // 2x range and range rate, but 11 deg off
        d.add(at(40.3, 0.2, -8.1, 16)); // on the line of sight, but stronger than the source

        assertThat(run(d)).hasSize(3);
        assertThat(clusterer.rejectedLastScan(ClusterRejection.MULTIPATH_GHOST)).isZero();
    }

    @Test
    void clusterBehindAStrongReflectorIsShadowed() {
        List<RadarDetection> d = new ArrayList<>();
        d.add(at(15, -1.2, 0, 35)); // a truck's rear face: 35 dBsm
        d.add(at(15, 0, 0, 35));
        d.add(at(15, 1.2, 0, 35));
        d.add(at(40, 0.5, 7, 10)); // behind it, unrelated range rate
        d.add(at(40, 1.0, 7, 10));
        d.add(at(40, 15, 7, 10)); // beside it: visible
        d.add(at(40, 15.5, 7, 10));

        List<RadarObject> objects = run(d);

        assertThat(objects).hasSize(2);
        assertThat(objects.get(1).yM()).isCloseTo(15.25, within(1e-9));
        assertThat(clusterer.rejectedLastScan(ClusterRejection.SHADOWED)).isEqualTo(1);
    }

    @Test
    void reflectorStraddlingTheRearShadowsOnlyWhatIsBehindIt() {
        List<RadarDetection> d = new ArrayList<>();
        d.add(new RadarDetection(15, Math.PI - 0.05, 0, 0, 35)); // behind the radar, across +-pi
        d.add(new RadarDetection(15, -Math.PI + 0.05, 0, 0, 35));
        d.add(new RadarDetection(40, Math.PI, 0, 7, 10)); // behind the reflector
        d.add(new RadarDetection(40.3, Math.PI, 0, 7, 10));
        d.add(new RadarDetection(40, 0, 0, 7, 10)); // ahead of the radar
        d.add(new RadarDetection(40.3, 0, 0, 7, 10));

        List<RadarObject> objects = run(d);

        assertThat(objects).hasSize(2);
        assertThat(objects.get(1).xM()).isGreaterThan(0);
        assertThat(clusterer.rejectedLastScan(ClusterRejection.SHADOWED)).isEqualTo(1);
    }

    @Test
    void emptyScanGivesNoObjects() {
        assertThat(run(List.of())).isEmpty();
        for (ClusterRejection r : ClusterRejection.values()) {
            assertThat(clusterer.rejectedLastScan(r)).isZero();
        }
    }

    @Test
    void detectionsOutOfRangeOrTooWeakAreDroppedAndCounted() {
        List<RadarObject> objects = run(List.of(at(250, 0, 0, 20), at(10, 0, 0, -40), at(10.3, 0, 0, -40),
                at(30, 0, 0, 10), at(30.3, 0, 0, 10)));

        assertThat(objects).hasSize(1);
        assertThat(clusterer.rejected(ClusterRejection.OUT_OF_RANGE)).isEqualTo(1);
        assertThat(clusterer.rejected(ClusterRejection.WEAK_DETECTION)).isEqualTo(2);
    }

    @Test
    void hugeScanKeepsTheNearestDetectionsAndCountsTheRest() {
        RadarClusterParams p = RadarClusterParamsTest.with(RadarClusterParams.defaults(), "maxDetections", 10);
        RadarClusterer small = new RadarClusterer(p);
        List<RadarDetection> d = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            d.add(at(10 + 5 * i, 0, 0, 10)); // 5 m apart: one-point clusters
        }
        Collections.reverse(d);
        List<RadarObject> out = new ArrayList<>();

        assertThat(small.cluster(d, out)).isEqualTo(10);
        assertThat(out.get(9).xM()).isCloseTo(55, within(1e-9));
        assertThat(small.rejected(ClusterRejection.TRUNCATED)).isEqualTo(5);
    }

    @Test
    void permutedInputGivesIdenticalOutput() {
        SplittableRandom rng = new SplittableRandom(2024);
        List<RadarDetection> d = new ArrayList<>();
        for (int g = 0; g < 20; g++) {
            blob(d, rng, 1 + rng.nextInt(8), rng.nextDouble(5, 150), rng.nextDouble(-60, 60),
                    rng.nextDouble(-20, 20), 0.5);
        }
        for (int i = 0; i < 100; i++) {
            d.add(at(rng.nextDouble(5, 150), rng.nextDouble(-60, 60), rng.nextDouble(-20, 20),
                    rng.nextDouble(-15, 5)));
        }
        List<RadarObject> reference = new RadarClusterer(RadarClusterParams.defaults()).cluster(Scans.scan(0, d));

        for (long seed = 1; seed <= 5; seed++) {
            List<RadarDetection> shuffled = new ArrayList<>(d);
            Collections.shuffle(shuffled, new Random(seed));
            RadarClusterer fresh = new RadarClusterer(RadarClusterParams.defaults());
            List<RadarObject> again = fresh.cluster(Scans.scan(0, shuffled));
            assertThat(again).isEqualTo(reference);
        }
        assertThat(reference).hasSizeGreaterThan(10);
    }

    @Test
    void denseScanOfHundredsOfDetectionsClustersEveryPoint() {
        SplittableRandom rng = new SplittableRandom(5);
        List<RadarDetection> d = new ArrayList<>();
        for (int g = 0; g < 50; g++) { // a 50 x 8 grid of well separated groups
            blob(d, rng, 8, 10 + 3 * g, (g % 2) * 20 - 10, -5, 0.1);
        }
        List<RadarObject> objects = run(d);

        assertThat(objects).hasSize(50);
        assertThat(objects).allSatisfy(o -> assertThat(o.pointCount()).isEqualTo(8));
    }
}
