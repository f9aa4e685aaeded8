package io.avstack.core.bus.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.SafetyStatus;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The in-flight bound, made deterministic with a fake broker that accepts the connection and then
 * never acknowledges anything: a QoS 1 publish stays in flight for ever.
 */
@Timeout(60)
class MqttInflightTest {

    private static final String STATUS = TopicNames.topic("ego", StandardTopics.SAFETY_STATUS);

    @Test
    void publishesBeyondMaxInflightAreDroppedAndCountedWithoutBlocking() throws Exception {
        try (SilentBroker broker = new SilentBroker()) {
            MqttSettings settings = MqttSettings.of("tcp://127.0.0.1:" + broker.port(), "inflight").withMaxInflight(2);
            try (MqttBus bus = MqttBus.connect(settings, TopicRegistry.standard("ego"))) {
                assertThat(bus.awaitConnected(Duration.ofSeconds(20))).isTrue();
                for (int i = 0; i < 5; i++) {
                    bus.publish(STATUS, status(i)); // QoS 1: never acknowledged by this broker
                }
                assertThat(bus.stats().published()).isEqualTo(2);
                assertThat(bus.stats().droppedDisconnected()).isEqualTo(3);
                assertThat(bus.connectionStats().publishRefused()).isEqualTo(3);
                assertThat(bus.connected()).isTrue();
            }
        }
    }

    private static SafetyStatus status(int seq) {
        return new SafetyStatus(Header.of("safety", seq, seq), SafetyStatus.Verdict.PASS, "",
                SafetyStatus.DegradedMode.NONE);
    }

    /** Answers one CONNECT with CONNACK (accepted), then reads and ignores everything. */
    private static final class SilentBroker implements AutoCloseable {
        private final ServerSocket server;
        private final Thread thread;

        SilentBroker() throws IOException {
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            thread = Thread.ofPlatform().daemon().name("silent-broker").start(this::serve);
        }

        int port() {
            return server.getLocalPort();
        }

        private void serve() {
            try (Socket client = server.accept()) {
                DataInputStream in = new DataInputStream(client.getInputStream());
                skipPacket(in); // CONNECT
                OutputStream out = client.getOutputStream();
                out.write(new byte[] {0x20, 0x02, 0x00, 0x00}); // CONNACK, session not present, accepted
                out.flush();
                while (true) {
                    skipPacket(in);
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        /** Reads one MQTT packet: fixed header, variable-length remaining length, body. */
        private static void skipPacket(DataInputStream in) throws IOException {
            in.readUnsignedByte();
            int remaining = 0;
            int multiplier = 1;
            int b;
            do {
                b = in.readUnsignedByte();
                remaining += (b & 0x7f) * multiplier;
                multiplier *= 128;
            } while ((b & 0x80) != 0);
            in.skipNBytes(remaining);
        }

        @Override
        public void close() throws Exception {
            server.close();
            thread.join(5_000);
        }
    }
}
