package io.avstack.perception.camera;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.nn.Normalisation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What a trained model needs beside its weights, written as {@code metadata.json} in the model
 * folder.
 *
 * @param finalLoss        mean loss of the last epoch
 * @param trainingCommands the commands that built these weights, oldest first (a fine-tune lists its
 *                         initial model's commands, then its own); empty when unknown (older files)
 * @param architecture     {@link CameraArchitecture#id()} of the network; {@code null} (files written
 *                         before the field existed) means {@link CameraArchitecture#FPN_LITE}
 */
public record ModelMetadata(List<ObjectClass> classes, int inputWidthPx, int inputHeightPx, int baseChannels,
                            int outputStride, Normalisation normalisation, long seed, int epochs, int steps,
                            double finalLoss, List<String> trainingCommands, String architecture) {

    public ModelMetadata {
        trainingCommands = trainingCommands == null ? List.of() : List.copyOf(trainingCommands);
        CameraArchitecture.fromId(architecture); // refuse an unknown name early, naming it
    }

    /** Of the {@link CameraArchitecture#FPN_LITE} network (the files written before the field existed). */
    public ModelMetadata(List<ObjectClass> classes, int inputWidthPx, int inputHeightPx, int baseChannels,
                         int outputStride, Normalisation normalisation, long seed, int epochs, int steps,
                         double finalLoss, List<String> trainingCommands) {
        this(classes, inputWidthPx, inputHeightPx, baseChannels, outputStride, normalisation, seed, epochs, steps,
                finalLoss, trainingCommands, null);
    }

    /** Without recorded training commands. */
    public ModelMetadata(List<ObjectClass> classes, int inputWidthPx, int inputHeightPx, int baseChannels,
                         int outputStride, Normalisation normalisation, long seed, int epochs, int steps,
                         double finalLoss) {
        this(classes, inputWidthPx, inputHeightPx, baseChannels, outputStride, normalisation, seed, epochs, steps,
                finalLoss, List.of());
    }

    public static final String FILE_NAME = "metadata.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(FILE_NAME).toFile(), this);
    }

    public static ModelMetadata read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE_NAME).toFile(), ModelMetadata.class);
    }

    /** Reads metadata from a stream (e.g. a classpath resource). */
    public static ModelMetadata read(InputStream in) throws IOException {
        return JSON.readValue(in, ModelMetadata.class);
    }

    /** The detector configuration the weights were trained for, with default decoding settings. */
    public DetectorConfig detectorConfig() {
        DetectorConfig d = DetectorConfig.defaults();
        return new DetectorConfig(inputWidthPx, inputHeightPx, classes, baseChannels, normalisation,
                d.scoreThreshold(), d.topK(), d.nmsIou(), d.crossClassNmsIou(), CameraArchitecture.fromId(architecture));
    }
}
