package io.avstack.core.msg;

import java.util.List;
import java.util.Objects;

/**
 * A camera detector's output for one frame (typically 0-50 boxes, ~50 bytes each on the wire).
 *
 * @param header     {@code frameId} is the camera's frame; {@code stampNs} is the image's stamp
 * @param detections copied on construction; may be empty
 */
public record Detections2D(Header header, List<Detection2D> detections) implements Message {
    public Detections2D {
        Objects.requireNonNull(header, "Detections2D.header");
        detections = List.copyOf(Objects.requireNonNull(detections, "Detections2D.detections"));
    }
}
