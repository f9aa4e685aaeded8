package io.avstack.system.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.bus.mqtt.MqttSettings;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.SafetyStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Random;
import java.util.function.BooleanSupplier;

/** Topics, messages and waits shared by the MQTT system tests. */
final class MqttTestSupport {

    /** Generous: these waits end as soon as the condition holds. */
    static final Duration WAIT = Duration.ofSeconds(20);

    static final TopicRegistry REGISTRY = TopicRegistry.standard("ego");
    /** Sensor (latest-wins, QoS 0) topic. */
    static final String CAMERA = TopicNames.topic("ego", StandardTopics.CAMERA_FRONT);
    static final String LIDAR = TopicNames.topic("ego", StandardTopics.LIDAR_TOP);
    /** Sensor (latest-wins, QoS 0) topic with small messages. */
    static final String COMMAND = TopicNames.topic("ego", StandardTopics.CONTROL_COMMAND);
    /** Queued (QoS 1) topic. */
    static final String STATUS = TopicNames.topic("ego", StandardTopics.SAFETY_STATUS);

    private MqttTestSupport() {
    }

    static MqttSettings settings(String url, String clientId) {
        return MqttSettings.of(url, clientId);
    }

    static SafetyStatus status(long seq) {
        return new SafetyStatus(Header.of("safety", seq, 1_000 * seq), SafetyStatus.Verdict.PASS, "ok",
                SafetyStatus.DegradedMode.NONE);
    }

    static ControlCommand command(long seq) {
        return new ControlCommand(Header.of("base_link", seq, 1_000 * seq), -0.5, 0.01 * seq);
    }

    /** A 1024 x 1024 grey frame: 1 MiB of seeded random pixels. */
    static CameraFrame megabyteFrame(long seq) {
        return greyFrame(seq, 1024, 1024);
    }

    /** A grey frame of seeded random pixels, {@code widthPx * heightPx} bytes. */
    static CameraFrame greyFrame(long seq, int widthPx, int heightPx) {
        byte[] pixels = new byte[widthPx * heightPx];
        new Random(seq).nextBytes(pixels);
        return new CameraFrame(Header.of("camera_front", seq, 1_000 * seq), widthPx, heightPx, ImageEncoding.MONO8,
                "front", pixels);
    }

    static LidarScan emptyScan(long seq) {
        return new LidarScan(Header.of("lidar_top", seq, 1_000 * seq), new float[0], new int[0]);
    }

    /** A loopback port nothing listens on right now. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Polls every 20 ms; fails after {@code timeout}. */
    static void awaitUntil(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        for (long waitedMs = 0; waitedMs < timeout.toMillis(); waitedMs += 20) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("%s within %s", what, timeout).isTrue();
    }
}
