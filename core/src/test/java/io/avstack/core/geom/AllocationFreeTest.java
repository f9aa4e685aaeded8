package io.avstack.core.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.avstack.core.config.ConfigLoader;
import java.lang.management.ManagementFactory;
import org.joml.Vector2d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * The per-tick geometry calls allocate nothing. Asserts bytes allocated by this thread (not time):
 * a single boxed double or temporary vector per call would be megabytes over the loop.
 */
class AllocationFreeTest {

    private static final int WARM_UP_CALLS = 200_000;
    private static final int MEASURED_CALLS = 100_000;
    private static final long BOUND_BYTES = 1024;

    private final TransformTree tree =
            TransformTree.of(ConfigLoader.loadResource("config/calibration.yaml", Calibration.class));
    private final RigidTransform vehicleToWorld = new RigidTransform();
    private final RigidTransform scratch = new RigidTransform();
    private final Vector3d point = new Vector3d();
    private final Vector3d optical = new Vector3d();
    private final Vector2d pixel = new Vector2d();
    private final float[] cloud = {1, 2, 0.5f, 10, -3, 1, 25, 4, -0.2f};
    private final float[] cloudOut = new float[9];

    @Test
    void transformProjectAndBackProjectAllocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "JVM cannot count allocated bytes");
        threads.getCurrentThreadAllocatedBytes(); // first call may initialise the counter

        double checksum = run(WARM_UP_CALLS);
        long before = threads.getCurrentThreadAllocatedBytes();
        checksum += run(MEASURED_CALLS);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(checksum).isFinite(); // keeps the work observable so it cannot be optimised away
        assertThat(allocated).as("bytes allocated by %d tick(s) of geometry calls", MEASURED_CALLS)
                .isLessThan(BOUND_BYTES);
    }

    private double run(int calls) {
        double sum = 0;
        PinholeCamera camera = tree.camera("front_camera");
        for (int i = 0; i < calls; i++) {
            double t = i * 1e-4;
            vehicleToWorld.setPose(t, 2 * t, 0, 0, 0.01, t);
            tree.sensorToVehicle("roof_lidar").transformPoint(10 + t, 1, 0, point);
            tree.sensorToWorld("roof_lidar", vehicleToWorld, scratch).transformPoint(point, point);
            scratch.invert(scratch).transformDirection(point, point);
            tree.vehicleToOptical("front_camera").transformPoint(20 + t, 1, 1.2, optical);
            if (camera.project(optical, pixel)) {
                sum += pixel.x + pixel.y;
            }
            camera.backProject(pixel.x, pixel.y, 15, optical);
            tree.sensorToVehicle("front_radar").transformPoints(cloud, 0, cloudOut, 0, 3, 3);
            sum += point.x + optical.z + cloudOut[4];
        }
        return sum;
    }
}
