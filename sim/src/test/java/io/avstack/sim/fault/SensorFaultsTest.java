package io.avstack.sim.fault;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.avstack.sim.fault.TestMessages.CAMERA;
import static io.avstack.sim.fault.TestMessages.EGO;
import static io.avstack.sim.fault.TestMessages.LIDAR;
import static io.avstack.sim.fault.TestMessages.RADAR;
import static io.avstack.sim.fault.TestMessages.camera;
import static io.avstack.sim.fault.TestMessages.injector;
import static io.avstack.sim.fault.TestMessages.lidar;
import static io.avstack.sim.fault.TestMessages.radar;
import static io.avstack.sim.fault.TestMessages.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Content faults: noise, ghosts, blackout, glare, range_loss. */
class SensorFaultsTest {

    private static final BaseNoise BASE = BaseNoise.DEFAULTS;
    private static final double FACTOR = 3.0;
    /** Spread estimates from thousands of samples land within a few percent. */
    private static final double SPREAD_TOLERANCE = 0.06;

    @Test
    void lidarNoiseWidensTheRangeSpreadByTheFactorAlongTheRay() {
        SplittableRandom truth = new SplittableRandom(5);
        double[] ranges = new double[20_000];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = 20.0 + truth.nextGaussian() * BASE.lidarRangeM();
        }
        LidarScan in = lidar(0, s(1), ranges);
        float[] before = in.xyzi().clone();
        LidarScan out = (LidarScan) single(injector(1, "noise:lidar_top@0-10,factor=3"), LIDAR, in, s(1));

