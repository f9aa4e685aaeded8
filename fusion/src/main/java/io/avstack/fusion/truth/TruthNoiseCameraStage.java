package io.avstack.fusion.truth;

import io.avstack.core.geom.CameraIntrinsics;
import io.avstack.core.geom.RigidTransformc;
import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.perception.camera.CameraDetection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.joml.Vector3d;

/**
 * Diagnostic camera "detector": projects the ground-truth boxes of the frame's instant into the
 * image (pinhole, the calibration's intrinsics without distortion) and reports the 2-D box of each
 * object that is in front of the camera, mostly inside the image, tall enough, within range and
 * visible enough behind nearer boxes, with Gaussian edge noise, range-dependent misses and Poisson
 * false alarms ({@link TruthNoiseParams.Camera}). An all-black frame (blackout) or an invalid one
 * gives nothing, as a real detector would. Glare and frozen images are not modelled. Deterministic:
 * seeded per frame.
 */
public final class TruthNoiseCameraStage implements CameraStage {

    /** A box must keep this fraction of its area inside the image. */
    static final double MIN_INSIDE_FRACTION = 0.5;
    /** Pixels sampled to decide whether a frame is black. */
    static final int DARK_SAMPLES = 4096;

    private final TruthNoiseParams.Camera params;
    private final GroundTruthHistory truth;
    private final long seed;
    private final CameraIntrinsics intrinsics;
    private final RigidTransformc vehicleToOptical;
    private final Vector3d work = new Vector3d();
    private final double[] corner = new double[3];
    private long framesWithoutTruth;

    public TruthNoiseCameraStage(TruthNoiseParams.Camera params, TransformTree tree, String cameraId,
            GroundTruthHistory truth, long seed) {
        this.params = params;
        this.truth = truth;
        this.seed = seed;
        this.intrinsics = tree.camera(cameraId).intrinsics();
        this.vehicleToOptical = tree.vehicleToOptical(cameraId);
    }

    @Override
    public List<CameraDetection> detect(CameraFrame frame) {
        if (!frame.header().valid() || isDark(frame)) {
            return List.of();
        }
        GroundTruth gt = truth.at(frame.header().stampNs());
        if (gt == null) {
            framesWithoutTruth++;
            return List.of();
        }
        SplittableRandom rng = NoiseRandom.forFrame(seed, frame.header().stampNs());
        List<Candidate> visible = new ArrayList<>();
        for (GroundTruthObject o : gt.objects()) {
            Candidate c = project(VehicleBox.of(o, gt.egoPose()));
            if (c != null && c.rangeM <= params.maxRangeM()) {
                visible.add(c);
            }
        }
        visible.sort(Comparator.comparingDouble((Candidate c) -> c.rangeM).thenComparingLong(c -> c.box.id()));
        List<CameraDetection> out = new ArrayList<>();
        for (int k = 0; k < visible.size(); k++) {
            Candidate c = visible.get(k);
            double visibleFraction = 1 - coveredFraction(visible, k);
            boolean missed = rng.nextDouble() < params.missProbability() + params.missProbabilityPerM() * c.rangeM;
            if (visibleFraction >= params.minVisibleFraction() && !missed) {
                double score = Math.max(0.3, Math.min(1.0, 0.55 + 0.45 * visibleFraction - 0.003 * c.rangeM));
                out.add(noisy(c, c.box.cls(), score, rng));
            }
        }
        int falseAlarms = NoiseRandom.poisson(rng, params.falseAlarmsPerFrame());
        for (int i = 0; i < falseAlarms; i++) {
            Candidate c = falseAlarm(rng);
            if (c != null) {
                out.add(noisy(c, ObjectClass.CAR, 0.35 + 0.15 * rng.nextDouble(), rng));
            }
        }
        return out;
    }

    /** Frames for which no ground truth was recorded (nothing reported). */
    public long framesWithoutTruth() {
        return framesWithoutTruth;
    }

