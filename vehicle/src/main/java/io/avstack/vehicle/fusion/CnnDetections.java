package io.avstack.vehicle.fusion;

import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.fusion.detect.LidarStage;
import io.avstack.fusion.detect.RadarStage;
import io.avstack.fusion.truth.GroundTruthHistory;
import io.avstack.perception.camera.BundledCameraModel;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.ModelMetadata;
import io.avstack.perception.radar.RadarClusterParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real detectors: the camera CenterNet from its weights folder, the lidar BEV detector (not in
 * this build yet: {@link #lidarStage} is the one place to plug it in), the radar clusterer. Missing
 * weights are reported all at once by {@link #load}, never replaced by something else.
 */
public final class CnnDetections implements DetectionSource {

    private final CameraDetector camera;

    private CnnDetections(CameraDetector camera) {
        this.camera = camera;
    }

    /**
     * Loads what the sensors in {@code sensorMask} need.
     *
     * @param cameraWeights a weights folder written by {@code avstack train camera}; null = the committed
     *                      weights ({@link BundledCameraModel})
     *
     * @throws MissingDetectorException naming every missing model and where it was looked for
     */
    public static CnnDetections load(int sensorMask, Path cameraWeights, String device) {
        List<String> missing = new ArrayList<>();
        boolean needCamera = (sensorMask & TrackedObject.SENSOR_CAMERA) != 0;
        if (needCamera && cameraWeights != null) {
            String why = checkCameraFolder(cameraWeights);
            if (why != null) {
                missing.add(why);
            }
        }
        if ((sensorMask & TrackedObject.SENSOR_LIDAR) != 0) {
            missing.add("lidar: no lidar detector in this build (perception.lidar.LidarDetector lands with branch "
                    + "'lidar')");
        }
        if (!missing.isEmpty()) {
            throw new MissingDetectorException(String.join("; ", missing));
        }
        CameraDetector cam = null;
        if (needCamera && cameraWeights == null) {
            try {
                cam = BundledCameraModel.load(device);
            } catch (IllegalStateException e) {
                throw new MissingDetectorException("camera: " + e.getMessage());
            }
        } else if (needCamera) {
            try {
                cam = CameraDetector.load(cameraWeights, ModelMetadata.read(cameraWeights).detectorConfig(), device);
            } catch (IOException | IllegalArgumentException e) {
                throw new MissingDetectorException("camera: weights in " + cameraWeights.toAbsolutePath()
                        + " unusable: " + e.getMessage());
            }
        }
        return new CnnDetections(cam);
    }

    /** Null when the folder holds a loadable-looking model, else why not. */
    private static String checkCameraFolder(Path dir) {
        Path abs = dir.toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            return "camera: no weights folder " + abs + " (train with 'avstack train camera')";
        }
        if (!Files.isRegularFile(dir.resolve(ModelMetadata.FILE_NAME))) {
            return "camera: " + abs + " has no " + ModelMetadata.FILE_NAME + " (train with 'avstack train camera')";
        }
        return null;
    }

    @Override
    public String name() {
        return "cnn";
    }

    @Override
    public CameraStage camera(GroundTruthHistory truth, long seed) {
        if (camera == null) {
            throw new IllegalStateException("camera detector was not loaded (its sensor was not requested)");
        }
        return camera::detectWithDistance; // shared across runs: closed by close(), not by the node
    }

    @Override
    public LidarStage lidar(GroundTruthHistory truth, long seed) {
        return lidarStage();
    }

    /** Where the lidar CNN plugs in: {@code LidarStage.of(detector::detect, null)} on a shared detector. */
    private static LidarStage lidarStage() {
        throw new MissingDetectorException("lidar: no lidar detector in this build");
    }

    @Override
    public RadarStage radar() {
        return RadarStage.clusterer(RadarClusterParams.defaults());
    }

    @Override
    public boolean needsTruth() {
        return false;
    }

    @Override
    public void close() {
        if (camera != null) {
            camera.close();
        }
    }
}
