package io.avstack.fusion.node;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.frames.EgoPose;
import io.avstack.fusion.frames.EgoPoseBuffer;
import io.avstack.fusion.frames.SensorRig;
import io.avstack.fusion.measure.CameraMeasurements;
import io.avstack.fusion.measure.LidarMeasurements;
import io.avstack.fusion.measure.RadarMeasurements;
import io.avstack.fusion.track.MeasurementBatch;
import io.avstack.fusion.track.Tracker;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.camera.CameraRangeModel;
import io.avstack.perception.radar.RadarObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fusion without transport: detections and ego states in, world models out. Each detector frame is
 * placed in the world with the ego pose at its stamp ({@link EgoPoseBuffer}, {@link SensorRig}),
 * converted by the sensor's measurement model and fused by the {@link Tracker}. Invalid frames are
 * dropped and counted. When the ego state goes silent (its newest state more than
 * {@code egoExtrapolationMaxS} older than a frame), the frame cannot be placed in the world: it is
 * dropped and counted ({@link #framesWithStaleEgo}), the tracks coast, and the world model is invalid
 * until ego states come again (the planner brakes on an invalid one). Single-threaded (the node
 * serialises calls); allocation-free per frame apart
 * from new tracks and the output message.
 */
public final class FusionEngine {

    private final FusionConfig config;
    private final SensorRig rig;
    private final EgoPoseBuffer egoBuffer;
    private final Tracker tracker;
    private final CameraMeasurements camera;
    private final LidarMeasurements lidar;
    private final RadarMeasurements radar;
    private final MeasurementBatch batch = new MeasurementBatch();
    private final EgoPose pose = new EgoPose();
    private EgoState latestEgo;
    private long seq;
    private long invalidFrames;
    private long framesWithoutEgo;
    private long framesWithStaleEgo;

    /**
     * With the camera's boxes ranged on the ground plane alone ({@link CameraRangeModel#GROUND_ONLY}).
     *
     * @param ids which calibration entries are the camera, lidar and radar (absent ones are never fed)
     */
    public FusionEngine(FusionConfig config, TransformTree tree, SensorIds ids) {
        this(config, tree, ids, CameraRangeModel.GROUND_ONLY);
    }

    /**
     * @param ids         which calibration entries are the camera, lidar and radar (absent ones are never fed)
     * @param cameraRange how the camera's boxes are ranged: the calibration of the detector's weights
     *                    ({@code CameraStage.rangeModel()})
     */
    public FusionEngine(FusionConfig config, TransformTree tree, SensorIds ids, CameraRangeModel cameraRange) {
        this.config = config;
        this.rig = new SensorRig(tree);
        int capacity = Math.max(16, (int) Math.ceil(config.egoHistoryS() * 200));
        this.egoBuffer = new EgoPoseBuffer(capacity, Math.round(config.egoExtrapolationMaxS() * 1e9));
        this.tracker = new Tracker(config);
        this.camera = tree.contains(ids.cameraId())
                ? new CameraMeasurements(config.camera(), tree.calibration().sensor(ids.cameraId()), cameraRange) : null;
        this.lidar = tree.contains(ids.lidarId()) ? new LidarMeasurements(config.lidar(), ids.lidarId()) : null;
        this.radar = tree.contains(ids.radarId()) ? new RadarMeasurements(config.radar(), ids.radarId()) : null;
    }

    public void onEgoState(EgoState ego) {
        if (!ego.header().valid()) {
            invalidFrames++;
            return;
        }
        egoBuffer.add(ego);
        latestEgo = ego;
    }

    /** One camera frame's detections. @return whether they were fused (valid, calibrated, not too late) */
    public boolean onCamera(long stampNs, boolean valid, List<CameraDetection> detections) {
        if (!accept(valid, camera != null, stampNs)) {
            return false;
        }
        camera.fill(batch, stampNs, detections, rig);
        return tracker.process(batch);
    }

    /** One lidar frame's boxes. @return whether they were fused */
    public boolean onLidar(Detections3D detections) {
        if (!accept(detections.header().valid(), lidar != null, detections.header().stampNs())) {
            return false;
        }
        return lidar.fill(batch, detections, rig) && tracker.process(batch);
    }

    /** One radar scan's clusters (radar frame). @return whether they were fused */
    public boolean onRadar(long stampNs, boolean valid, List<RadarObject> objects) {
        if (!accept(valid, radar != null, stampNs)) {
            return false;
        }
        radar.fill(batch, stampNs, objects, rig);
        return tracker.process(batch);
    }

    /**
     * The world model at {@code nowNs}: every track predicted to it. Sensors expected but not alive
     * make later predictions noisier ({@code degradedProcessNoiseScale}). Valid when the ego pose is
     * known and current (the newest ego state at most {@code egoExtrapolationMaxS} old) and at least
     * one expected sensor is alive.
     */
    public WorldModel output(long nowNs, int expectedMask, int aliveMask) {
        int missing = expectedMask & ~aliveMask;
        tracker.setProcessNoiseScale(missing != 0 ? config.degradedProcessNoiseScale() : 1.0);
        tracker.predictTo(nowNs);
        List<TrackedObject> objects = new ArrayList<>();
        tracker.output(objects);
        Optional<EgoState> ego = Optional.empty();
        if (egoBuffer.poseAt(nowNs, pose)) {
            Header h = new Header(SensorRig.WORLD_FRAME, latestEgo.header().seq(), nowNs, true);
            ego = Optional.of(new EgoState(h, new Pose(pose.xM, pose.yM, latestEgo.pose().zM(),
                    latestEgo.pose().rollRad(), latestEgo.pose().pitchRad(), pose.yawRad), pose.speedMps,
                    pose.yawRateRadps, latestEgo.accelMps2(), latestEgo.steeringRad()));
        }
        boolean valid = ego.isPresent() && !egoBuffer.isStaleAt(nowNs) && (aliveMask & expectedMask) != 0;
        return new WorldModel(new Header(SensorRig.WORLD_FRAME, seq++, nowNs, valid), objects, ego,
                expectedMask, aliveMask & expectedMask);
    }

    public Tracker tracker() {
        return tracker;
    }

    public EgoPoseBuffer egoBuffer() {
        return egoBuffer;
    }

    /** Frames (detections or ego states) dropped for an invalid header. */
    public long invalidFrames() {
        return invalidFrames;
    }

    /** Detection frames fused with the identity pose because no ego state had arrived. */
    public long framesWithoutEgo() {
        return framesWithoutEgo;
    }

    /** Detection frames dropped because the ego state had gone silent ({@code egoExtrapolationMaxS}). */
    public long framesWithStaleEgo() {
        return framesWithStaleEgo;
    }

    /** Common checks, then the rig holds the ego pose at the frame's stamp. */
    private boolean accept(boolean valid, boolean calibrated, long stampNs) {
        if (!valid || !calibrated) {
            invalidFrames++;
            return false;
        }
        if (egoBuffer.isStaleAt(stampNs)) {
            framesWithStaleEgo++;
            return false;
        }
        if (!egoBuffer.poseAt(stampNs, pose)) {
            framesWithoutEgo++;
            pose.setIdentity(stampNs);
        }
        rig.setEgo(pose);
        return true;
    }
}
