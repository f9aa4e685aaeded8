package io.avstack.sim.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.geom.RigidTransform;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Pose;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.joml.Matrix4dc;
import org.junit.jupiter.api.Test;

/**
 * The lidar's azimuth and elevation culling are optimisations only: a brute-force caster that tests
 * every ray against the ground and every box must give the same points.
 */
class LidarCullingTest {

    private static LidarParams params(Extrinsics mount) {
        return new LidarParams("lidar_test", 16, -25, 15, null, 1.0, 0.5, 80, 0, 0, IntensityModel.LAMBERTIAN,
                0.2, mount, 10);
    }

    /** Range of every ray (NaN for no return), in column-major order. */
    private static double[] bruteForce(LidarParams p, Scene scene) {
        RigidTransform sensorToWorld = RigidTransform.ofPose(scene.egoPose().xM(), scene.egoPose().yM(), 0, 0, 0,
                scene.egoPose().yawRad()).compose(RigidTransform.of(p.mount()), new RigidTransform());
        Matrix4dc w = sensorToWorld.matrix();
        List<SensorBox> boxes = new ArrayList<>();
        for (SceneObject o : scene.objects()) {
            SensorBox b = new SensorBox();
            b.set(o, w);
            boxes.add(b);
        }
        int columns = p.columns();
        double[] ranges = new double[columns * p.beams()];
        for (int c = 0; c < columns; c++) {
            double az = 2 * Math.PI * c / columns;
            for (int r = 0; r < p.beams(); r++) {
                double el = Math.toRadians(p.elevationDeg(r));
                double dx = Math.cos(el) * Math.cos(az);
                double dy = Math.cos(el) * Math.sin(az);
                double dz = Math.sin(el);
                double best = p.maxRangeM();
                double worldDz = w.m02() * dx + w.m12() * dy + w.m22() * dz;
                if (worldDz < 0) {
                    best = Math.min(best, -w.m32() / worldDz);
                }
                for (SensorBox b : boxes) {
                    best = Math.min(best, b.rayEntry(dx, dy, dz));
                }
                ranges[c * p.beams() + r] = best >= p.maxRangeM() || best < p.minRangeM() ? Double.NaN : best;
            }
        }
        return ranges;
    }

    private static void assertSameAsBruteForce(LidarParams p, Scene scene) {
        LidarScan s = new LidarModel(p, 1).scan(scene);
        double[] expected = bruteForce(p, scene);
        int point = 0;
        int columns = p.columns();
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < p.beams(); r++) {
                double want = expected[c * p.beams() + r];
                if (Double.isNaN(want)) {
                    continue;
                }
                assertThat(point).as("column %d ring %d missing", c, r).isLessThan(s.pointCount());
                assertThat(s.ring()[point]).as("column %d", c).isEqualTo(r);
                double got = Math.sqrt(s.x(point) * s.x(point) + s.y(point) * s.y(point) + s.z(point) * s.z(point));
                assertThat(got).as("column %d ring %d", c, r).isCloseTo(want, within(1e-3));
                point++;
            }
        }
        assertThat(s.pointCount()).isEqualTo(point);
    }

    private static Scene randomScene(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<SceneObject> objects = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double x = rnd.nextDouble(-40, 40);
            double y = rnd.nextDouble(-40, 40);
            if (Math.hypot(x, y) < 4) {
                continue;
            }
            objects.add(TestScenes.box(i, x, y, rnd.nextDouble(-Math.PI, Math.PI), rnd.nextDouble(0.5, 14),
                    rnd.nextDouble(0.5, 3), rnd.nextDouble(0.3, 4.5), 0, 0));
        }
        return TestScenes.scene(0, Pose.planar(rnd.nextDouble(-5, 5), rnd.nextDouble(-5, 5),
                rnd.nextDouble(-Math.PI, Math.PI)), 0, objects);
    }

    @Test
    void levelSensorMatchesBruteForce() {
        Extrinsics level = new Extrinsics(1.2, 0, 1.9, 0, 0, 0);
        assertSameAsBruteForce(params(level), LidarBench.tenActorScene());
        for (long seed = 0; seed < 20; seed++) {
            assertSameAsBruteForce(params(level), randomScene(seed));
        }
    }

    @Test
    void tiltedAndYawedSensorMatchesBruteForce() {
        Extrinsics tilted = new Extrinsics(0.5, 0.3, 1.6, 0.05, 0.1, 2.5);
        for (long seed = 0; seed < 10; seed++) {
            assertSameAsBruteForce(params(tilted), randomScene(seed));
        }
    }
}
