package io.avstack.vehicle.fusion;

import io.avstack.fusion.detect.CameraStage;
import io.avstack.fusion.detect.LidarStage;
import io.avstack.fusion.detect.RadarStage;
import io.avstack.fusion.truth.GroundTruthHistory;

/**
 * Where the detector stages of an evaluation run come from: the real detectors
 * ({@link CnnDetections}) or ground truth through noise models ({@link TruthNoiseDetections}).
 * Creates fresh stages per run (the node closes them); shared models stay open until
 * {@link #close()}.
 */
public interface DetectionSource extends AutoCloseable {

    /** Short name for reports, e.g. {@code cnn}. */
    String name();

    /** @param truth the run's ground truth by stamp (truth-noise only), @param seed the run seed */
    CameraStage camera(GroundTruthHistory truth, long seed);

    LidarStage lidar(GroundTruthHistory truth, long seed);

    /** Radar is always the real DBSCAN clusterer: it has no weights to wait for. */
    RadarStage radar();

    /** Whether the stages read ground truth (the harness then records it). */
    boolean needsTruth();

    /**
     * {@link io.avstack.perception.nn.KernelFingerprint} of the networks the stages run; empty when
     * they run none (ground truth through noise models).
     */
    default String kernelFingerprint() {
        return "";
    }

    @Override
    default void close() {
    }
}
