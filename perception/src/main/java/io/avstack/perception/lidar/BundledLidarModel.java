package io.avstack.perception.lidar;

import io.avstack.core.geom.Extrinsics;
import io.avstack.perception.camera.DeviceChoice;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lidar detector weights the stack ships: {@code lidar-detector.params} and
 * {@code metadata.json} in the classpath folder {@value #RESOURCE_DIR} (in the sources,
 * {@code perception/src/main/resources/io/avstack/perception/lidar/model/}), written by
 * {@code avstack train lidar} (docs/LIDAR-DETECTOR.md). Loaded straight from the classpath, so it
 * works from the packaged program as well as from the sources.
 */
public final class BundledLidarModel {

    /** Classpath folder of the shipped weights and metadata. */
    public static final String RESOURCE_DIR = "io/avstack/perception/lidar/model";

    private BundledLidarModel() {
    }

    /**
     * The shipped model's metadata.
     *
     * @throws IllegalStateException naming the resource when it is missing or unreadable
     */
    public static LidarModelMetadata metadata() {
        String name = RESOURCE_DIR + "/" + LidarModelMetadata.FILE_NAME;
        try (InputStream in = open(name)) {
            return LidarModelMetadata.read(in).checked("classpath:" + name);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("bundled lidar model metadata unreadable: classpath:" + name + " (" + e
                    + ")", e);
        }
    }

    /** The detector configuration of the shipped weights (decoding settings: the defaults). */
    public static LidarDetectorConfig config() {
        return metadata().detectorConfig();
    }

    /**
     * A detector running the shipped weights.
     *
     * @param lidarMount pose of the lidar in the vehicle frame
     * @param device     "cpu", "gpu" or "auto"
     * @throws IllegalStateException naming the resource when the weights are missing or corrupt
     */
    public static LidarDetector load(Extrinsics lidarMount, String device) {
        return load(config(), lidarMount, device);
    }

    /**
     * Like {@link #load(Extrinsics, String)} with other decoding settings ({@code config} must
     * describe the shipped architecture, e.g. {@code config().withScoreThreshold(0.1)}).
     */
    public static LidarDetector load(LidarDetectorConfig config, Extrinsics lidarMount, String device) {
        String name = RESOURCE_DIR + "/" + BevCenterNetModel.MODEL_NAME + ".params";
        ai.djl.Device d = DeviceChoice.resolve(device);
        try (InputStream in = open(name)) {
            return new LidarDetector(BevCenterNetModel.inferenceModel(
                    BevCenterNetModel.load(in, "classpath:" + name, config, d), config), config, lidarMount);
        } catch (IOException e) {
            throw new IllegalStateException("bundled lidar detector weights unreadable: classpath:" + name + " ("
                    + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e); // already names the resource
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = BundledLidarModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("not found on the classpath: " + name);
        }
        return in;
    }
}
