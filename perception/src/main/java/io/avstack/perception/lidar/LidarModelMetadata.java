package io.avstack.perception.lidar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.avstack.core.msg.ObjectClass;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a trained lidar model needs beside its weights, written as {@code metadata.json} in the
 * model folder: the classes and grid the network was built for, and how it was trained.
 *
 * @param frames    training frames (scans)
 * @param finalLoss    mean loss of the last epoch
 * @param architecture the network; absent from the JSON (models written before there was a choice)
 *                     means {@link LidarArchitecture#PLAIN}
 */
public record LidarModelMetadata(List<ObjectClass> classes, BevGrid grid, int baseChannels, int outputStride,
                                 long seed, int frames, int epochs, int steps, double finalLoss,
                                 LidarArchitecture architecture) {

    public static final String FILE_NAME = "metadata.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public LidarModelMetadata {
        if (architecture == null) {
            architecture = LidarArchitecture.PLAIN;
        }
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve(FILE_NAME).toFile(), this);
    }

    public static LidarModelMetadata read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE_NAME).toFile(), LidarModelMetadata.class);
    }

    /** Reads the JSON from a stream (e.g. a classpath resource); the stream is not closed. */
    public static LidarModelMetadata read(InputStream in) throws IOException {
        return JSON.readValue(in, LidarModelMetadata.class);
    }

    /**
     * Like {@link #read}, for start-up.
     *
     * @throws IllegalArgumentException naming the absolute path when the file is missing, unreadable
     *     or for another output stride
     */
    public static LidarModelMetadata readOrThrow(Path dir) {
        Path file = dir.resolve(FILE_NAME).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("lidar detector metadata not found: " + file);
        }
        try {
            return read(dir).checked(file.toString());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("lidar detector metadata unreadable: " + file + " (" + e.getMessage()
                    + ")", e);
        }
    }

    /**
     * This metadata, if this code can run it.
     *
     * @throws IllegalArgumentException naming {@code where} for another output stride or without classes or grid
     */
    LidarModelMetadata checked(String where) {
        if (outputStride != LidarDetectorConfig.OUTPUT_STRIDE || classes == null || grid == null) {
            throw new IllegalArgumentException("lidar detector metadata " + where + " is for output stride "
                    + outputStride + " (this code has " + LidarDetectorConfig.OUTPUT_STRIDE
                    + ") or lacks classes or grid");
        }
        return this;
    }

    /** The detector configuration the weights were trained for, with default decoding settings. */
    public LidarDetectorConfig detectorConfig() {
        LidarDetectorConfig d = LidarDetectorConfig.defaults();
        return new LidarDetectorConfig(grid, classes, baseChannels, d.scoreThreshold(), d.topK(), d.nmsIou(),
                architecture);
    }
}
