package io.avstack.vehicle.fusion;

import ai.djl.ndarray.types.Shape;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.fusion.detect.LidarStage;
import io.avstack.fusion.detect.RadarStage;
import io.avstack.fusion.truth.GroundTruthHistory;
import io.avstack.perception.camera.BundledCameraModel;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.CenterNetModel;
import io.avstack.perception.camera.DetectorConfig;
import io.avstack.perception.camera.ModelMetadata;
import io.avstack.perception.lidar.BevCenterNetModel;
import io.avstack.perception.lidar.LidarDetector;
import io.avstack.perception.lidar.LidarModelMetadata;
import io.avstack.perception.nn.KernelFingerprint;
import io.avstack.perception.nn.TorchThreads;
import io.avstack.perception.radar.RadarClusterParams;
import io.avstack.sim.run.SimCalibration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real detectors: the camera CenterNet (committed weights or a weights folder), the lidar BEV
 * CenterNet (committed weights), the radar clusterer. Missing
 * weights are reported all at once by {@link #load}, never replaced by something else.
 *
 * <p>Every calling thread runs the networks single-threaded ({@link TorchThreads#pinCallingThread}):
 * a run's detections, and so its metrics, are the same on any machine and any job count.
 */
public final class CnnDetections implements DetectionSource {

    /** Classpath folder of the committed lidar weights ({@code avstack train lidar} output). */
    public static final String BUNDLED_LIDAR_DIR = "io/avstack/perception/lidar/model";

    private final CameraDetector camera;
    private final LidarDetector lidar;
    private String kernelFingerprint;

    private CnnDetections(CameraDetector camera, LidarDetector lidar) {
        this.camera = camera;
        this.lidar = lidar;
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
        boolean needLidar = (sensorMask & TrackedObject.SENSOR_LIDAR) != 0;
        Path lidarDir = null;
        if (needLidar) {
            try {
                lidarDir = bundledLidarDir();
            } catch (IOException | IllegalStateException e) {
                missing.add("lidar: " + e.getMessage() + " (train with 'avstack train lidar')");
            }
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
        LidarDetector lid = null;
        if (needLidar) {
            try {
                lid = LidarDetector.load(lidarDir, SimCalibration.load().sensor("lidar_top").extrinsics(), device);
            } catch (IllegalArgumentException e) {
                throw new MissingDetectorException("lidar: committed weights unusable: " + e.getMessage());
            }
        }
        return new CnnDetections(cam, lid);
    }

    /** The committed lidar model copied out of the classpath into a temporary folder (the loader reads folders). */
    private static Path bundledLidarDir() throws IOException {
        Path dir = Files.createTempDirectory("avstack-lidar-model");
        dir.toFile().deleteOnExit();
        for (String name : List.of(LidarModelMetadata.FILE_NAME, BevCenterNetModel.MODEL_NAME + ".params")) {
            String resource = BUNDLED_LIDAR_DIR + "/" + name;
            try (java.io.InputStream in = CnnDetections.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no committed lidar weights: classpath:" + resource + " missing");
                }
                Files.copy(in, dir.resolve(name));
            }
            dir.resolve(name).toFile().deleteOnExit();
        }
        return dir;
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

    /** Computed once: the networks and the process's kernels do not change. */
    @Override
    public synchronized String kernelFingerprint() {
        if (kernelFingerprint == null) {
            kernelFingerprint = computeKernelFingerprint();
        }
        return kernelFingerprint;
    }

    private String computeKernelFingerprint() {
        List<String> parts = new ArrayList<>();
        if (camera != null) {
            DetectorConfig c = camera.config();
            // in the layout the translator hands over (CenterNetModel.input): it decides the kernels
            parts.add(KernelFingerprint.of(camera.model(), new Shape(1, 3, c.inputHeightPx(), c.inputWidthPx()),
                    (manager, values) -> CenterNetModel.input(manager, values, c)));
        }
        if (lidar != null) {
            parts.add(KernelFingerprint.of(lidar.model(), BevCenterNetModel.inputShape(lidar.config())));
        }
        return parts.isEmpty() ? "" : KernelFingerprint.combine(parts.toArray(String[]::new));
    }

    @Override
    public CameraStage camera(GroundTruthHistory truth, long seed) {
        if (camera == null) {
            throw new IllegalStateException("camera detector was not loaded (its sensor was not requested)");
        }
        CameraDetector detector = camera; // shared across runs: closed by close(), not by the node
        return CameraStage.shared(detector, TorchThreads::pinCallingThread);
    }

    @Override
    public LidarStage lidar(GroundTruthHistory truth, long seed) {
        if (lidar == null) {
            throw new IllegalStateException("lidar detector was not loaded (its sensor was not requested)");
        }
        LidarDetector detector = lidar; // shared across runs: closed by close(), not by the node
        return LidarStage.of(scan -> {
            TorchThreads.pinCallingThread();
            return detector.detect(scan);
        }, null);
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
        if (lidar != null) {
            lidar.close();
        }
    }
}