    private boolean isDark(CameraFrame frame) {
        if (!frame.encoding().isRaw()) {
            return false;
        }
        byte[] data = frame.data();
        int step = Math.max(1, data.length / DARK_SAMPLES);
        for (int i = 0; i < data.length; i += step) {
            if ((data[i] & 0xFF) > params.darkFrameMaxLevel()) {
                return false;
            }
        }
        return true;
    }

    /** The image box of a vehicle-frame box, or null when it is behind the camera, cut off or too small. */
    private Candidate project(VehicleBox box) {
        double uMin = Double.POSITIVE_INFINITY;
        double vMin = Double.POSITIVE_INFINITY;
        double uMax = Double.NEGATIVE_INFINITY;
        double vMax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 8; k++) {
            box.corner(k, corner);
            vehicleToOptical.transformPoint(corner[0], corner[1], corner[2], work);
            if (work.z < 0.5) {
                return null;
            }
            double u = intrinsics.fxPx() * work.x / work.z + intrinsics.cxPx();
            double v = intrinsics.fyPx() * work.y / work.z + intrinsics.cyPx();
            uMin = Math.min(uMin, u);
            uMax = Math.max(uMax, u);
            vMin = Math.min(vMin, v);
            vMax = Math.max(vMax, v);
        }
        double full = (uMax - uMin) * (vMax - vMin);
        double cu0 = Math.max(uMin, -0.5);
        double cu1 = Math.min(uMax, intrinsics.widthPx() - 0.5);
        double cv0 = Math.max(vMin, -0.5);
        double cv1 = Math.min(vMax, intrinsics.heightPx() - 0.5);
        if (cu1 <= cu0 || cv1 <= cv0 || (cu1 - cu0) * (cv1 - cv0) < MIN_INSIDE_FRACTION * full
                || cv1 - cv0 < params.minHeightPx()) {
            return null;
        }
        vehicleToOptical.transformPoint(box.xM(), box.yM(), 0, work);
        return new Candidate(box, cu0, cv0, cu1, cv1, work.length());
    }

    private static double coveredFraction(List<Candidate> sorted, int k) {
        Candidate c = sorted.get(k);
        double area = (c.u1 - c.u0) * (c.v1 - c.v0);
        double covered = 0;
        for (int j = 0; j < k; j++) {
            Candidate n = sorted.get(j);
            double w = Math.min(c.u1, n.u1) - Math.max(c.u0, n.u0);
            double h = Math.min(c.v1, n.v1) - Math.max(c.v0, n.v0);
            if (w > 0 && h > 0) {
                covered += w * h;
            }
        }
        return Math.min(1.0, covered / area);
    }

    /** A car-sized box on the road at a random range and bearing in view. */
    private Candidate falseAlarm(SplittableRandom rng) {
        double halfFov = Math.atan2(intrinsics.cxPx(), intrinsics.fxPx());
        double range = 8 + 42 * rng.nextDouble();
        double az = (2 * rng.nextDouble() - 1) * halfFov * 0.9;
        VehicleBox box = new VehicleBox(-1, ObjectClass.CAR, range * Math.cos(az), range * Math.sin(az),
                rng.nextDouble() * Math.PI, 4.6, 1.85, 1.5);
        return project(box);
    }

    private CameraDetection noisy(Candidate c, ObjectClass cls, double score, SplittableRandom rng) {
        double s = params.edgeSigmaPx();
        double u0 = c.u0 + s * NoiseRandom.gaussian(rng);
        double u1 = c.u1 + s * NoiseRandom.gaussian(rng);
        double v0 = c.v0 + s * NoiseRandom.gaussian(rng);
        double v1 = c.v1 + s * NoiseRandom.gaussian(rng);
        Detection2D box = new Detection2D(cls, score, Math.min(u0, u1), Math.min(v0, v1), Math.max(u0, u1),
                Math.max(v0, v1));
        return new CameraDetection(box, c.rangeM);
    }

    private record Candidate(VehicleBox box, double u0, double v0, double u1, double v1, double rangeM) {
    }
}
