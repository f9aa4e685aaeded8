package io.avstack.core.bus;

import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.SafetyStatus;

/**
 * A small registry for bus tests. {@link Message} is sealed, so the tests use two small real
 * message types under neutral names: {@code Ping} and {@code Pong}. A test value travels in the
 * header's {@code seq}.
 */
final class TestTopics {

    /** The type of the sensor-like test topics. */
    static final Class<ControlCommand> PING = ControlCommand.class;
    /** The type of the queued test topics. */
    static final Class<SafetyStatus> PONG = SafetyStatus.class;

    static final String CAMERA = "avstack/ego/sensor/camera/front";
    static final String LIDAR = "avstack/ego/sensor/lidar/top";
    static final String OBJECTS = "avstack/ego/fusion/objects";
    static final String STATUS = "avstack/ego/safety/status";
    static final String OTHER_CAMERA = "avstack/lead/sensor/camera/front";

    /** Queue capacity of {@link #STATUS}, small so overflow is easy to provoke. */
    static final int STATUS_CAPACITY = 4;

    static final TopicRegistry REGISTRY = TopicRegistry.builder()
            .add(CAMERA, PING, 30, DeliveryKind.SENSOR)
            .add(LIDAR, PING, 10, DeliveryKind.SENSOR)
            .add(OBJECTS, PONG, 10, DeliveryKind.QUEUED)
            .add(new TopicSpec(STATUS, PONG, 10, DeliveryKind.QUEUED, STATUS_CAPACITY))
            .add(OTHER_CAMERA, PING, 30, DeliveryKind.SENSOR)
            .build();

    private TestTopics() {
    }

    static ControlCommand ping(int value) {
        return ping(value, true);
    }

    static ControlCommand ping(int value, boolean valid) {
        return new ControlCommand(new Header("test", value, value, valid), 0.0, 0.0);
    }

    static SafetyStatus pong(int value) {
        return new SafetyStatus(Header.of("test", value, value), SafetyStatus.Verdict.PASS, "",
                SafetyStatus.DegradedMode.NONE);
    }

    /** The test value a {@link #ping} or {@link #pong} carries. */
    static int value(Message m) {
        return (int) m.header().seq();
    }
}
