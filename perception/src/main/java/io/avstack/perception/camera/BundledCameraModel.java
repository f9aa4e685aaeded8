package io.avstack.perception.camera;

import java.io.IOException;
import java.io.InputStream;

/**
 * The camera detector weights the stack ships: {@code camera-detector.params} and
 * {@code metadata.json} in the classpath folder {@value #RESOURCE_DIR} (in the sources,
 * {@code perception/src/main/resources/io/avstack/perception/camera/model/}), written by
 * {@code avstack train camera}, and their range calibration {@code camera-range.json}, written by
 * {@code avstack train camera-range} (docs/TRAINING.md).
 */
public final class BundledCameraModel {

    /** Classpath folder of the shipped weights and metadata. */
    public static final String RESOURCE_DIR = "io/avstack/perception/camera/model";

    private BundledCameraModel() {
    }

    /**
     * The shipped model's metadata.
     *
     * @throws IllegalStateException naming the resource when it is missing or unreadable
     */
    public static ModelMetadata metadata() {
        String name = RESOURCE_DIR + "/" + ModelMetadata.FILE_NAME;
        try (InputStream in = open(name)) {
            return ModelMetadata.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("bundled camera model metadata unreadable: classpath:" + name + " (" + e
                    + ")", e);
        }
    }

    /** The detector configuration of the shipped weights (decoding settings: the defaults). */
    public static DetectorConfig config() {
        return metadata().detectorConfig();
    }

    /**
     * A detector running the shipped weights.
     *
     * @param device "cpu", "gpu" or "auto"
     * @throws IllegalStateException naming the resource when the weights are missing or corrupt
     */
    public static CameraDetector load(String device) {
        return load(config(), device);
    }

    /**
     * Like {@link #load(String)} with other decoding settings ({@code config} must describe the
     * shipped architecture, e.g. {@code config().withScoreThreshold(0.05)}).
     */
    public static CameraDetector load(DetectorConfig config, String device) {
        CameraRangeModel range = rangeModel();
        String name = RESOURCE_DIR + "/" + CenterNetModel.MODEL_NAME + ".params";
        ai.djl.Device d = DeviceChoice.resolve(device);
        try (InputStream in = open(name)) {
            return new CameraDetector(CenterNetModel.load(in, "classpath:" + name, config, d), config, range);
        } catch (IOException e) {
            throw new IllegalStateException("bundled camera detector weights unreadable: classpath:" + name + " ("
                    + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e); // already names the resource
        }
    }

    /**
     * The shipped weights' range calibration ({@value CameraRangeModel#FILE_NAME}, written by
     * {@code avstack train camera-range}); {@link CameraRangeModel#GROUND_ONLY} when there is none.
     *
     * @throws IllegalStateException naming the resource when it is malformed
     */
    public static CameraRangeModel rangeModel() {
        String name = RESOURCE_DIR + "/" + CameraRangeModel.FILE_NAME;
        InputStream in = BundledCameraModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            return CameraRangeModel.GROUND_ONLY;
        }
        try (in) {
            return CameraRangeModel.read(in, "classpath:" + name);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = BundledCameraModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("not found on the classpath: " + name);
        }
        return in;
    }
}
