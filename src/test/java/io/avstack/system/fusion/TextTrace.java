package io.avstack.system.fusion;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.Detections2D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.frames.EgoPose;
import io.avstack.fusion.frames.SensorRig;
import io.avstack.fusion.measure.CameraMeasurements;
import io.avstack.fusion.measure.LidarMeasurements;
import io.avstack.fusion.measure.RadarMeasurements;
import io.avstack.fusion.node.FusionEngine;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.track.Measurement;
import io.avstack.fusion.track.MeasurementBatch;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.radar.RadarObject;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@link FusionReplay.ReplayTrace} as text: world-frame detections and, per scored frame, truth and tracks. */
final class TextTrace implements FusionReplay.ReplayTrace {

    private final SensorRig rig;
    private final CameraMeasurements camera;
    private final LidarMeasurements lidar;
    private final RadarMeasurements radar;
    private final MeasurementBatch batch = new MeasurementBatch();
    private final EgoPose pose = new EgoPose();
    private final PrintStream out;

    TextTrace(TransformTree tree, FusionConfig config, PrintStream out) {
        this.rig = new SensorRig(tree);
        this.camera = new CameraMeasurements(config.camera(), tree.calibration().sensor(SensorIds.DEFAULT.cameraId()));
        this.lidar = new LidarMeasurements(config.lidar(), SensorIds.DEFAULT.lidarId());
        this.radar = new RadarMeasurements(config.radar(), SensorIds.DEFAULT.radarId());
        this.out = out;
    }

    @Override
    public void camera(FusionEngine engine, Detections2D d) {
        if (!engine.egoBuffer().poseAt(d.header().stampNs(), pose)) {
            return;
        }
        rig.setEgo(pose);
        List<CameraDetection> dets = new ArrayList<>();
        d.detections().forEach(b -> dets.add(new CameraDetection(b, Double.NaN)));
        camera.fill(batch, d.header().stampNs(), dets, rig);
        print("C", d.header().stampNs());
    }

    @Override
    public void lidar(FusionEngine engine, Detections3D d) {
        if (!engine.egoBuffer().poseAt(d.header().stampNs(), pose)) {
            return;
        }
        rig.setEgo(pose);
        lidar.fill(batch, d, rig);
        print("L", d.header().stampNs());
    }

    @Override
    public void radar(FusionEngine engine, long stampNs, List<RadarObject> objects) {
        if (!engine.egoBuffer().poseAt(stampNs, pose)) {
            return;
        }
        rig.setEgo(pose);
        radar.fill(batch, stampNs, objects, rig);
        print("R", stampNs);
    }

    private void print(String kind, long stampNs) {
        for (int i = 0; i < batch.size(); i++) {
            Measurement m = batch.get(i);
            out.printf(Locale.ROOT, "%7.2f %s %-10s %.2f x %7.2f y %6.2f%s%n", stampNs / 1e9, kind, m.cls, m.score,
                    m.z[0], m.z[1], m.hasBox ? String.format(Locale.ROOT, " l %.1f w %.1f yaw %4.0f", m.lengthM,
                            m.widthM, Math.toDegrees(m.yawRad)) : m.dim == 3 ? String.format(Locale.ROOT, " rr %.2f", m.z[2]) : "");
        }
    }

    @Override
    public void frame(GroundTruth gt, WorldModel wm) {
        double t = wm.header().stampNs() / 1e9;
        out.printf(Locale.ROOT, "%7.2f EGO x %7.2f y %6.2f%n", t, gt.egoPose().xM(), gt.egoPose().yM());
        for (GroundTruthObject o : gt.objects()) {
            out.printf(Locale.ROOT, "%7.2f GT %d %-10s x %7.2f y %6.2f v %5.2f %5.2f r %.1f%n", t, o.actorId(), o.cls(),
                    o.pose().xM(), o.pose().yM(), o.velocity().vxMps(), o.velocity().vyMps(),
                    Math.hypot(o.pose().xM() - gt.egoPose().xM(), o.pose().yM() - gt.egoPose().yM()));
        }
        for (TrackedObject o : wm.objects()) {
            out.printf(Locale.ROOT, "%7.2f TR %d %-10s x %7.2f y %6.2f v %5.2f %5.2f sv %.2f %.2f l %.1f w %.1f m %d "
                    + "p %.2f h %.1f%n",
                    t, o.trackId(), o.cls(), o.xM(), o.yM(), o.velocity().vxMps(), o.velocity().vyMps(),
                    Math.sqrt(o.varVxM2ps2()), Math.sqrt(o.varVyM2ps2()),
                    o.dims().lengthM(), o.dims().widthM(), o.sensorMask(), o.existenceProb(),
                    Math.toDegrees(o.yawRad()));
        }
    }
}
