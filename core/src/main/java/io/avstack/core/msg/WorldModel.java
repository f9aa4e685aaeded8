package io.avstack.core.msg;

import java.util.List;
import java.util.Objects;

/**
 * Fusion's tracked objects at one instant (typically 0-100 tracks, ~165 bytes each on the wire).
 * Planning and safety see the world only through this message.
 *
 * @param header  {@code frameId} is the frame of the tracks (e.g. {@code "map"}); {@code stampNs}
 *                the time the tracks were predicted to
 * @param objects copied on construction; may be empty
 */
public record WorldModel(Header header, List<TrackedObject> objects) implements Message {
    public WorldModel {
        Objects.requireNonNull(header, "WorldModel.header");
        objects = List.copyOf(Objects.requireNonNull(objects, "WorldModel.objects"));
    }
}
