package io.avstack.sim.fault;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.Trajectory;

import java.util.ArrayList;
import java.util.List;

/** Hand-made messages and topic names for the fault tests. */
final class TestMessages {

    static final String CAMERA = TopicNames.topic("ego", StandardTopics.CAMERA_FRONT);
    static final String LIDAR = TopicNames.topic("ego", StandardTopics.LIDAR_TOP);
    static final String RADAR = TopicNames.topic("ego", StandardTopics.RADAR_FRONT);
    static final String EGO = TopicNames.topic("ego", StandardTopics.EGO_STATE);
    static final String TRAJECTORY = TopicNames.topic("ego", StandardTopics.TRAJECTORY);
    static final long NS_PER_S = 1_000_000_000L;

    private TestMessages() {
    }

    static long s(double seconds) {
        return Math.round(seconds * NS_PER_S);
    }

    /** A mid-grey RGB8 frame with a per-pixel pattern so repeats are recognisable by {@code seed}. */
    static CameraFrame camera(long seq, long stampNs, int w, int h, int seed) {
        byte[] data = new byte[w * h * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (100 + (i * 7 + seed * 13) % 41);
        }
        return new CameraFrame(Header.of("camera_front", seq, stampNs), w, h, ImageEncoding.RGB8, "camera_front", data);
    }

    /** Points along the x axis at the given ranges, ring = index. */
    static LidarScan lidar(long seq, long stampNs, double... rangesM) {
        float[] xyzi = new float[rangesM.length * 4];
        int[] ring = new int[rangesM.length];
        for (int i = 0; i < rangesM.length; i++) {
            // spread the directions so noise along the ray is tested off-axis too
            double az = 0.01 * i;
            xyzi[4 * i] = (float) (rangesM[i] * Math.cos(az));
            xyzi[4 * i + 1] = (float) (rangesM[i] * Math.sin(az));
            xyzi[4 * i + 2] = 0.0f;
            xyzi[4 * i + 3] = 0.5f;
            ring[i] = i % 16;
        }
        return new LidarScan(Header.of("lidar_top", seq, stampNs), xyzi, ring);
    }

    static RadarScan radar(long seq, long stampNs, int detections) {
        List<RadarDetection> list = new ArrayList<>();
        for (int i = 0; i < detections; i++) {
            list.add(new RadarDetection(50.0, 0.1, 0.0, -5.0, 10.0));
        }
        return new RadarScan(Header.of("radar_front", seq, stampNs), list);
    }

    static EgoState ego(long seq, long stampNs) {
        return new EgoState(Header.of("map", seq, stampNs), Pose.planar(10.0, 20.0, 0.5), 12.0, 0.1, 0.0, 0.0);
    }

    static Trajectory trajectory(long seq, long stampNs) {
        return new Trajectory(Header.of("map", seq, stampNs), List.of());
    }

    static FaultInjector injector(long seed, String... specs) {
        return new FaultInjector(FaultSpecs.parseAll(List.of(specs)), seed);
    }
}
