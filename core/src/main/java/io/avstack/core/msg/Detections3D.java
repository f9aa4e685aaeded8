package io.avstack.core.msg;

import java.util.List;
import java.util.Objects;

/**
 * A 3-D detector's output for one scan or frame (typically 0-100 boxes, ~100 bytes each on the wire).
 *
 * @param header     {@code frameId} is the frame of the boxes; {@code stampNs} the input's stamp
 * @param detections copied on construction; may be empty
 */
public record Detections3D(Header header, List<Detection3D> detections) implements Message {
    public Detections3D {
        Objects.requireNonNull(header, "Detections3D.header");
        detections = List.copyOf(Objects.requireNonNull(detections, "Detections3D.detections"));
    }
}
