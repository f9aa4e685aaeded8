package io.avstack.system.fusion;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.Detections2D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.WorldModel;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.frames.EgoPose;
import io.avstack.fusion.frames.SensorRig;
import io.avstack.fusion.measure.CameraMeasurements;
import io.avstack.fusion.node.FusionEngine;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.track.Angles;
import io.avstack.fusion.track.Measurement;
import io.avstack.fusion.track.MeasurementBatch;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.radar.RadarObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far the camera's measured bearings lie off the truth, and how long their errors last: per
 * class, the rms error and its autocorrelation by lag in camera frames (the same actor's errors
 * {@code k} frames apart, {@code mean(e_i e_i+k) / mean(e²)}). The tracker treats each frame's bearing as
 * an independent measurement with {@code bearingSigmaRad}; errors that persist over many frames carry
 * less information than that (docs/FUSION.md, "Camera bearing"). Each camera measurement (score at
 * least {@code minScore}) is matched to the truth object of the next scored frame whose centre,
 * moved by its velocity to the camera's time, lies nearest in bearing (at most 0.05 rad, range within
 * 35 %, 3-60 m). The truth point is the object's centre: for pedestrians and cyclists the bottom
 * centre of the box is that; for vehicles the near side is not, so their errors include geometry.
 */
final class CameraBearingStats implements FusionReplay.ReplayTrace {

    private static final double MAX_ERR_RAD = 0.05;
    private static final int MAX_LAG = 15;
    private static final long FRAME_NS = 33_333_333L;

    private record Sample(long stampNs, double sensorXM, double sensorYM, double bearingRad, double rangeM) {
    }

    private record Error(long stampNs, double errRad) {
    }

    private final SensorRig rig;
    private final CameraMeasurements camera;
    private final double minScore;
    private final MeasurementBatch batch = new MeasurementBatch();
    private final EgoPose pose = new EgoPose();
    private final List<Sample> pending = new ArrayList<>();
    private final Map<String, List<Error>> byActor = new HashMap<>();
    private final Map<String, ObjectClass> actorClass = new HashMap<>();
    private int scenario;

    CameraBearingStats(TransformTree tree, FusionConfig config) {
        this.rig = new SensorRig(tree);
        this.camera = new CameraMeasurements(config.camera(), tree.calibration().sensor(SensorIds.DEFAULT.cameraId()));
        this.minScore = config.camera().common().minScore();
    }

    /** Starts the next recording: its actor ids are not the previous one's. */
    void nextScenario() {
        scenario++;
        pending.clear();
    }

    @Override
    public void camera(FusionEngine engine, Detections2D d) {
        long stampNs = d.header().stampNs();
        if (!engine.egoBuffer().poseAt(stampNs, pose)) {
            return;
        }
        rig.setEgo(pose);
        List<CameraDetection> dets = new ArrayList<>();
        d.detections().forEach(b -> dets.add(new CameraDetection(b, Double.NaN)));
        camera.fill(batch, stampNs, dets, rig);
        for (int i = 0; i < batch.size(); i++) {
            Measurement m = batch.get(i);
            if (m.score >= minScore) {
                double dx = m.z[0] - batch.sensorXM;
                double dy = m.z[1] - batch.sensorYM;
                pending.add(new Sample(stampNs, batch.sensorXM, batch.sensorYM, Math.atan2(dy, dx),
                        Math.hypot(dx, dy)));
            }
        }
    }

    @Override
    public void lidar(FusionEngine engine, Detections3D d) {
    }

    @Override
    public void radar(FusionEngine engine, long stampNs, List<RadarObject> objects) {
    }

    @Override
    public void frame(GroundTruth gt, WorldModel wm) {
        for (Sample s : pending) {
            double dtS = (s.stampNs() - gt.header().stampNs()) / 1e9;
            GroundTruthObject best = null;
            double bestErr = MAX_ERR_RAD;
            for (GroundTruthObject o : gt.objects()) {
                double x = o.pose().xM() + o.velocity().vxMps() * dtS - s.sensorXM();
                double y = o.pose().yM() + o.velocity().vyMps() * dtS - s.sensorYM();
                double range = Math.hypot(x, y);
                double err = Angles.wrap(s.bearingRad() - Math.atan2(y, x));
                if (range >= 3 && range <= 60 && Math.abs(s.rangeM() - range) <= 0.35 * range
                        && Math.abs(err) < Math.abs(bestErr)) {
                    best = o;
                    bestErr = err;
                }
            }
            if (best != null) {
                String key = scenario + "/" + best.actorId();
                actorClass.put(key, best.cls());
                byActor.computeIfAbsent(key, k -> new ArrayList<>()).add(new Error(s.stampNs(), bestErr));
            }
        }
        pending.clear();
    }

    /** Per class: samples, mean and rms error (mrad), autocorrelation at lags 1..15 frames. */
    String report() {
        Map<ObjectClass, double[]> sums = new EnumMap<>(ObjectClass.class); // n, sum, sum of squares
        Map<ObjectClass, double[][]> lags = new EnumMap<>(ObjectClass.class); // per lag: sum of products, pairs
        byActor.forEach((key, errors) -> {
            ObjectClass cls = actorClass.get(key);
            double[] s = sums.computeIfAbsent(cls, c -> new double[3]);
            double[][] l = lags.computeIfAbsent(cls, c -> new double[MAX_LAG + 1][2]);
            errors.sort((a, b) -> Long.compare(a.stampNs(), b.stampNs()));
            for (int i = 0; i < errors.size(); i++) {
                Error a = errors.get(i);
                s[0]++;
                s[1] += a.errRad();
                s[2] += a.errRad() * a.errRad();
                for (int j = i + 1; j < errors.size(); j++) {
                    int lag = (int) Math.round((errors.get(j).stampNs() - a.stampNs()) / (double) FRAME_NS);
                    if (lag > MAX_LAG) {
                        break;
                    }
                    if (lag > 0) {
                        l[lag][0] += a.errRad() * errors.get(j).errRad();
                        l[lag][1]++;
                    }
                }
            }
        });
        StringBuilder out = new StringBuilder();
        sums.forEach((cls, s) -> {
            double meanSq = s[2] / s[0];
            out.append(String.format(Locale.ROOT, "%-12s n %5d mean %6.2f mrad rms %6.2f mrad autocorrelation by lag",
                    cls, (long) s[0], 1000 * s[1] / s[0], 1000 * Math.sqrt(meanSq)));
            double[][] l = lags.get(cls);
            for (int k = 1; k <= MAX_LAG; k++) {
                out.append(l[k][1] > 0 ? String.format(Locale.ROOT, " %d:%.2f", k, l[k][0] / l[k][1] / meanSq) : "");
            }
            out.append('\n');
        });
        return out.toString();
    }
}
