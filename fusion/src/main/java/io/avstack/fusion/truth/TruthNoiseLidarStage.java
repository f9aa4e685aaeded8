package io.avstack.fusion.truth;

import io.avstack.core.geom.RigidTransform;
import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.detect.LidarStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.joml.Vector3d;

/**
 * Diagnostic lidar "detector": reports the ground-truth box of every object that has at least
 * {@code minPoints} points of the actual scan inside it (so occlusion, range, dropout and
 * range-loss faults act as they would on a real detector), in the lidar's frame, with Gaussian
 * noise on centre, heading and size, random misses and Poisson false alarms
 * ({@link TruthNoiseParams.Lidar}). Deterministic: seeded per scan.
 */
public final class TruthNoiseLidarStage implements LidarStage {

    /** Points within this of a box (m) count as inside: boxes are exact, points carry noise. */
    static final double BOX_MARGIN_M = 0.2;
    /** Points this close above the ground are ground returns, m. */
    static final double GROUND_CLEARANCE_M = 0.15;

    private final TruthNoiseParams.Lidar params;
    private final String lidarId;
    private final GroundTruthHistory truth;
    private final long seed;
    private final RigidTransform vehicleToSensor = new RigidTransform();
    private final double sensorHeightM;
    private final double sensorYawRad;
    private final Vector3d work = new Vector3d();
    private long framesWithoutTruth;

    public TruthNoiseLidarStage(TruthNoiseParams.Lidar params, TransformTree tree, String lidarId,
            GroundTruthHistory truth, long seed) {
        this.params = params;
        this.lidarId = lidarId;
        this.truth = truth;
        this.seed = seed;
        this.vehicleToSensor.set(tree.vehicleToSensor(lidarId));
        this.sensorHeightM = tree.calibration().sensor(lidarId).extrinsics().zM();
        this.sensorYawRad = tree.calibration().sensor(lidarId).extrinsics().yawRad();
    }

    @Override
    public Detections3D detect(LidarScan scan) {
        Header h = scan.header();
        Header out = new Header(lidarId, h.seq(), h.stampNs(), h.valid());
        GroundTruth gt = h.valid() ? truth.at(h.stampNs()) : null;
        if (gt == null) {
            framesWithoutTruth += h.valid() ? 1 : 0;
            return new Detections3D(out, List.of());
        }
        SplittableRandom rng = NoiseRandom.forFrame(seed, h.stampNs());
        List<Detection3D> dets = new ArrayList<>();
        for (GroundTruthObject o : gt.objects()) {
            VehicleBox box = VehicleBox.of(o, gt.egoPose());
            vehicleToSensor.transformPoint(box.xM(), box.yM(), 0, work);
            double cx = work.x;
            double cy = work.y;
            double range = Math.hypot(cx, cy);
            double yaw = box.yawRad() - sensorYawRad;
            if (range > params.maxRangeM() || pointsInside(scan, cx, cy, yaw, box) < params.minPoints()
                    || rng.nextDouble() < params.missProbability()) {
                continue;
            }
            dets.add(noisy(box.cls(), cx, cy, yaw, box.lengthM(), box.widthM(), box.heightM(), range,
                    0.9, rng));
        }
        int falseAlarms = NoiseRandom.poisson(rng, params.falseAlarmsPerScan());
        for (int i = 0; i < falseAlarms; i++) {
            double r = 5 + 35 * rng.nextDouble();
            double az = (2 * rng.nextDouble() - 1) * Math.PI;
            dets.add(noisy(ObjectClass.CAR, r * Math.cos(az), r * Math.sin(az), rng.nextDouble() * Math.PI, 4.6,
                    1.85, 1.5, r, 0.35 + 0.15 * rng.nextDouble(), rng));
        }
        return new Detections3D(out, dets);
    }

    /** Frames for which no ground truth was recorded (nothing reported). */
    public long framesWithoutTruth() {
        return framesWithoutTruth;
    }

    private int pointsInside(LidarScan scan, double cx, double cy, double yaw, VehicleBox box) {
        double halfL = box.lengthM() / 2 + BOX_MARGIN_M;
        double halfW = box.widthM() / 2 + BOX_MARGIN_M;
        double radiusSq = halfL * halfL + halfW * halfW;
        double zLow = -sensorHeightM + GROUND_CLEARANCE_M;
        double zHigh = -sensorHeightM + box.heightM() + BOX_MARGIN_M;
        double c = Math.cos(yaw);
        double s = Math.sin(yaw);
        float[] xyzi = scan.xyzi();
        int count = 0;
        for (int i = 0, n = scan.pointCount(); i < n; i++) {
            double dx = xyzi[4 * i] - cx;
            double dy = xyzi[4 * i + 1] - cy;
            if (dx * dx + dy * dy > radiusSq) {
                continue;
            }
            double z = xyzi[4 * i + 2];
            double along = c * dx + s * dy;
            double across = -s * dx + c * dy;
            if (z >= zLow && z <= zHigh && Math.abs(along) <= halfL && Math.abs(across) <= halfW) {
                count++;
            }
        }
        return count;
    }

    private Detection3D noisy(ObjectClass cls, double x, double y, double yaw, double l, double w, double hgt,
            double range, double score, SplittableRandom rng) {
        double sigma = params.centreSigmaM() + params.centreSigmaPerM() * range;
        double rel = params.sizeRelSigma();
        return new Detection3D(cls, score, x + sigma * NoiseRandom.gaussian(rng), y + sigma * NoiseRandom.gaussian(rng),
                hgt / 2 - sensorHeightM, new Dimensions(Math.max(0.1, l * (1 + rel * NoiseRandom.gaussian(rng))),
                        Math.max(0.1, w * (1 + rel * NoiseRandom.gaussian(rng))),
                        Math.max(0.1, hgt * (1 + rel * NoiseRandom.gaussian(rng)))),
                yaw + params.yawSigmaRad() * NoiseRandom.gaussian(rng), Optional.empty());
    }
}
