package io.avstack.core.msg;

import java.util.List;
import java.util.Objects;

/**
 * One radar cycle's detections (typically 50-300, ~47 bytes each on the wire).
 *
 * @param header     {@code frameId} is the radar's frame, e.g. {@code "radar_front"}
 * @param detections copied on construction; may be empty
 */
public record RadarScan(Header header, List<RadarDetection> detections) implements Message {
    public RadarScan {
        Objects.requireNonNull(header, "RadarScan.header");
        detections = List.copyOf(Objects.requireNonNull(detections, "RadarScan.detections"));
    }
}
