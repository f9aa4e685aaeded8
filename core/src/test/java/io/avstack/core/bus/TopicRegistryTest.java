package io.avstack.core.bus;

import org.junit.jupiter.api.Test;

import static io.avstack.core.bus.TestTopics.CAMERA;
import static io.avstack.core.bus.TestTopics.LIDAR;
import static io.avstack.core.bus.TestTopics.OBJECTS;
import static io.avstack.core.bus.TestTopics.REGISTRY;
import static io.avstack.core.bus.TestTopics.STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicRegistryTest {

    @Test
    void looksUpByFullName() {
        TopicSpec camera = REGISTRY.spec(CAMERA);
        assertThat(camera.messageType()).isEqualTo(TestTopics.PING);
        assertThat(camera.rateHz()).isEqualTo(30.0);
        assertThat(camera.kind()).isEqualTo(DeliveryKind.SENSOR);
        assertThat(camera.queueCapacity()).isEqualTo(1);
        assertThat(camera.periodNs()).isEqualTo(33_333_333L);
        assertThat(REGISTRY.spec(OBJECTS).queueCapacity()).isEqualTo(DeliveryKind.QUEUED.defaultQueueCapacity());
        assertThat(REGISTRY.spec(STATUS).queueCapacity()).isEqualTo(TestTopics.STATUS_CAPACITY);
        assertThat(REGISTRY.find("avstack/ego/sensor/radar/front")).isNull();
        assertThat(REGISTRY.contains(LIDAR)).isTrue();
        assertThat(REGISTRY.size()).isEqualTo(5);
    }

    @Test
    void unknownTopicIsNamed() {
        assertThatThrownBy(() -> REGISTRY.spec("avstack/ego/sensor/radar/front"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown topic 'avstack/ego/sensor/radar/front'");
    }

    @Test
    void wrongTypeNamesTopicAndBothTypes() {
        assertThatThrownBy(() -> REGISTRY.requirePublishable(CAMERA, TestTopics.pong(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CAMERA).hasMessageContaining("ControlCommand").hasMessageContaining("SafetyStatus");
        assertThatThrownBy(() -> REGISTRY.requirePublishable(CAMERA, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(CAMERA);
        assertThat(REGISTRY.requirePublishable(CAMERA, TestTopics.ping(1)).name()).isEqualTo(CAMERA);
    }

    @Test
    void keepsRegistrationOrderAndMatchesFilters() {
        assertThat(REGISTRY.topics()).extracting(TopicSpec::name)
                .containsExactly(CAMERA, LIDAR, OBJECTS, STATUS, TestTopics.OTHER_CAMERA);
        assertThat(REGISTRY.matching(TopicFilter.parse("avstack/ego/sensor/#"))).extracting(TopicSpec::name)
                .containsExactly(CAMERA, LIDAR);
        assertThat(REGISTRY.matching(TopicFilter.parse("avstack/+/sensor/camera/front")))
                .extracting(TopicSpec::name).containsExactly(CAMERA, TestTopics.OTHER_CAMERA);
    }

    @Test
    void rejectsDuplicatesAndEmptyRegistries() {
        TopicRegistry.Builder builder = TopicRegistry.builder().add(CAMERA, TestTopics.PING, 30, DeliveryKind.SENSOR);
        assertThatThrownBy(() -> builder.add(CAMERA, TestTopics.PONG, 10, DeliveryKind.QUEUED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(CAMERA + "' registered twice");
        assertThatThrownBy(() -> TopicRegistry.builder().build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void combinesRegistries() {
        TopicRegistry other = TopicRegistry.builder().add("avstack/lead/fusion/objects", TestTopics.PONG, 10,
                DeliveryKind.QUEUED).build();
        TopicRegistry both = TopicRegistry.builder().addAll(REGISTRY).addAll(other).build();
        assertThat(both.size()).isEqualTo(6);
        assertThat(both.spec("avstack/lead/fusion/objects").messageType()).isEqualTo(TestTopics.PONG);
    }

    @Test
    void validatesEntries() {
        assertThatThrownBy(() -> new TopicSpec(CAMERA, TestTopics.PING, 0, DeliveryKind.SENSOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rateHz").hasMessageContaining(CAMERA);
        assertThatThrownBy(() -> new TopicSpec(CAMERA, TestTopics.PING, Double.NaN, DeliveryKind.SENSOR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TopicSpec(CAMERA, TestTopics.PING, 30, DeliveryKind.SENSOR, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queueCapacity");
        assertThatThrownBy(() -> new TopicSpec(CAMERA, null, 30, DeliveryKind.SENSOR))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("messageType");
    }

    @Test
    void validatesTopicNames() {
        for (String bad : new String[]{"avstack/ego/sensor", "ros/ego/sensor/camera", "avstack/ego//camera",
                "avstack/ego/sensor/camera/", "avstack/ego/sensor/+", "avstack/ego/sensor/#", "avstack/Ego/a/b",
                "avstack/ego/a b/c"}) {
            assertThatThrownBy(() -> new TopicSpec(bad, TestTopics.PING, 30, DeliveryKind.SENSOR))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
        }
        assertThat(TopicNames.topic("ego", "sensor/camera/front")).isEqualTo(CAMERA);
        assertThatThrownBy(() -> TopicNames.topic("e/go", "sensor/camera/front"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vehicle id");
    }
}
