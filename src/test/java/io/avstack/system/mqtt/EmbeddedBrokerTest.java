package io.avstack.system.mqtt;

import static io.avstack.system.mqtt.MqttTestSupport.REGISTRY;
import static io.avstack.system.mqtt.MqttTestSupport.STATUS;
import static io.avstack.system.mqtt.MqttTestSupport.WAIT;
import static io.avstack.system.mqtt.MqttTestSupport.awaitUntil;
import static io.avstack.system.mqtt.MqttTestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.bus.mqtt.MqttBus;
import io.avstack.core.bus.mqtt.MqttSettings;
import io.avstack.vehicle.broker.EmbeddedBroker;
import io.avstack.vehicle.broker.EmbeddedBrokerSettings;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The embedded HiveMQ broker itself: where it listens, what it leaves behind, authentication. */
@Timeout(90)
class EmbeddedBrokerTest {

    private static final String USER = "vehicle";
    private static final String PASSWORD = "s3cret";

    private static final Thread.UncaughtExceptionHandler OURS = (t, e) -> { };
    private static Thread.UncaughtExceptionHandler previous;
    private static EmbeddedBroker broker;

    @BeforeAll
    static void start() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(OURS);
        broker = EmbeddedBroker.start(EmbeddedBrokerSettings.loopback(0).withCredentials(USER, PASSWORD));
    }

    @AfterAll
    static void stop() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        if (broker == null) {
            return;
        }
        Path dir = broker.workDir();
        broker.close();
        broker.close(); // idempotent
        assertThat(broker.isRunning()).isFalse();
        assertThat(dir).as("the broker's temporary folder is deleted on close").doesNotExist();
    }

    @Test
    void portZeroPicksAFreePortAndReportsIt() throws Exception {
        assertThat(broker.port()).isBetween(1, 65_535);
        assertThat(broker.url()).isEqualTo("tcp://127.0.0.1:" + broker.port());
        assertThat(broker.bindAddress()).isEqualTo("127.0.0.1");
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), broker.port())) {
            assertThat(s.isConnected()).isTrue();
        }
    }

    @Test
    void keepsItsFilesInItsOwnTemporaryFolder() throws Exception {
        Path dir = broker.workDir();
        assertThat(dir.toRealPath().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toRealPath());
        String config = Files.readString(dir.resolve("config/config.xml"));
        assertThat(config).contains("<bind-address>127.0.0.1</bind-address>")
                .contains("<mode>in-memory</mode>")
                .contains("<anonymous-usage-statistics>")
                .contains("<enabled>false</enabled>")
                .contains("<max-packet-size>" + EmbeddedBrokerSettings.DEFAULT_MAX_PACKET_BYTES + "</max-packet-size>");
    }

    @Test
    void undoesHiveMqsJvmWideChanges() {
        assertThat(Thread.getDefaultUncaughtExceptionHandler()).as("uncaught-exception handler restored").isSameAs(OURS);
        assertThat(System.getProperty("hivemq.log.folder")).isNull();
        assertThat(System.getProperty("guice_include_stack_traces")).isNull();
        assertThat(System.getProperty("jna.tmpdir")).isNull();
    }

    @Test
    void clientsWithTheCredentialsConnectAndExchangeMessages() throws Exception {
        MqttSettings settings = MqttTestSupport.settings(broker.url(), "auth-ok").withCredentials(USER, PASSWORD);
        try (MqttBus bus = MqttBus.connect(settings, REGISTRY)) {
            assertThat(bus.awaitConnected(WAIT)).isTrue();
            Inbox inbox = new Inbox();
            bus.subscribe(STATUS, inbox);
            bus.publish(STATUS, status(3));
            assertThat(inbox.awaitCount(1, WAIT)).as("authorised for publish and subscribe").isTrue();
        }
    }

    @Test
    void clientsWithoutTheCredentialsAreRefused() throws Exception {
        assertThat(refusal(null, null)).isEqualTo(MqttException.REASON_CODE_NOT_AUTHORIZED);
        assertThat(refusal(USER, "wrong")).isEqualTo(MqttException.REASON_CODE_NOT_AUTHORIZED);
        assertThat(refusal("someone", PASSWORD)).isEqualTo(MqttException.REASON_CODE_NOT_AUTHORIZED);

        MqttSettings wrong = MqttTestSupport.settings(broker.url(), "auth-bad").withCredentials(USER, "wrong");
        try (MqttBus bus = MqttBus.connect(wrong, REGISTRY)) {
            awaitUntil("a refused attempt", () -> bus.connectionStats().connectFailures() >= 1, WAIT);
            assertThat(bus.connected()).isFalse();
            bus.publish(STATUS, status(1));
            assertThat(bus.stats().droppedDisconnected()).isEqualTo(1);
        }
    }

    /** The reason code a plain Paho client gets when connecting with these credentials. */
    private static int refusal(String user, String password) throws MqttException {
        MqttClient client = new MqttClient(broker.url(), "plain-" + user + "-" + password, new MemoryPersistence());
        try {
            MqttConnectOptions options = new MqttConnectOptions();
            options.setConnectionTimeout((int) Duration.ofSeconds(10).toSeconds());
            if (user != null) {
                options.setUserName(user);
                options.setPassword(password.toCharArray());
            }
            client.connect(options);
            client.disconnect();
            return 0;
        } catch (MqttException e) {
            return e.getReasonCode();
        } finally {
            client.close();
        }
    }
}
