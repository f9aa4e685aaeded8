package io.avstack.vehicle.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.map.RoadFiles;
import io.avstack.core.map.RoadMap;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.Pose;
import io.avstack.drivers.lidar.Vlp16;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Vlp16SimLidarTest {

    private static final RoadMap ROAD = RoadFiles.load(Path.of("../scenarios/roads/test-track.yaml"));
    private static final double MOUNT_HEIGHT_M = 2.0;
    private static final Extrinsics LEVEL = new Extrinsics(0, 0, MOUNT_HEIGHT_M, 0, 0, 0);
    /** Laser id 12 looks 3 deg down: the ground 38.2 m away, a 1.5 m tall box at 18 m. */
    private static final int DOWN_3_DEG = 12;

    private static Scene scene(SceneObject... objects) {
        return new Scene(0, ROAD, Pose.planar(0, 0, 0), 0, new Dimensions(4.6, 1.9, 1.5), 1.0, List.of(objects), Map.of());
    }

    /** A 4 x 2 x 1.5 m car centred at (x, y), facing +x. */
    private static SceneObject car(double x, double y) {
        return new SceneObject(1, ObjectClass.CAR, x, y, 0, new Dimensions(4, 2, 1.5), 0, 0, 0xff0000, 0.6, 10.0);
    }

    private static int slot(int firing, int laser) {
        return firing * Vlp16.LASERS + laser;
    }

    @Test
    void eachReturnLiesOnItsFiringsAzimuthPlusItsLasersDelayAtItsLasersElevation() {
        Vlp16SimLidar.Sweep sweep = new Vlp16SimLidar("lidar_top", LEVEL, 1, 0, 0).scan(scene(car(20, 0)));
        LidarScan scan = sweep.scan();
        int p = 0;
        for (int s = 0; s < sweep.distanceRaw().length; s++) {
            if (sweep.distanceRaw()[s] == 0) {
                continue;
            }
            int firing = s / Vlp16.LASERS;
            int laser = s % Vlp16.LASERS;
            double clockwiseDeg = 0.2 * firing + Vlp16SimLidar.delayDeg(laser);
            double x = scan.x(p);
            double y = scan.y(p);
            double z = scan.z(p);
            double horizontal = Math.hypot(x, y);
            double gapDeg = Math.toDegrees(Math.IEEEremainder(Math.atan2(y, x) + Math.toRadians(clockwiseDeg), 2 * Math.PI));
            assertThat(gapDeg).as("azimuth of firing %d laser %d", firing, laser).isCloseTo(0, within(1e-4));
            assertThat(Math.toDegrees(Math.atan2(z, horizontal))).isCloseTo(Vlp16.elevationDeg(laser), within(1e-4));
            assertThat(scan.ring()[p]).isEqualTo(Vlp16.ring(laser));
            assertThat((double) sweep.distanceRaw()[s]).isCloseTo(Math.sqrt(x * x + y * y + z * z) / 0.002, within(0.5 + 1e-3));
            p++;
        }
        assertThat(scan.pointCount()).isEqualTo(p);
        // the car's face 18 m ahead, seen by firing 0 of the laser 3 deg down (delayed by 0.1 deg)
        double toFaceM = 18 / (Math.cos(Math.toRadians(3)) * Math.cos(Math.toRadians(Vlp16SimLidar.delayDeg(DOWN_3_DEG))));
        assertThat(sweep.distanceRaw()[slot(0, DOWN_3_DEG)]).isEqualTo((int) Math.round(toFaceM / 0.002));
        assertThat(Vlp16SimLidar.delayDeg(DOWN_3_DEG)).isCloseTo(0.1, within(1e-12));
        assertThat(Vlp16SimLidar.delayDeg(15)).isCloseTo(0.125, within(1e-12));
    }

    @Test
    void azimuthRunsClockwiseFromStraightAhead() {
        // a car on the left (sensor y > 0) is at 270 deg clockwise: firing 1350; on the right (90 deg): firing 450
        Vlp16SimLidar.Sweep sweep = new Vlp16SimLidar("lidar_top", LEVEL, 1, 0, 0).scan(scene(car(0, 18)));
        double groundM = MOUNT_HEIGHT_M / Math.sin(Math.toRadians(3));
        assertThat(sweep.distanceRaw()[slot(1350, DOWN_3_DEG)] * 0.002).isCloseTo(17.0 / Math.cos(Math.toRadians(3)), within(0.01));
        assertThat(sweep.distanceRaw()[slot(450, DOWN_3_DEG)] * 0.002).isCloseTo(groundM, within(0.01));
        // the laser 1 deg down would meet the ground beyond the VLP-16's 100 m: no return
        assertThat(sweep.distanceRaw()[slot(900, 14)]).isZero();
        assertThat(sweep.scan().header().frameId()).isEqualTo("lidar_top");
    }

    @Test
    void noiseAndDropoutAreDrawnFromTheRunSeed() {
        Scene scene = scene(car(20, 0));
        Vlp16SimLidar.Sweep a = new Vlp16SimLidar("lidar_top", LEVEL, 7).scan(scene);
        Vlp16SimLidar.Sweep b = new Vlp16SimLidar("lidar_top", LEVEL, 7).scan(scene);
        Vlp16SimLidar.Sweep c = new Vlp16SimLidar("lidar_top", LEVEL, 8).scan(scene);
        assertThat(a.distanceRaw()).isEqualTo(b.distanceRaw());
        assertThat(a.scan()).isEqualTo(b.scan());
        assertThat(Arrays.equals(a.distanceRaw(), c.distanceRaw())).isFalse();
    }

    @Test
    void aTiltedMountIsRejected() {
        assertThatThrownBy(() -> new Vlp16SimLidar("lidar_top", new Extrinsics(0, 0, 2, 0, 0.1, 0), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
    }
}
