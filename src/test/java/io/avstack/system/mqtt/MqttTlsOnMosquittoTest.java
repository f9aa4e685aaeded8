package io.avstack.system.mqtt;

import static io.avstack.system.mqtt.MqttTestSupport.REGISTRY;
import static io.avstack.system.mqtt.MqttTestSupport.STATUS;
import static io.avstack.system.mqtt.MqttTestSupport.WAIT;
import static io.avstack.system.mqtt.MqttTestSupport.awaitUntil;
import static io.avstack.system.mqtt.MqttTestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.mqtt.MqttBus;
import io.avstack.core.bus.mqtt.MqttSettings;
import io.avstack.core.bus.mqtt.MqttTls;
import io.avstack.core.bus.mqtt.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssl://} end to end: Paho with our TLS socket factory against Mosquitto's TLS listener. */
@Timeout(90)
class MqttTlsOnMosquittoTest {

    @TempDir
    static Path dir;
    private static TestCertificates certificates;
    private static MosquittoBroker broker;

    @BeforeAll
    static void startTlsBroker() throws Exception {
        MosquittoBroker.assumeInstalled();
        certificates = TestCertificates.create(dir);
        // Mosquitto started as root reads these after dropping to its own user.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path pem : new Path[] {certificates.certPem(), certificates.keyPem()}) {
            Files.setPosixFilePermissions(pem, PosixFilePermissions.fromString("rw-r--r--"));
        }
        broker = MosquittoBroker.start(MqttTestSupport.freePort(), """
                certfile %s
                keyfile %s
                cafile %s
                """.formatted(certificates.certPem(), certificates.keyPem(), certificates.certPem()));
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    private static MqttSettings tls(String clientId, MqttTls tls) {
        return MqttSettings.of("ssl://127.0.0.1:" + broker.port(), clientId).withTls(tls);
    }

    @Test
    void aTrustedBrokerCarriesMessagesOverTls() throws Exception {
        MqttTls trusting = MqttTls.trusting(certificates.trustStore(), certificates.password());
        try (MqttBus bus = MqttBus.connect(tls("tls-ok", trusting), REGISTRY)) {
            assertThat(bus.awaitConnected(WAIT)).as("TLS handshake with host name check on 127.0.0.1").isTrue();
            Inbox inbox = new Inbox();
            bus.subscribe(STATUS, inbox);
            bus.publish(STATUS, status(11));
            assertThat(inbox.awaitCount(1, WAIT)).isTrue();
            assertThat(inbox.messages()).containsExactly(status(11));
        }
    }

    @Test
    void anUntrustedCertificateNeverConnects() throws Exception {
        try (MqttBus bus = MqttBus.connect(tls("tls-untrusted", MqttTls.JVM_DEFAULT), REGISTRY)) {
            awaitUntil("a failed handshake", () -> bus.connectionStats().connectFailures() >= 1, WAIT);
            assertThat(bus.connected()).isFalse();
            assertThat(bus.connectionStats().connects()).isZero();
        }
    }
}