        assertThat(in.xyzi()).isEqualTo(before);
        double[] outRanges = new double[ranges.length];
        for (int i = 0; i < ranges.length; i++) {
            outRanges[i] = Math.sqrt(out.x(i) * out.x(i) + out.y(i) * out.y(i) + out.z(i) * out.z(i));
            // along the ray: the direction does not change
            assertThat(Math.atan2(out.y(i), out.x(i))).isCloseTo(Math.atan2(in.y(i), in.x(i)), within(1e-5));
        }
        assertThat(std(outRanges) / std(ranges)).isCloseTo(FACTOR, within(FACTOR * SPREAD_TOLERANCE));
        assertThat(out.ring()).isEqualTo(in.ring());
    }

    @Test
    void radarNoiseWidensRangeAzimuthAndRangeRate() {
        SplittableRandom truth = new SplittableRandom(6);
        List<RadarDetection> dets = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            dets.add(new RadarDetection(50 + truth.nextGaussian() * BASE.radarRangeM(),
                    0.1 + truth.nextGaussian() * BASE.radarAzimuthRad(), 0.0,
                    -5 + truth.nextGaussian() * BASE.radarRangeRateMps(), 10.0));
        }
        RadarScan in = new RadarScan(Header.of("radar_front", 0, s(1)), dets);
        RadarScan out = (RadarScan) single(injector(1, "noise:radar_front@0-10,factor=3"), RADAR, in, s(1));

        assertThat(spreadRatio(in, out, RadarDetection::rangeM)).isCloseTo(FACTOR, within(FACTOR * SPREAD_TOLERANCE));
        assertThat(spreadRatio(in, out, RadarDetection::azimuthRad)).isCloseTo(FACTOR, within(FACTOR * SPREAD_TOLERANCE));
        assertThat(spreadRatio(in, out, RadarDetection::rangeRateMps)).isCloseTo(FACTOR, within(FACTOR * SPREAD_TOLERANCE));
    }

    @Test
    void egoNoiseWidensSpeedYawRateAndPose() {
        SplittableRandom truth = new SplittableRandom(7);
        FaultInjector inj = injector(1, "noise:ego_state@0-1000,factor=3");
        int n = 10_000;
        double[][] in = new double[4][n];
        double[][] out = new double[4][n];
        for (int i = 0; i < n; i++) {
            EgoState e = new EgoState(Header.of("map", i, s(i * 0.02)),
                    Pose.planar(10 + truth.nextGaussian() * BASE.egoPositionM(), 20, 0.5 + truth.nextGaussian() * BASE.egoYawRad()),
                    12 + truth.nextGaussian() * BASE.egoSpeedMps(), 0.1 + truth.nextGaussian() * BASE.egoYawRateRadps(), 0, 0);
            EgoState f = (EgoState) single(inj, EGO, e, e.header().stampNs());
            fill(in, i, e);
            fill(out, i, f);
        }
        for (int k = 0; k < 4; k++) {
            assertThat(std(out[k]) / std(in[k])).as("channel %d", k).isCloseTo(FACTOR, within(FACTOR * SPREAD_TOLERANCE));
        }
    }

    @Test
    void cameraNoiseWidensThePixelSpread() {
        SplittableRandom truth = new SplittableRandom(8);
        int w = 200;
        int h = 100;
        byte[] data = new byte[w * h * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) Math.round(128 + truth.nextGaussian() * BASE.cameraPixelLevels());
        }
        CameraFrame in = new CameraFrame(Header.of("camera_front", 0, 0), w, h, ImageEncoding.RGB8, "", data);
        CameraFrame out = (CameraFrame) single(injector(1, "noise:camera_front@0-1,factor=3"), CAMERA, in, 0);
        assertThat(std(levels(out.data())) / std(levels(in.data()))).isCloseTo(FACTOR, within(FACTOR * SPREAD_TOLERANCE));
        assertThat(in.data()).isEqualTo(data);
    }

    @Test
    void noiseIsIdenticalForTheSameSeedAndDiffersForAnother() {
        LidarScan in = lidar(0, 0, 10, 20, 30, 40);
        LidarScan a = (LidarScan) single(injector(9, "noise:lidar_top@0-1,factor=5"), LIDAR, in, 0);
        LidarScan b = (LidarScan) single(injector(9, "noise:lidar_top@0-1,factor=5"), LIDAR, in, 0);
        LidarScan c = (LidarScan) single(injector(10, "noise:lidar_top@0-1,factor=5"), LIDAR, in, 0);
        assertThat(a.xyzi()).isEqualTo(b.xyzi()).isNotEqualTo(c.xyzi());
    }

    @Test
    void noiseOnlyInsideItsWindow() {
        LidarScan in = lidar(0, 0, 10, 20);
        FaultInjector inj = injector(1, "noise:lidar_top@5-8,factor=3");
        assertThat(inj.apply(LIDAR, in, s(4.99))).containsExactly(in);
        assertThat(((LidarScan) single(inj, LIDAR, in, s(5))).xyzi()).isNotEqualTo(in.xyzi());
        assertThat(inj.apply(LIDAR, in, s(8))).containsExactly(in);
    }

    @Test
    void ghostsAddAboutRatePerScanInsideTheFieldOfView() {
        FaultInjector inj = injector(3, "ghosts:radar_front@0-20,rate=5,fov_deg=90,max_m=100");
        int scans = 2000;
        long ghosts = 0;
        for (int i = 0; i < scans; i++) {
            RadarScan in = radar(i, s(i * 0.005), 3);
            RadarScan out = (RadarScan) single(inj, RADAR, in, s(i * 0.005));
            assertThat(out.detections().subList(0, 3)).isEqualTo(in.detections());
            for (RadarDetection g : out.detections().subList(3, out.detections().size())) {
                assertThat(g.rangeM()).isBetween(1.0, 100.0);
                assertThat(Math.abs(g.azimuthRad())).isLessThanOrEqualTo(Math.toRadians(45));
            }
            ghosts += out.detections().size() - 3;
        }
        // Poisson(5) per scan: mean over 2000 scans has sd 0.05
        assertThat(ghosts / (double) scans).isCloseTo(5.0, within(0.25));
        assertThat(inj.counts().get(0).items()).isEqualTo(ghosts);
        assertThat(inj.apply(RADAR, radar(0, 0, 3), s(20))).hasSize(1).allMatch(m -> ((RadarScan) m).detections().size() == 3);
    }

    @Test
    void blackoutIsAllZeroKeepsValidByDefaultAndNeverTouchesTheInput() {
        CameraFrame in = camera(4, s(6.5), 8, 6, 1);
        byte[] before = in.data().clone();
        CameraFrame out = (CameraFrame) single(injector(1, "blackout:camera_front@6-7"), CAMERA, in, s(6.5));
        assertThat(out.data()).hasSize(before.length).containsOnly((byte) 0);
        assertThat(out.header()).isEqualTo(in.header());
        assertThat(in.data()).isEqualTo(before);
        assertThat(injector(1, "blackout:camera_front@6-7").apply(CAMERA, in, s(7))).containsExactly(in);
    }

    @Test
    void reportedBlackoutClearsTheValidFlag() {
        CameraFrame in = camera(4, s(6.5), 8, 6, 1);
        CameraFrame out = (CameraFrame) single(injector(1, "blackout:camera_front@6-7,reported=1"), CAMERA, in, s(6.5));
        assertThat(out.header().valid()).isFalse();
        assertThat(out.header().withValid(true)).isEqualTo(in.header());
    }

    @Test
    void glareSaturatesItsCoreBrightensTheRegionAndLeavesTheRestAlone() {
        int w = 100;
        int h = 80;
        CameraFrame in = camera(0, s(7), w, h, 2);
        byte[] before = in.data().clone();
        CameraFrame out = (CameraFrame) single(
                injector(1, "glare:camera_front@6-9,strength=1,x=0.5,y=0.5,radius=0.2"), CAMERA, in, s(7));
        // core: radius 20 px, saturated within 10 px of (50, 40)
        assertThat(pixel(out, 50, 40, w)).containsOnly(255);
        assertThat(pixel(out, 55, 43, w)).containsOnly(255);
        // bloom: brighter than before between core and rim
        assertThat(pixel(out, 50 + 15, 40, w)[0]).isGreaterThan(pixel(in, 50 + 15, 40, w)[0]);
        // outside: unchanged
        assertThat(pixel(out, 5, 5, w)).isEqualTo(pixel(in, 5, 5, w));
        assertThat(pixel(out, 95, 75, w)).isEqualTo(pixel(in, 95, 75, w));
        assertThat(mean(out.data())).isGreaterThan(mean(in.data()));
        assertThat(in.data()).isEqualTo(before);
    }

    @Test
    void weakerGlareBrightensLess() {
        CameraFrame in = camera(0, 0, 100, 80, 2);
        CameraFrame weak = (CameraFrame) single(injector(1, "glare:camera_front@0-1,strength=0.3"), CAMERA, in, 0);
        CameraFrame strong = (CameraFrame) single(injector(1, "glare:camera_front@0-1,strength=0.8"), CAMERA, in, 0);
        assertThat(mean(weak.data())).isGreaterThan(mean(in.data())).isLessThan(mean(strong.data()));
    }

    @Test
    void compressedFramesPassThroughAsUnsupported() {
        CameraFrame jpeg = new CameraFrame(Header.of("camera_front", 0, 0), 4, 3, ImageEncoding.JPEG, "", new byte[] {1, 2});
        FaultInjector inj = injector(1, "blackout:camera_front@0-1");
        assertThat(inj.apply(CAMERA, jpeg, 0)).containsExactly(jpeg);
        assertThat(inj.counts().get(0).unsupported()).isEqualTo(1);
    }

    @Test
    void rangeLossRemovesFarPointsOnly() {
        LidarScan in = lidar(3, s(5), 2, 30, 14.9, 15.1, 8, 100);
        float[] before = in.xyzi().clone();
        LidarScan out = (LidarScan) single(injector(1, "range_loss:lidar_top@4-12,max_m=15"), LIDAR, in, s(5));
        assertThat(out.pointCount()).isEqualTo(3);
        int[] keptIdx = {0, 2, 4};
        for (int k = 0; k < keptIdx.length; k++) {
            int i = keptIdx[k];
            assertThat(new float[] {out.x(k), out.y(k), out.z(k), out.intensity(k)})
                    .containsExactly(in.x(i), in.y(i), in.z(i), in.intensity(i));
            assertThat(out.ring()[k]).isEqualTo(in.ring()[i]);
        }
        assertThat(out.header()).isEqualTo(in.header());
        assertThat(in.xyzi()).isEqualTo(before);
        assertThat(injector(1, "range_loss:lidar_top@4-12,max_m=15").apply(LIDAR, in, s(12))).containsExactly(in);
    }

    @Test
    void faultedOutputsKeepTheValidFlagSoTheStackMustDetectFaultsItself() {
        FaultInjector inj = injector(1, "noise:camera_front@0-1,factor=2", "glare:camera_front@0-1,strength=1",
                "blackout:camera_front@0-1", "noise:lidar_top@0-1,factor=2", "range_loss:lidar_top@0-1,max_m=5",
                "ghosts:radar_front@0-1,rate=50", "noise:radar_front@0-1,factor=2", "noise:ego_state@0-1,factor=2");
        assertThat(single(inj, CAMERA, camera(0, 0, 8, 6, 0), 0).header().valid()).isTrue();
        assertThat(single(inj, LIDAR, lidar(0, 0, 3, 10), 0).header().valid()).isTrue();
        assertThat(single(inj, RADAR, radar(0, 0, 2), 0).header().valid()).isTrue();
        assertThat(single(inj, EGO, TestMessages.ego(0, 0), 0).header().valid()).isTrue();
        assertThat(inj.counts()).allMatch(c -> c.messages() == 1 && c.unsupported() == 0);
    }

    // ---- helpers

    private static Message single(FaultInjector inj, String topic, Message m, long nowNs) {
        List<Message> out = inj.apply(topic, m, nowNs);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private interface Field {
        double get(RadarDetection d);
    }

    private static double spreadRatio(RadarScan in, RadarScan out, Field f) {
        double[] a = new double[in.detections().size()];
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = f.get(in.detections().get(i));
            b[i] = f.get(out.detections().get(i));
        }
        return std(b) / std(a);
    }

    private static void fill(double[][] dst, int i, EgoState e) {
        dst[0][i] = e.speedMps();
        dst[1][i] = e.yawRateRadps();
        dst[2][i] = e.pose().xM();
        dst[3][i] = e.pose().yawRad();
    }

    private static double[] levels(byte[] data) {
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[i] & 0xFF;
        }
        return out;
    }

    private static double mean(byte[] data) {
        double sum = 0;
        for (byte b : data) {
            sum += b & 0xFF;
        }
        return sum / data.length;
    }

    private static int[] pixel(CameraFrame f, int x, int y, int w) {
        int b = (y * w + x) * 3;
        return new int[] {f.data()[b] & 0xFF, f.data()[b + 1] & 0xFF, f.data()[b + 2] & 0xFF};
    }

    static double std(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
