package io.avstack.core.bus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicFilterTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            "avstack/ego/sensor/camera/front, avstack/ego/sensor/camera/front, true",
            "avstack/ego/sensor/camera/front, avstack/ego/sensor/camera/fron, false",
            "avstack/ego/sensor/camera/fron,  avstack/ego/sensor/camera/front, false",
            "avstack/ego/sensor/camera,       avstack/ego/sensor/camera/front, false",
            "avstack/ego/sensor/camera/front, avstack/ego/sensor/camera, false",
            "avstack/+/sensor/camera/front,   avstack/ego/sensor/camera/front, true",
            "avstack/+/sensor/camera/front,   avstack/lead/sensor/camera/front, true",
            "avstack/ego/sensor/+/front,      avstack/ego/sensor/camera/front, true",
            "avstack/ego/sensor/+/front,      avstack/ego/sensor/lidar/top, false",
            "avstack/ego/sensor/+,            avstack/ego/sensor/camera/front, false",
            "avstack/ego/+/+/+,               avstack/ego/sensor/camera/front, true",
            "avstack/ego/+/+/+,               avstack/ego/fusion/objects, false",
            "avstack/ego/sensor/#,            avstack/ego/sensor/camera/front, true",
            "avstack/ego/sensor/#,            avstack/ego/sensor/lidar/top, true",
            "avstack/ego/sensor/#,            avstack/ego/sensor, true",
            "avstack/ego/sensor/#,            avstack/ego/sensors/lidar/top, false",
            "avstack/ego/sensor/#,            avstack/ego/fusion/objects, false",
            "avstack/+/fusion/#,              avstack/lead/fusion/objects, true",
            "#,                               avstack/ego/fusion/objects, true",
            "+/+/+/+,                         avstack/ego/fusion/objects, true",
            "+/+/+,                           avstack/ego/fusion/objects, false",
    })
    void matchesLikeMqtt(String filter, String topic, boolean expected) {
        assertThat(TopicFilter.parse(filter).matches(topic)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "avstack/#/sensor", "avstack/ego/sens+", "avstack/ego/#x", "avstack//sensor",
            "avstack/ego/", "avstack/Ego/sensor/#", "avstack/ego sensor/#"})
    void rejectsMalformedFilters(String filter) {
        assertThatThrownBy(() -> TopicFilter.parse(filter))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + filter + "'");
    }

    @org.junit.jupiter.api.Test
    void rejectsNull() {
        assertThatThrownBy(() -> TopicFilter.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void reportsWildcardsAndEquality() {
        assertThat(TopicFilter.parse("avstack/+/fusion/objects").hasWildcards()).isTrue();
        assertThat(TopicFilter.parse("avstack/ego/#").hasWildcards()).isTrue();
        assertThat(TopicFilter.parse("avstack/ego/fusion/objects").hasWildcards()).isFalse();
        assertThat(TopicFilter.parse("avstack/ego/#")).isEqualTo(TopicFilter.parse("avstack/ego/#"))
                .hasSameHashCodeAs(TopicFilter.parse("avstack/ego/#"));
        assertThat(TopicFilter.parse("avstack/ego/#").text()).isEqualTo("avstack/ego/#");
    }
}
