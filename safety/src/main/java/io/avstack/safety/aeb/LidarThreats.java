package io.avstack.safety.aeb;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.geom.RigidTransform;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.LidarScan;
import io.avstack.safety.config.AebConfig;
import io.avstack.safety.config.VehicleLimits;
import org.joml.Matrix4dc;

/**
 * Collision threats straight from the lidar, for when the world model is stale: the points of a
 * scan are placed in the vehicle frame (the lidar's mounting), those above the ground and below
 * the roof inside the corridor the ego sweeps along its current steering arc are kept, and the
 * nearest obstacle is the nearest distance ahead at which at least {@code lidarMinPoints} points
 * lie within {@link #CLUSTER_DEPTH_M} (a single stray return is no obstacle). Lidar measures no
 * speed: the closing speed is the change of that distance between two scans at most
 * {@link #MAX_SCAN_GAP_S} apart, the smaller of the last two such changes (the nearest point jumps
 * when an object's corner enters the corridor, e.g. a car cutting in: one difference is then 2-3
 * times the true closing speed; a real approach shows in both), so a scan without a recent predecessor yields no threat, and like
 * radar a threat must repeat over consecutive scans ({@code radarConfirmScans}) before it brakes.
 * Owned by one thread; allocation-free.
 */
public final class LidarThreats {

    /** Track id a lidar threat is reported with (radar returns are -1). */
    public static final long LIDAR_THREAT_ID = -2;
    /** Points within this depth behind the nearest one count as the same obstacle, m. */
    static final double CLUSTER_DEPTH_M = 0.5;
    /** Closing speed is differenced only between scans at most this far apart, s. */
    static final double MAX_SCAN_GAP_S = 0.3;
    /** Obstacles are only looked for this far ahead of the front bumper, m. */
    static final double RANGE_M = 60.0;
    /** Bins of the nearest-distance histogram (RANGE_M / BIN_M). */
    static final double BIN_M = 0.25;

    private final Aeb aeb;
    private final AebConfig config;
    private final VehicleLimits vehicle;
    private final double m00, m01, m02, m10, m11, m12, m20, m21, m22, tx, ty, tz;
    private final int[] bins = new int[(int) Math.ceil(RANGE_M / BIN_M) + 1];
    /** The nearest point's distance in each bin (the bins count, this measures: no 0.25 m quantisation). */
    private final double[] binNearestM = new double[bins.length];
    private long lastStampNs = Long.MIN_VALUE;
    private double lastGapM = Double.NaN;
    private double lastClosingMps = Double.NaN;

    /** @param lidarMount the lidar's pose in the vehicle frame ({@code base_link}, origin on the ground) */
    public LidarThreats(Aeb aeb, AebConfig config, VehicleLimits vehicle, Extrinsics lidarMount) {
        this.aeb = aeb;
        this.config = config;
        this.vehicle = vehicle;
        Matrix4dc m = RigidTransform.of(lidarMount).matrix();
        m00 = m.m00();
        m01 = m.m10();
        m02 = m.m20();
        m10 = m.m01();
        m11 = m.m11();
        m12 = m.m21();
        m20 = m.m02();
        m21 = m.m12();
        m22 = m.m22();
        tx = m.m30();
        ty = m.m31();
        tz = m.m32();
    }

    /** The obstacle of {@code scan} ahead in the corridor into {@code out} (reset first). */
    public void find(LidarScan scan, EgoState ego, AebThreat out) {
        out.reset();
        double gap = nearestGapM(scan, ego);
        long stamp = scan.header().stampNs();
        double dtS = lastStampNs == Long.MIN_VALUE ? Double.POSITIVE_INFINITY : (stamp - lastStampNs) / 1e9;
        double previous = lastGapM;
        double previousClosing = lastClosingMps;
        lastStampNs = stamp;
        lastGapM = gap;
        lastClosingMps = Double.NaN;
        if (Double.isNaN(gap) || Double.isNaN(previous) || !(dtS > 0) || dtS > MAX_SCAN_GAP_S) {
            return;
        }
        lastClosingMps = (previous - gap) / dtS;
        double closing = Double.isNaN(previousClosing) ? lastClosingMps : Math.min(lastClosingMps, previousClosing);
        if (!(closing > 0)) {
            return;
        }
        double egoSpeed = Math.max(0.0, ego.speedMps());
        double decel = AebMath.requiredDecelMps2(gap - closing * config.latencyS(), egoSpeed, egoSpeed - closing, 0.0, 0.0);
        double ttc = AebMath.ttcS(gap, closing);
        out.offer(aeb.classify(ttc, closing, decel), gap, closing, ttc, decel, LIDAR_THREAT_ID, null);
        out.source = "lidar obstacle";
    }

    /** Forgets the last scan (the lidar is unusable): the next closing speed needs two fresh scans. */
    public void reset() {
        lastStampNs = Long.MIN_VALUE;
        lastGapM = Double.NaN;
        lastClosingMps = Double.NaN;
    }

    /** Distance from the front bumper to the nearest obstacle in the corridor, m; NaN if none within range. */
    double nearestGapM(LidarScan scan, EgoState ego) {
        java.util.Arrays.fill(bins, 0);
        java.util.Arrays.fill(binNearestM, Double.POSITIVE_INFINITY);
        double curvature = Math.tan(ego.steeringRad()) / vehicle.wheelbaseM();
        double halfCorridor = 0.5 * vehicle.widthM() + config.lateralMarginM();
        double front = vehicle.frontM();
        float[] p = scan.xyzi();
        for (int i = 0; i < p.length; i += LidarScan.FLOATS_PER_POINT) {
            double sx = p[i];
            double sy = p[i + 1];
            double sz = p[i + 2];
            double z = m20 * sx + m21 * sy + m22 * sz + tz;
            if (z < config.lidarMinHeightM() || z > config.lidarMaxHeightM()) {
                continue;
            }
            double x = m00 * sx + m01 * sy + m02 * sz + tx;
            double gap = x - front;
            if (gap < 0 || gap >= RANGE_M) {
                continue;
            }
            double y = m10 * sx + m11 * sy + m12 * sz + ty;
            if (Math.abs(y - 0.5 * curvature * x * x) > halfCorridor) {
                continue;
            }
            int bin = (int) (gap / BIN_M);
            bins[bin]++;
            binNearestM[bin] = Math.min(binNearestM[bin], gap);
        }
        int window = (int) Math.round(CLUSTER_DEPTH_M / BIN_M);
        int sum = 0;
        for (int b = 0; b < bins.length; b++) {
            sum += bins[b];
            if (b >= window) {
                sum -= bins[b - window];
            }
            if (sum >= config.lidarMinPoints()) {
                // the obstacle's near face: the first bin of the window that holds points
                for (int f = Math.max(0, b - window + 1); f <= b; f++) {
                    if (bins[f] > 0) {
                        return binNearestM[f];
                    }
                }
            }
        }
        return Double.NaN;
    }
}
