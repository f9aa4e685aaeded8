package io.avstack.vehicle.fusion;

import io.avstack.core.geom.TransformTree;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.fusion.detect.LidarStage;
import io.avstack.fusion.detect.RadarStage;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.truth.GroundTruthHistory;
import io.avstack.fusion.truth.TruthNoiseCameraStage;
import io.avstack.fusion.truth.TruthNoiseLidarStage;
import io.avstack.fusion.truth.TruthNoiseParams;
import io.avstack.perception.radar.RadarClusterParams;

/**
 * Diagnostic detections: camera and lidar boxes from ground truth through the noise, miss and
 * false-alarm models of {@link TruthNoiseParams}; radar through the real clusterer.
 */
public final class TruthNoiseDetections implements DetectionSource {

    private final TruthNoiseParams params;
    private final TransformTree tree;
    private final SensorIds ids;

    public TruthNoiseDetections(TruthNoiseParams params, TransformTree tree, SensorIds ids) {
        this.params = params;
        this.tree = tree;
        this.ids = ids;
    }

    @Override
    public String name() {
        return "truth-noise";
    }

    @Override
    public CameraStage camera(GroundTruthHistory truth, long seed) {
        return new TruthNoiseCameraStage(params.camera(), tree, ids.cameraId(), truth, seed * 31 + 1);
    }

    @Override
    public LidarStage lidar(GroundTruthHistory truth, long seed) {
        return new TruthNoiseLidarStage(params.lidar(), tree, ids.lidarId(), truth, seed * 31 + 2);
    }

    @Override
    public RadarStage radar() {
        return RadarStage.clusterer(RadarClusterParams.defaults());
    }

    @Override
    public boolean needsTruth() {
        return true;
    }
}
