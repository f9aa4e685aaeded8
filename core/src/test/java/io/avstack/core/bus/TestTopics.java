package io.avstack.core.bus;

import io.avstack.core.msg.Header;
import io.avstack.core.msg.Message;

/** Test-only messages and a small registry, so bus tests do not depend on the real message set. */
final class TestTopics {

    record Ping(Header header, int value) implements Message {
    }

    record Pong(Header header, int value) implements Message {
    }

    static final String CAMERA = "avstack/ego/sensor/camera/front";
    static final String LIDAR = "avstack/ego/sensor/lidar/top";
    static final String OBJECTS = "avstack/ego/fusion/objects";
    static final String STATUS = "avstack/ego/safety/status";
    static final String OTHER_CAMERA = "avstack/lead/sensor/camera/front";

    /** Queue capacity of {@link #STATUS}, small so overflow is easy to provoke. */
    static final int STATUS_CAPACITY = 4;

    static final TopicRegistry REGISTRY = TopicRegistry.builder()
            .add(CAMERA, Ping.class, 30, DeliveryKind.SENSOR)
            .add(LIDAR, Ping.class, 10, DeliveryKind.SENSOR)
            .add(OBJECTS, Pong.class, 10, DeliveryKind.QUEUED)
            .add(new TopicSpec(STATUS, Pong.class, 10, DeliveryKind.QUEUED, STATUS_CAPACITY))
            .add(OTHER_CAMERA, Ping.class, 30, DeliveryKind.SENSOR)
            .build();

    private TestTopics() {
    }

    static Ping ping(int value) {
        return new Ping(Header.of("test", value, value), value);
    }

    static Ping ping(int value, boolean valid) {
        return new Ping(new Header("test", value, value, valid), value);
    }

    static Pong pong(int value) {
        return new Pong(Header.of("test", value, value), value);
    }
}
