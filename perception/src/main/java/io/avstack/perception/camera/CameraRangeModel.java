package io.avstack.perception.camera;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.avstack.core.msg.ObjectClass;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How much the camera's monocular range trusts each of its three cues, per class and range band: a
 * calibration of one set of weights, fitted on training frames by {@code avstack train camera-range}
 * ({@link CameraRangeFit}) and stored as {@value #FILE_NAME} beside them. {@link CameraRanger} applies it.
 *
 * <p>The cues, each a range in the ground plane from the camera's mount, m:
 * <ul>
 *   <li><b>ground</b>: the box's bottom centre on the ground plane ({@link GroundPlaneRanger}); exact
 *       for an exact box, but a pixel of box bottom is 3 m at 40 m;</li>
 *   <li><b>head</b>: the network's distance head ({@link CameraDetection#distanceM});</li>
 *   <li><b>height</b>: {@code fy * heightM / boxHeightPx}, divided by the cosine of the ray's angle
 *       off the optical axis; {@code heightM} is the class's typical height (the median fitted on the
 *       training frames); a box height of 40 px is no more precise than a bottom edge, but its error is
 *       relative, not growing with the square of the range.</li>
 * </ul>
 * The estimate is {@code exp(wGround ln rGround + wHead ln rHead + wHeight ln rHeight - logOffset)}
 * with the weights of the band the ground cue's range falls in; a cue that is missing (no distance
 * head, a box cut at the top or bottom of the image) gives its weight to the ground cue. A class
 * without an entry is ranged by the ground cue alone ({@link #GROUND_ONLY}: every class).
 *
 * @param bandEdgesM ascending upper edges of the range bands but the last, m (by the ground cue's range)
 * @param classes    per class: its height and one {@link Band} per band ({@code bandEdgesM.size() + 1})
 */
public record CameraRangeModel(List<Double> bandEdgesM, Map<ObjectClass, ClassCues> classes) {

    /** The calibration's file name in a model folder. */
    public static final String FILE_NAME = "camera-range.json";
    /** Every class ranged by its box bottom on the ground plane alone. */
    public static final CameraRangeModel GROUND_ONLY = new CameraRangeModel(List.of(), Map.of());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param heightM typical height of the class, m (its boxes' median, fitted; not a label value)
     * @param bands   one per range band, nearest first
     */
    public record ClassCues(double heightM, List<Band> bands) {
        public ClassCues {
            bands = List.copyOf(bands);
        }
    }

    /**
     * Cue weights (each in [0, 1], summing to 1) and the log-range bias removed afterwards.
     *
     * @param logOffset median of {@code ln(estimate / truth)} on the training frames before removal
     */
    public record Band(double groundWeight, double headWeight, double heightWeight, double logOffset) {

        /** The ground cue alone, unbiased. */
        public static final Band GROUND = new Band(1, 0, 0, 0);
    }

    public CameraRangeModel {
        bandEdgesM = List.copyOf(bandEdgesM);
        EnumMap<ObjectClass, ClassCues> copy = new EnumMap<>(ObjectClass.class);
        copy.putAll(classes);
        classes = java.util.Collections.unmodifiableMap(copy);
        double prev = 0;
        for (int i = 0; i < bandEdgesM.size(); i++) {
            double e = bandEdgesM.get(i);
            if (!(e > prev) || !Double.isFinite(e)) {
                throw new IllegalArgumentException("bandEdgesM[" + i + "]: must be finite, > 0 and ascending, was " + e);
            }
            prev = e;
        }
        for (Map.Entry<ObjectClass, ClassCues> c : classes.entrySet()) {
            String at = "classes." + c.getKey();
            ClassCues cues = c.getValue();
            if (!(cues.heightM() > 0 && cues.heightM() <= 20)) {
                throw new IllegalArgumentException(at + ".heightM: must be in (0, 20], was " + cues.heightM());
            }
            if (cues.bands().size() != bandEdgesM.size() + 1) {
                throw new IllegalArgumentException(at + ".bands: " + (bandEdgesM.size() + 1)
                        + " needed (one more than bandEdgesM), was " + cues.bands().size());
            }
            for (int i = 0; i < cues.bands().size(); i++) {
                checkBand(at + ".bands[" + i + "]", cues.bands().get(i));
            }
        }
    }

    private static void checkBand(String at, Band b) {
        double[] w = {b.groundWeight(), b.headWeight(), b.heightWeight()};
        String[] names = {"groundWeight", "headWeight", "heightWeight"};
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] >= 0 && w[i] <= 1)) {
                throw new IllegalArgumentException(at + "." + names[i] + ": must be in [0, 1], was " + w[i]);
            }
        }
        double sum = w[0] + w[1] + w[2];
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException(at + ": the weights must sum to 1, was " + sum);
        }
        if (!(Math.abs(b.logOffset()) <= 1)) {
            throw new IllegalArgumentException(at + ".logOffset: must be in [-1, 1], was " + b.logOffset());
        }
    }

    /** The cues of {@code cls}, or null when it is ranged by the ground cue alone. */
    public ClassCues cues(ObjectClass cls) {
        return classes.get(cls);
    }

    /** Index of the band {@code groundRangeM} falls in. */
    public int band(double groundRangeM) {
        int b = 0;
        while (b < bandEdgesM.size() && groundRangeM >= bandEdgesM.get(b)) {
            b++;
        }
        return b;
    }

    public void write(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(FILE_NAME).toFile(), this);
    }

    /**
     * The calibration in model folder {@code dir}; {@link #GROUND_ONLY} when it has none (weights
     * calibrated before the file existed, or never).
     *
     * @throws IllegalArgumentException naming the file, field and value when it is malformed
     */
    public static CameraRangeModel readOrGroundOnly(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return GROUND_ONLY;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file.toAbsolutePath() + ": unreadable (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Parses a calibration.
     *
     * @param source named in the error (a path or a classpath resource)
     * @throws IllegalArgumentException naming the source, field and value when it is malformed
     */
    public static CameraRangeModel read(InputStream in, String source) {
        try {
            return JSON.readValue(in, CameraRangeModel.class);
        } catch (IOException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException(source + ": " + cause.getMessage(), e);
        }
    }
}
