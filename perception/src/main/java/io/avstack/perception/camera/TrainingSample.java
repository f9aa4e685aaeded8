package io.avstack.perception.camera;

import java.util.List;
import java.util.Objects;

/**
 * One training image with its labelled boxes. Any source (simulator renderer, drive log, hand
 * labels) can produce these; the image must be well formed.
 *
 * @param boxes copied on construction; may be empty (a background image)
 */
public record TrainingSample(RgbImage image, List<LabelledBox> boxes) {
    public TrainingSample {
        Objects.requireNonNull(image, "TrainingSample.image");
        if (!image.isWellFormed()) {
            throw new IllegalArgumentException("TrainingSample.image must hold width*height*3 bytes, was "
                    + image.widthPx() + "x" + image.heightPx() + " with "
                    + (image.data() == null ? "null" : image.data().length + " bytes"));
        }
        boxes = List.copyOf(Objects.requireNonNull(boxes, "TrainingSample.boxes"));
    }
}
