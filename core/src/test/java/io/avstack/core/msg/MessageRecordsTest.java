package io.avstack.core.msg;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.SafetyStatus.DegradedMode;
import io.avstack.core.msg.SafetyStatus.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the records beyond validation: content equality, compact toString, accessors. */
class MessageRecordsTest {

    private static final Header H = Header.of("lidar_top", 3, 1_000L);

    @Test
    void arraysCompareByContent() {
        LidarScan a = new LidarScan(H, new float[] {1, 2, 3, 0.5f}, new int[] {7});
        LidarScan b = new LidarScan(H, new float[] {1, 2, 3, 0.5f}, new int[] {7});
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new LidarScan(H, new float[] {1, 2, 3, 0.6f}, new int[] {7}));
        assertThat(a).isNotEqualTo(new LidarScan(H, new float[] {1, 2, 3, 0.5f}, new int[] {8}));

        CameraFrame f = new CameraFrame(H, 2, 1, ImageEncoding.MONO8, "cam", new byte[] {1, 2});
        assertThat(f).isEqualTo(new CameraFrame(H, 2, 1, ImageEncoding.MONO8, "cam", new byte[] {1, 2}))
                .hasSameHashCodeAs(new CameraFrame(H, 2, 1, ImageEncoding.MONO8, "cam", new byte[] {1, 2}))
                .isNotEqualTo(new CameraFrame(H, 2, 1, ImageEncoding.MONO8, "cam", new byte[] {1, 3}))
                .isNotEqualTo(new CameraFrame(H, 1, 2, ImageEncoding.MONO8, "cam", new byte[] {1, 2}));
    }

    @Test
    void toStringSummarisesBulkData() {
        CameraFrame frame = new CameraFrame(H, 640, 480, ImageEncoding.RGB8, "cam_front", new byte[921_600]);
        assertThat(frame.toString()).contains("640x480", "RGB8", "921600 bytes", "cam_front").hasSizeLessThan(200);
        LidarScan scan = new LidarScan(H, new float[4 * 1000], new int[1000]);
        assertThat(scan.toString()).contains("points=1000").hasSizeLessThan(200);
    }

    @Test
    void arraysAreNotCopiedSoTheBusStaysZeroCopy() {
        byte[] pixels = new byte[6];
        float[] xyzi = new float[4];
        assertThat(new CameraFrame(H, 2, 1, ImageEncoding.BGR8, "", pixels).data()).isSameAs(pixels);
        assertThat(new LidarScan(H, xyzi, new int[1]).xyzi()).isSameAs(xyzi);
    }

    @Test
    void lidarPointAccessorsReadThePackedLayout() {
        LidarScan scan = new LidarScan(H, new float[] {1, 2, 3, 0.1f, 4, 5, 6, 0.9f}, new int[] {0, 1});
        assertThat(scan.pointCount()).isEqualTo(2);
        assertThat(new float[] {scan.x(1), scan.y(1), scan.z(1), scan.intensity(1)})
                .containsExactly(4, 5, 6, 0.9f);
    }

    @Test
    void trajectoryPointTimesAreRelativeToTheHeaderStamp() {
        Trajectory t = new Trajectory(Header.of("map", 0, 5_000_000_000L), List.of(
                new TrajectoryPoint(0, 0, 0, 0, 10, 0, 0), new TrajectoryPoint(100_000_000L, 1, 0, 0, 10, 0, 0)));
        assertThat(t.stampNsOf(1)).isEqualTo(5_100_000_000L);
    }

    @Test
    void smallHelpers() {
        assertThat(ImageEncoding.RGB8.channels()).isEqualTo(3);
        assertThat(ImageEncoding.MONO8.channels()).isEqualTo(1);
        assertThat(ImageEncoding.JPEG.isRaw()).isFalse();
        assertThat(new PlanarVelocity(3, 4).speedMps()).isEqualTo(5);
        assertThat(new Detection2D(ObjectClass.CAR, 1, 10, 20, 40, 80).heightPx()).isEqualTo(60);
        assertThat(Pose.planar(1, 2, 0.5)).isEqualTo(new Pose(1, 2, 0, 0, 0, 0.5));
        TrackedObject t = new TrackedObject(1, ObjectClass.CAR, 0, 0, 0, 0, PlanarVelocity.ZERO, 0, 0,
                new Dimensions(4, 2, 1.5), 0, 0, 0, 0, 1, 0, TrackedObject.SENSOR_LIDAR | TrackedObject.SENSOR_RADAR);
        assertThat(t.seenBy(TrackedObject.SENSOR_RADAR)).isTrue();
        assertThat(t.seenBy(TrackedObject.SENSOR_CAMERA)).isFalse();
        assertThat(new SafetyStatus(H, Verdict.OVERRIDE_MRM, "planner timeout", DegradedMode.PLANNER_TIMEOUT).verdict())
                .isEqualTo(Verdict.OVERRIDE_MRM);
    }

    @Test
    void messageIsClosedToTheRecordsOfThisPackage() {
        assertThat(Message.class.isSealed()).isTrue();
        for (Class<?> c : Message.class.getPermittedSubclasses()) {
            assertThat(c.isRecord()).as(c.getName()).isTrue();
            assertThat(c.getPackage()).isEqualTo(Message.class.getPackage());
        }
    }
}
