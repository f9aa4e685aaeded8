package io.avstack.system;

import io.avstack.core.msg.Detections3D;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.fusion.detect.LidarStage;
import io.avstack.fusion.detect.RadarStage;
import io.avstack.fusion.truth.GroundTruthHistory;
import io.avstack.vehicle.fusion.DetectionSource;
import java.util.List;

/**
 * Detector stages that run instantly and find nothing: every sensor alive, an empty world. For
 * system tests of the transport and the safety layer, where the CNNs' cost on a shared machine would
 * only add stale detections.
 */
public final class NothingDetected implements DetectionSource {
    @Override
    public String name() {
        return "nothing";
    }

    @Override
    public CameraStage camera(GroundTruthHistory truth, long seed) {
        return frame -> List.of();
    }

    @Override
    public LidarStage lidar(GroundTruthHistory truth, long seed) {
        return scan -> new Detections3D(scan.header(), List.of());
    }

    @Override
    public RadarStage radar() {
        return scan -> List.of();
    }

    @Override
    public boolean needsTruth() {
        return false;
    }
}
