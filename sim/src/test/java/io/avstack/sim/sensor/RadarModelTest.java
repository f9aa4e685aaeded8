package io.avstack.sim.sensor;

import static io.avstack.sim.sensor.TestScenes.box;
import static io.avstack.sim.sensor.TestScenes.car;
import static io.avstack.sim.sensor.TestScenes.sceneAtOrigin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadarModelTest {

    /** Noise-free radar at the rear-axle origin: +-60 deg, 0.5..150 m, corners for actors >= 6 m. */
    private static RadarParams exact(double falseAlarms, double ghostProbability) {
        return new RadarParams("radar_test", 60, 0.5, 150, 0, 0, 0, 0, 3.0, 6.0, falseAlarms, ghostProbability,
                10.0, 0, Extrinsics.IDENTITY, 20);
    }

    private static RadarScan scan(RadarParams params, Scene scene) {
        return new RadarModel(params, 5).scan(scene);
    }

    private static Scene egoMoving(double speedMps, double yawRad, SceneObject... objects) {
        return TestScenes.scene(0, Pose.planar(0, 0, yawRad), speedMps, List.of(objects));
    }

    /** (actor velocity - ego velocity) . line of sight, from the detection's own azimuth (sensor = vehicle frame). */
    private static double expectedRangeRate(RadarDetection d, double relVx, double relVy) {
        return relVx * Math.cos(d.azimuthRad()) + relVy * Math.sin(d.azimuthRad());
    }

    @Test
    void nearestPointOfACarStraightAhead() {
        RadarScan s = scan(exact(0, 0), sceneAtOrigin(car(1, 20, 0)));

        assertThat(s.detections()).hasSize(1);
        RadarDetection d = s.detections().get(0);
        assertThat(d.rangeM()).isCloseTo(18.0, within(1e-9));
        assertThat(d.azimuthRad()).isCloseTo(0.0, within(1e-12));
        assertThat(d.elevationRad()).isZero();
        // head-on aspect: no aspect loss
        assertThat(d.rcsDbsm()).isCloseTo(10.0, within(1e-9));
        assertThat(s.header().frameId()).isEqualTo("radar_test");
        assertThat(s.header().stampNs()).isEqualTo(1_000_000_000L);
    }

    @Test
    void rangeRateOfAnApproachingTarget() {
        // ego at 10 m/s, target ahead at 2 m/s: closing at 8 m/s
        RadarScan s = scan(exact(0, 0), egoMoving(10, 0, box(1, 30, 0, 0, 4, 2, 1.5, 2, 0)));

        assertThat(s.detections()).singleElement()
                .satisfies(d -> assertThat(d.rangeRateMps()).isCloseTo(-8.0, within(1e-9)));
    }

    @Test
    void rangeRateOfARecedingTargetInARotatedWorld() {
        // ego heading 90 deg (world +y) at 10 m/s, target 30 m ahead of it at 15 m/s the same way
        double yaw = Math.PI / 2;
        RadarScan s = scan(exact(0, 0), egoMoving(10, yaw, box(1, 0, 30, yaw, 4, 2, 1.5, 0, 15)));

        assertThat(s.detections()).singleElement().satisfies(d -> {
            assertThat(d.rangeRateMps()).isCloseTo(5.0, within(1e-9));
            assertThat(d.rangeM()).isCloseTo(28.0, within(1e-9));
        });
    }

    @Test
    void rangeRateOfACrossingTargetIsItsSpeedAlongTheLineOfSight() {
        // stationary ego; target 20 m ahead, 8 m left, crossing to the right at 6 m/s
        RadarScan s = scan(exact(0, 0), egoMoving(0, 0, box(1, 20, 8, 0, 4, 2, 1.5, 0, -6)));
        RadarDetection d = s.detections().get(0);
        assertThat(d.rangeRateMps()).isCloseTo(expectedRangeRate(d, 0, -6), within(1e-9)).isNegative();

        // the same crossing with the ego moving at 12 m/s: ego motion adds -12 cos(az)
        RadarScan moving = scan(exact(0, 0), egoMoving(12, 0, box(1, 20, 8, 0, 4, 2, 1.5, 0, -6)));
        RadarDetection m = moving.detections().get(0);
        assertThat(m.rangeRateMps()).isCloseTo(expectedRangeRate(m, -12, -6), within(1e-9));
    }

    @Test
    void mountOffsetAndYawAreApplied() {
        // radar 3.7 m ahead of the rear axle, looking 30 deg left; target 20 m ahead of the vehicle
        RadarParams yawed = new RadarParams("radar_test", 60, 0.5, 150, 0, 0, 0, 0, 3.0, 6.0, 0, 0, 10, 0,
                new Extrinsics(3.7, 0, 0.5, 0, 0, Math.toRadians(30)), 20);
        RadarScan s = scan(yawed, egoMoving(10, 0, car(1, 20, 0)));

        RadarDetection d = s.detections().get(0);
        assertThat(d.rangeM()).isCloseTo(18.0 - 3.7, within(1e-9));
        assertThat(d.azimuthRad()).isCloseTo(Math.toRadians(-30), within(1e-9));
        // stationary target: range rate is -10 m/s along the line of sight
        assertThat(d.rangeRateMps()).isCloseTo(-10.0, within(1e-9));
    }

    @Test
    void occludedActorGivesNoDetectionAndOneBesideItDoes() {
        SceneObject front = car(1, 20, 0);
        SceneObject hidden = car(2, 40, 0);
        SceneObject beside = car(3, 40, 15);

        RadarScan alone = scan(exact(0, 0), sceneAtOrigin(hidden, beside));
        RadarScan shadowed = scan(exact(0, 0), sceneAtOrigin(front, hidden, beside));

        assertThat(alone.detections()).extracting(RadarDetection::rangeM)
                .anySatisfy(r -> assertThat(r).isCloseTo(38.0, within(1e-9)));
        assertThat(shadowed.detections()).hasSize(2);
        assertThat(shadowed.detections()).extracting(RadarDetection::rangeM)
                .noneSatisfy(r -> assertThat(r).isCloseTo(38.0, within(0.5)))
                .anySatisfy(r -> assertThat(r).isCloseTo(18.0, within(1e-9)))
                .anySatisfy(r -> assertThat(r).isCloseTo(Math.hypot(38, 14), within(1e-9)));
    }

    @Test
    void longActorsReturnTheirOutlineCornersToo() {
        // a 12 m truck ahead and to the left: nearest point plus two silhouette corners
        RadarScan s = scan(exact(0, 0), sceneAtOrigin(box(1, 30, 6, 0, 12, 2.5, 3.8, 0, 0)));

        assertThat(s.detections()).hasSize(3);
        assertThat(s.detections().get(1).rcsDbsm()).isLessThan(s.detections().get(0).rcsDbsm());
        // a 4 m car gives one detection (cornerMinLengthM = 6)
        assertThat(scan(exact(0, 0), sceneAtOrigin(car(1, 30, 6))).detections()).hasSize(1);
    }

    @Test
    void actorsOutsideTheFieldOfViewOrRangeAreIgnored() {
        RadarScan s = scan(exact(0, 0), sceneAtOrigin(
                car(1, 0, 20),     // 90 deg left
                car(2, -20, 0),    // behind
                car(3, 200, 0),    // beyond 150 m
                car(4, 10, 20)));  // ~63 deg left of boresight at its nearest point

        assertThat(s.detections()).isEmpty();
    }

    @Test
    void falseAlarmCountMatchesTheRateOnAverage() {
        RadarModel model = new RadarModel(exact(4.0, 0), 11);
        int scans = 2000;
        long total = 0;
        for (int i = 0; i < scans; i++) {
            RadarScan s = model.scan(TestScenes.scene(i * 50_000_000L, Pose.planar(0, 0, 0), 0, List.of()));
            total += s.detections().size();
            for (RadarDetection d : s.detections()) {
                assertThat(d.rangeM()).isBetween(0.5, 150.0);
                assertThat(Math.abs(d.azimuthRad())).isLessThanOrEqualTo(Math.toRadians(60));
            }
        }
        // Poisson(4) mean over 2000 scans: standard error 0.045
        assertThat((double) total / scans).isCloseTo(4.0, within(0.2));
    }

    @Test
    void ghostsAppearAtAboutTwiceTheRangeAndWeaker() {
        RadarParams ghosty = new RadarParams("radar_test", 60, 0.5, 150, 0, 0, 0, 0, 3.0, 6.0, 0, 1.0, 10.0,
                0.5, Extrinsics.IDENTITY, 20);
        RadarScan s = scan(ghosty, egoMoving(10, 0, car(1, 20, 0)));

        assertThat(s.detections()).hasSize(2);
        RadarDetection real = s.detections().get(0);
        RadarDetection ghost = s.detections().get(1);
        assertThat(ghost.rangeM()).isCloseTo(2 * real.rangeM(), within(1e-9));
        assertThat(ghost.azimuthRad()).isCloseTo(real.azimuthRad(), within(Math.toRadians(2.5)));
        assertThat(ghost.rcsDbsm()).isCloseTo(real.rcsDbsm() - 10, within(1e-9));
        assertThat(ghost.rangeRateMps()).isCloseTo(2 * real.rangeRateMps(), within(1e-9));

        // with probability 0.3 about 30% of detections get a ghost
        RadarParams some = new RadarParams("radar_test", 60, 0.5, 150, 0, 0, 0, 0, 3.0, 6.0, 0, 0.3, 10.0,
                0.5, Extrinsics.IDENTITY, 20);
        RadarModel model = new RadarModel(some, 3);
        int ghosts = 0;
        for (int i = 0; i < 1000; i++) {
            ghosts += model.scan(TestScenes.scene(i, Pose.planar(0, 0, 0), 0, List.of(car(1, 20, 0))))
                    .detections().size() - 1;
        }
        assertThat(ghosts / 1000.0).isCloseTo(0.3, within(0.05));
    }

    @Test
    void noiseIsSeededAndHasTheConfiguredSpread() {
        Scene scene = sceneAtOrigin(car(1, 20, 0), car(2, 35, -4));
        RadarParams noisy = RadarParams.defaults();

        assertThat(new RadarModel(noisy, 9).scan(scene)).isEqualTo(new RadarModel(noisy, 9).scan(scene));
        assertThat(new RadarModel(noisy, 9).scan(scene)).isNotEqualTo(new RadarModel(noisy, 10).scan(scene));

        RadarParams rangeNoiseOnly = new RadarParams("radar_test", 60, 0.5, 150, 0.2, 0, 0, 0, 3.0, 6.0, 0, 0,
                10.0, 0, Extrinsics.IDENTITY, 20);
        RadarModel model = new RadarModel(rangeNoiseOnly, 4);
        double sum = 0;
        double sumSq = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            double error = model.scan(TestScenes.scene(i, Pose.planar(0, 0, 0), 0, List.of(car(1, 20, 0))))
                    .detections().get(0).rangeM() - 18.0;
            sum += error;
            sumSq += error * error;
        }
        assertThat(sum / n).isCloseTo(0.0, within(0.02));
        assertThat(Math.sqrt(sumSq / n)).isCloseTo(0.2, within(0.02));
    }
}
