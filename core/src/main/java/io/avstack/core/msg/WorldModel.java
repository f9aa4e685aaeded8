package io.avstack.core.msg;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fusion's tracked objects at one instant (typically 0-100 tracks, ~165 bytes each on the wire),
 * with the ego state they were fused against and which sensors fed them. Planning and safety see
 * the world only through this message.
 *
 * @param header              {@code frameId} is the frame of the tracks (e.g. {@code "map"});
 *                            {@code stampNs} the time the tracks were predicted to; {@code valid}
 *                            false when fusion could not produce a trustworthy model (e.g. a
 *                            detector failed)
 * @param objects             copied on construction; may be empty
 * @param ego                 the ego state at {@code stampNs}, empty when fusion has none yet
 * @param sensorsExpectedMask sensors fusion is configured to use ({@link TrackedObject#SENSOR_CAMERA}
 *                            | {@link TrackedObject#SENSOR_LIDAR} | {@link TrackedObject#SENSOR_RADAR})
 * @param sensorsAliveMask    of those, the ones delivering valid, timely data this cycle
 */
public record WorldModel(Header header, List<TrackedObject> objects, Optional<EgoState> ego,
                         int sensorsExpectedMask, int sensorsAliveMask) implements Message {

    public WorldModel {
        Objects.requireNonNull(header, "WorldModel.header");
        objects = List.copyOf(Objects.requireNonNull(objects, "WorldModel.objects"));
        Objects.requireNonNull(ego, "WorldModel.ego");
        checkMask("WorldModel.sensorsExpectedMask", sensorsExpectedMask);
        checkMask("WorldModel.sensorsAliveMask", sensorsAliveMask);
    }

    /** Objects only: no ego state, no sensor health (ground-truth world models, tests). */
    public WorldModel(Header header, List<TrackedObject> objects) {
        this(header, objects, Optional.empty(), 0, 0);
    }

    /** Sensors that are expected but not alive this cycle (a {@code SENSOR_*} mask). */
    public int missingSensorsMask() {
        return sensorsExpectedMask & ~sensorsAliveMask;
    }

    private static void checkMask(String field, int mask) {
        if ((mask & ~TrackedObject.SENSOR_ALL) != 0) {
            throw Checks.fail(field, "a subset of 0b111", "0x" + Integer.toHexString(mask));
        }
    }
}
