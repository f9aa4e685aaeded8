package io.avstack.sim.sensor;

import static io.avstack.sim.sensor.TestScenes.box;
import static io.avstack.sim.sensor.TestScenes.car;
import static io.avstack.sim.sensor.TestScenes.sceneAtOrigin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.Pose;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import io.avstack.sim.vehicle.AllocationMeter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LidarModelTest {

    private static final double MOUNT_HEIGHT_M = 1.0;
    /** Ring 0 at -20, 1 at -10 (ground 5.76 m away), 2 level, 3 at +5 deg. */
    private static final List<Double> ELEVATIONS = List.of(-20.0, -10.0, 0.0, 5.0);
    private static final int LEVEL_RING = 2;

    private static LidarParams params(double noiseSigmaM, double dropout) {
        return new LidarParams("lidar_test", 4, -20, 5, ELEVATIONS, 0.2, 0.5, 100, noiseSigmaM, dropout,
                IntensityModel.LAMBERTIAN, 0.2, new Extrinsics(0, 0, MOUNT_HEIGHT_M, 0, 0, 0), 10);
    }

    private static LidarScan scan(LidarParams params, long seed, Scene scene) {
        return new LidarModel(params, seed).scan(scene);
    }

    /** Index of the point of {@code ring} closest to azimuth 0, or -1. */
    private static int straightAhead(LidarScan s, int ring) {
        int best = -1;
        for (int i = 0; i < s.pointCount(); i++) {
            if (s.ring()[i] == ring && s.x(i) > 0 && (best < 0 || Math.abs(s.y(i)) < Math.abs(s.y(best)))) {
                best = i;
            }
        }
        return best;
    }

    private static double range(LidarScan s, int i) {
        return Math.sqrt(s.x(i) * s.x(i) + s.y(i) * s.y(i) + s.z(i) * s.z(i));
    }

    private static int pointsInside(LidarScan s, double x0, double x1, double y0, double y1) {
        int n = 0;
        for (int i = 0; i < s.pointCount(); i++) {
            if (s.x(i) >= x0 && s.x(i) <= x1 && s.y(i) >= y0 && s.y(i) <= y1) {
                n++;
            }
        }
        return n;
    }

    @Test
    void zeroNoiseRangeToBoxStraightAheadIsExact() {
        LidarScan s = scan(params(0, 0), 1, sceneAtOrigin(car(1, 20, 0)));

        int i = straightAhead(s, LEVEL_RING);
        assertThat(s.y(i)).isEqualTo(0f);
        assertThat(s.x(i)).isCloseTo(18f, within(1e-4f));
        assertThat(s.z(i)).isCloseTo(0f, within(1e-6f));
        // a surface hit head-on: intensity = reflectivity
        assertThat(s.intensity(i)).isCloseTo(0.6f, within(1e-6f));
    }

    @Test
    void worldPoseMountAndBoxYawAreAllApplied() {
        // ego at (100, 50) facing +y; a 2 x 4 m box 20 m ahead of it, its length along world y,
        // so its near face is 1 m before its centre; the lidar sits 2 m ahead of the rear axle
        SceneObject sideways = box(1, 100, 70, Math.PI / 2, 2, 4, 1.5, 0, 0);
        Scene scene = TestScenes.scene(0, Pose.planar(100, 50, Math.PI / 2), 0, List.of(sideways));
        LidarParams mounted = new LidarParams("lidar_test", 4, -20, 5, ELEVATIONS, 0.2, 0.5, 100, 0, 0,
                IntensityModel.LAMBERTIAN, 0.2, new Extrinsics(2.0, 0, MOUNT_HEIGHT_M, 0, 0, 0), 10);

        LidarScan s = scan(mounted, 1, scene);

        int i = straightAhead(s, LEVEL_RING);
        assertThat(s.x(i)).isCloseTo(20f - 1f - 2f, within(1e-4f));
        assertThat(s.y(i)).isCloseTo(0f, within(1e-4f));
    }

    @Test
    void noisyRangeIsWithinThreeSigmaAndUnbiased() {
        double sigma = 0.05;
        LidarScan s = scan(params(sigma, 0), 7, sceneAtOrigin(car(1, 20, 0)));

        int i = straightAhead(s, LEVEL_RING);
        assertThat(range(s, i)).isCloseTo(18.0, within(3 * sigma));
        // every level-ring point on the car's rear face: range error vs the face at x = 18
        double sum = 0;
        int n = 0;
        for (int p = 0; p < s.pointCount(); p++) {
            if (s.ring()[p] == LEVEL_RING && s.x(p) > 17 && s.x(p) < 19 && Math.abs(s.y(p)) < 0.9) {
                double truth = range(s, p) * 18.0 / s.x(p); // same direction, on the face
                double error = range(s, p) - truth;
                assertThat(Math.abs(error)).isLessThan(4 * sigma);
                sum += error;
                n++;
            }
        }
        assertThat(n).isGreaterThan(20);
        assertThat(sum / n).isCloseTo(0.0, within(3 * sigma / Math.sqrt(n)));
    }

    @Test
    void groundReturnsAreAtTheClosedFormRange() {
        LidarScan s = scan(params(0, 0), 1, sceneAtOrigin());
        double expectedM = MOUNT_HEIGHT_M / Math.sin(Math.toRadians(10));

        int ring1 = 0;
        for (int i = 0; i < s.pointCount(); i++) {
            assertThat(s.ring()[i]).as("only downward beams reach the ground").isIn(0, 1);
            if (s.ring()[i] == 1) {
                ring1++;
                assertThat(range(s, i)).isCloseTo(expectedM, within(1e-4));
                assertThat(s.z(i)).isCloseTo((float) -MOUNT_HEIGHT_M, within(1e-5f));
                // Lambertian ground: reflectivity x cos(incidence) = 0.2 x sin(10 deg)
                assertThat(s.intensity(i)).isCloseTo((float) (0.2 * Math.sin(Math.toRadians(10))), within(1e-6f));
            }
        }
        assertThat(ring1).isEqualTo(1800);
    }

    @Test
    void actorBehindAnotherIsOccludedAndOneBesideItIsHit() {
        SceneObject front = car(1, 20, 0);
        SceneObject behind = box(2, 40, 0, 0, 4, 2, 3.0, 0, 0);
        SceneObject beside = box(3, 40, 15, 0, 4, 2, 3.0, 0, 0);

        LidarScan withoutFront = scan(params(0, 0), 1, sceneAtOrigin(behind, beside));
        LidarScan withFront = scan(params(0, 0), 1, sceneAtOrigin(front, behind, beside));

        assertThat(pointsInside(withoutFront, 37.99, 42.01, -1.01, 1.01)).as("visible alone").isPositive();
        assertThat(pointsInside(withFront, 37.99, 42.01, -1.01, 1.01)).as("shadowed").isZero();
        assertThat(pointsInside(withFront, 17.99, 22.01, -1.01, 1.01)).isPositive();
        assertThat(pointsInside(withFront, 37.99, 42.01, 13.99, 16.01)).isPositive()
                .isEqualTo(pointsInside(withoutFront, 37.99, 42.01, 13.99, 16.01));
    }

    @Test
    void actorBehindTheSensorIsHitAcrossTheAzimuthWrap() {
        // straddles azimuth pi; another at azimuth 0 +- a few degrees straddles the 0 / 2 pi seam
        LidarScan s = scan(params(0, 0), 1, sceneAtOrigin(car(1, -20, 0), car(2, 20, 0)));

        assertThat(pointsInside(s, -22.01, -17.99, -1.01, 1.01)).isPositive();
        int ahead = 0;
        int aheadLeft = 0;
        for (int i = 0; i < s.pointCount(); i++) {
            if (s.ring()[i] == LEVEL_RING && s.x(i) > 17.99 && s.x(i) < 18.01) {
                ahead++;
                aheadLeft += s.y(i) > 0 ? 1 : 0;
            }
        }
        // the face spans +-1 m at 18 m: atan(1/18) / 0.2 deg = 15.9 columns each side, plus column 0
        assertThat(ahead).isEqualTo(31);
        assertThat(aheadLeft).isEqualTo(15);
    }

    @Test
    void dropoutFractionMatchesTheProbability() {
        int all = scan(params(0, 0), 1, sceneAtOrigin()).pointCount();
        int kept = scan(params(0, 0.3), 1, sceneAtOrigin()).pointCount();

        assertThat(all).isEqualTo(2 * 1800);
        assertThat(1.0 - (double) kept / all).isCloseTo(0.3, within(0.03));
    }

    @Test
    void sameSeedGivesAnIdenticalScanAndAnotherSeedDoesNot() {
        Scene scene = sceneAtOrigin(car(1, 20, 0), car(2, -10, 5));
        LidarScan a = scan(params(0.03, 0.05), 42, scene);
        LidarScan b = scan(params(0.03, 0.05), 42, scene);
        LidarScan c = scan(params(0.03, 0.05), 43, scene);

        assertThat(a).isEqualTo(b);
        assertThat(a.xyzi()).isEqualTo(b.xyzi());
        assertThat(c.xyzi()).isNotEqualTo(a.xyzi());
    }

    @Test
    void headerCarriesFrameSimTimeAndSequence() {
        LidarModel model = new LidarModel(params(0, 0), 1);
        Scene scene = TestScenes.scene(123_456_789L, Pose.planar(0, 0, 0), 0, List.of());

        LidarScan first = model.scan(scene);
        LidarScan second = model.scan(scene);

        assertThat(first.header().frameId()).isEqualTo("lidar_test");
        assertThat(first.header().stampNs()).isEqualTo(123_456_789L);
        assertThat(first.header().seq()).isZero();
        assertThat(second.header().seq()).isEqualTo(1);
        assertThat(model.periodNs()).isEqualTo(100_000_000L);
    }

    @Test
    void aScanAllocatesOnlyItsOutput() {
        LidarModel model = new LidarModel(LidarParams.defaults(), 1);
        Scene scene = LidarBench.tenActorScene();
        model.scan(scene); // grows the box work arrays once
        int scans = 20;
        long points = 0;
        long before = AllocationMeter.allocatedBytes();
        for (int i = 0; i < scans; i++) {
            points += model.scan(scene).pointCount();
        }
        long bytes = AllocationMeter.allocatedBytes() - before;
        // the two output arrays (20 bytes a point) plus headers; one allocation per ray would be
        // at least 57,600 x 16 bytes more per scan
        long outputBytes = points * (4 * Float.BYTES + Integer.BYTES);
        assertThat(bytes - outputBytes).isLessThan(scans * 2_048L);
    }

    @Test
    void reflectivityModelIgnoresIncidence() {
        LidarParams flat = new LidarParams("lidar_test", 4, -20, 5, ELEVATIONS, 0.2, 0.5, 100, 0, 0,
                IntensityModel.REFLECTIVITY, 0.2, new Extrinsics(0, 0, MOUNT_HEIGHT_M, 0, 0, 0), 10);
        LidarScan s = scan(flat, 1, sceneAtOrigin());

        for (int i = 0; i < s.pointCount(); i++) {
            assertThat(s.intensity(i)).isEqualTo(0.2f);
        }
    }

    /**
     * A cyclist standing side-on 8.5 m ahead (1.8 x 0.6 x 1.7 m, its length across the line of
     * sight): the lidar sees two wheels and a rider, not the solid wall of its bounding box; a car of
     * that footprint is one. Points in the sensor frame, 1.9 m above the ground.
     */
    @Test
    void aSideOnCyclistIsWheelsAndARiderButACarOfItsSizeIsSolid() {
        LidarModel model = new LidarModel(LidarParams.defaults(), 1);
        Dimensions dims = new Dimensions(1.8, 0.6, 1.7);
        SceneObject cyclist = new SceneObject(1, ObjectClass.CYCLIST, 10, 0, Math.PI / 2, dims, 0, 0, 0x3060c0,
                0.5, 0);
        SceneObject car = new SceneObject(1, ObjectClass.CAR, 10, 0, Math.PI / 2, dims, 0, 0, 0x3060c0, 0.5, 0);

        LidarScan cyc = model.scan(sceneAtOrigin(cyclist));
        LidarScan solid = model.scan(sceneAtOrigin(car));

        // above the wheels (0.68 m) the rider spans -0.36..0.18 m along the cyclist's length (world y)
        assertThat(actorPoints(cyc, 0.8, 2.0, 0, 0.4)).isPositive();
        assertThat(actorPoints(cyc, 0.8, 2.0, 0.4, 1.0)).isZero();
        assertThat(actorPoints(solid, 0.8, 2.0, 0.4, 1.0)).isPositive();
        // below, the wheels reach its ends (0.55 +- 0.34 m)
        assertThat(actorPoints(cyc, 0.05, 0.65, 0.6, 1.0)).isPositive();
    }

    /** Points above the ground at heights z0..z1 (m) within the 1 m around x = 10 with |y| in [y0, y1). */
    private static int actorPoints(LidarScan s, double z0, double z1, double y0, double y1) {
        int n = 0;
        for (int i = 0; i < s.pointCount(); i++) {
            double z = s.z(i) + 1.9;
            double x = s.x(i) + 1.2;
            double ay = Math.abs(s.y(i));
            if (x > 9.5 && x < 10.5 && z >= z0 && z <= z1 && ay >= y0 && ay < y1) {
                n++;
            }
        }
        return n;
    }

    @Test
    void defaultsGiveA32By1800Scan() {
        LidarModel model = new LidarModel(LidarParams.defaults(), 1);
        // a 4 m tall box close enough for the top beam (+15 deg) to hit it
        LidarScan s = model.scan(sceneAtOrigin(box(1, 8, 0, 0, 4, 2, 4.0, 0, 0)));

        assertThat(LidarParams.defaults().columns()).isEqualTo(1800);
        assertThat(s.pointCount()).isPositive().isLessThanOrEqualTo(32 * 1800);
        assertThat(s.ring()).contains(0, 31);
    }
}
