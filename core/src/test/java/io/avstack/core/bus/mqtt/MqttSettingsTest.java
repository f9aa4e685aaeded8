package io.avstack.core.bus.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MqttSettingsTest {

    private static final MqttSettings OK = MqttSettings.of("tcp://127.0.0.1:1883", "car-1");

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(OK.keepAliveS()).isEqualTo(MqttSettings.DEFAULT_KEEP_ALIVE_S);
        assertThat(OK.maxInflight()).isEqualTo(MqttSettings.DEFAULT_MAX_INFLIGHT);
        assertThat(OK.connectTimeoutS()).isEqualTo(MqttSettings.DEFAULT_CONNECT_TIMEOUT_S);
        assertThat(OK.reconnectMaxDelayMs()).isEqualTo(1000);
        assertThat(OK.sensorQos()).isZero();
        assertThat(OK.queuedQos()).isEqualTo(1);
        assertThat(OK.username()).isNull();
        assertThat(OK.tls()).isEqualTo(MqttTls.JVM_DEFAULT);
        assertThat(OK.isTls()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://localhost", "tcp://127.0.0.1:1883", "ssl://broker.example.com:8883",
            "tcp://[::1]:1883", "ssl://10.0.0.2"})
    void acceptsTcpAndSslUrls(String url) {
        assertThat(MqttSettings.of(url, "c").brokerUrl()).isEqualTo(url);
    }

    @Test
    void sslUrlIsTls() {
        assertThat(MqttSettings.of("ssl://h:8883", "c").isTls()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://h:1883", "ws://h:80", "h:1883", "mqtt://h"})
    void rejectsOtherSchemes(String url) {
        assertThatThrownBy(() -> MqttSettings.of(url, "c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(url).hasMessageContaining("tcp:// or ssl://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://h:1883/path", "tcp://user:pw@h:1883", "tcp://h:1883?x=1"})
    void rejectsPathsQueriesAndUserInfo(String url) {
        assertThatThrownBy(() -> MqttSettings.of(url, "c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(url);
    }

    @Test
    void rejectsMissingHostAndBadPort() {
        assertThatThrownBy(() -> MqttSettings.of("tcp://:1883", "c")).hasMessageContaining("no host");
        assertThatThrownBy(() -> MqttSettings.of("tcp://h:0", "c")).hasMessageContaining("port must be 1..65535");
        assertThatThrownBy(() -> MqttSettings.of("tcp://h:70000", "c")).hasMessageContaining("70000");
        assertThatThrownBy(() -> MqttSettings.of(null, "c")).hasMessageContaining("brokerUrl must be set");
        assertThatThrownBy(() -> MqttSettings.of("tcp://bad host", "c")).hasMessageContaining("not a URL");
    }

    @Test
    void rejectsBlankClientId() {
        assertThatThrownBy(() -> MqttSettings.of("tcp://h", " ")).hasMessageContaining("clientId");
        assertThatThrownBy(() -> MqttSettings.of("tcp://h", null)).hasMessageContaining("clientId");
    }

    @Test
    void credentialsMustBeConsistent() {
        assertThat(OK.withCredentials("car", "secret").username()).isEqualTo("car");
        assertThat(OK.withCredentials("car", null).password()).isNull();
        assertThatThrownBy(() -> OK.withCredentials(null, "secret")).hasMessageContaining("password given without a username");
        assertThatThrownBy(() -> OK.withCredentials("", "secret")).hasMessageContaining("username");
    }

    @Test
    void toStringMasksThePassword() {
        String text = OK.withCredentials("car", "s3cr3t").toString();
        assertThat(text).contains("car").contains("***").doesNotContain("s3cr3t");
    }

    @Test
    void numericFieldsAreRangeChecked() {
        assertThatThrownBy(() -> with(0, 100, 5, 1000, 0, 1)).hasMessageContaining("keepAliveS must be 1..65535, was 0");
        assertThatThrownBy(() -> with(10, 0, 5, 1000, 0, 1)).hasMessageContaining("maxInflight must be 1..65535, was 0");
        assertThatThrownBy(() -> with(10, 100, 0, 1000, 0, 1)).hasMessageContaining("connectTimeoutS must be 1..3600, was 0");
        assertThatThrownBy(() -> with(10, 100, 5, 49, 0, 1)).hasMessageContaining("reconnectMaxDelayMs must be >= 50, was 49");
        assertThat(with(10, 100, 5, 50, 0, 1).reconnectMaxDelayMs()).isEqualTo(50);
        assertThatThrownBy(() -> with(10, 100, 5, 1000, 3, 1)).hasMessageContaining("sensorQos must be 0..2, was 3");
        assertThatThrownBy(() -> with(10, 100, 5, 1000, 0, -1)).hasMessageContaining("queuedQos must be 0..2, was -1");
        assertThat(with(65_535, 65_535, 3_600, 60_000, 2, 2).queuedQos()).isEqualTo(2);
    }

    @Test
    void tlsStoresNeedAnSslUrl() {
        MqttTls stores = MqttTls.trusting(Path.of("/etc/avstack/ca.p12"), "pw");
        assertThatThrownBy(() -> OK.withTls(stores))
                .hasMessageContaining("tcp://").hasMessageContaining("ssl://");
        assertThat(MqttSettings.of("ssl://h", "c").withTls(stores).tls()).isEqualTo(stores);
        assertThatThrownBy(() -> OK.withTls(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void tlsOptionsAreValidated() {
        assertThatThrownBy(() -> new MqttTls(null, "pw", "PKCS12", null, null, "PKCS12", true))
                .hasMessageContaining("trustStorePassword given without a trustStore");
        assertThatThrownBy(() -> new MqttTls(null, null, "PKCS12", Path.of("k.p12"), null, "PKCS12", true))
                .hasMessageContaining("needs keyStorePassword");
        assertThatThrownBy(() -> new MqttTls(null, null, " ", null, null, "PKCS12", true))
                .hasMessageContaining("trustStoreType");
        MqttTls tls = MqttTls.trusting(Path.of("ca.p12"), "pw").withClientCertificate(Path.of("me.p12"), "kp")
                .withVerifyHostname(false);
        assertThat(tls.hasStores()).isTrue();
        assertThat(tls.verifyHostname()).isFalse();
        assertThat(tls.toString()).contains("me.p12").doesNotContain("kp").doesNotContain("pw");
        assertThat(MqttTls.JVM_DEFAULT.hasStores()).isFalse();
    }

    private static MqttSettings with(int keepAliveS, int maxInflight, int connectTimeoutS, int reconnectMaxDelayMs,
                                     int sensorQos, int queuedQos) {
        return new MqttSettings("tcp://h", "c", null, null, MqttTls.JVM_DEFAULT, keepAliveS, maxInflight,
                connectTimeoutS, reconnectMaxDelayMs, sensorQos, queuedQos);
    }
}
