package io.avstack.core.bus.mqtt;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * How an {@link MqttBus} reaches its broker. Validated on construction: a bad value fails with its
 * name and value.
 *
 * @param brokerUrl           {@code tcp://host[:port]} (default port 1883) or {@code ssl://host[:port]}
 *                            (default port 8883); no path
 * @param clientId            MQTT client id, unique per broker (a second client with the same id
 *                            disconnects the first)
 * @param username            user name, or {@code null} for an anonymous connection
 * @param password            password, or {@code null}; only together with {@code username}
 * @param tls                 TLS options; must have no stores for {@code tcp://}; for {@code ssl://}
 *                            {@link MqttTls#JVM_DEFAULT} trusts the JVM's CA certificates
 * @param keepAliveS          MQTT keep-alive interval, s, 1..65535: a dead link is noticed after
 *                            about 1.5 times this
 * @param maxInflight         publishes handed to the client and not yet sent (QoS 0) or acknowledged
 *                            (QoS 1, 2); further publishes are dropped and counted, 1..65535
 * @param connectTimeoutS     time allowed for one connection attempt, s, 1..3600
 * @param reconnectMaxDelayMs upper bound of the delay between connection attempts, ms, >=
 *                            {@link MqttConnection#FIRST_RETRY_DELAY_MS}; the first attempts of an
 *                            outage are that delay apart (a restarted broker is found within it), then
 *                            the delay doubles up to this bound
 * @param sensorQos           QoS for sensor (latest-wins) topics, 0..2; 0 because a lost frame is
 *                            replaced by the next one
 * @param queuedQos           QoS for every other topic, 0..2
 */
public record MqttSettings(String brokerUrl, String clientId, String username, String password, MqttTls tls,
                           int keepAliveS, int maxInflight, int connectTimeoutS, int reconnectMaxDelayMs,
                           int sensorQos, int queuedQos) {

    /** Default {@code keepAliveS}. */
    public static final int DEFAULT_KEEP_ALIVE_S = 10;
    /** Default {@code maxInflight}: far above what 30 Hz sensors need, small enough to bound memory. */
    public static final int DEFAULT_MAX_INFLIGHT = 100;
    /** Default {@code connectTimeoutS}. */
    public static final int DEFAULT_CONNECT_TIMEOUT_S = 5;
    /** Default {@code reconnectMaxDelayMs}: a broker that stays away is tried every second. */
    public static final int DEFAULT_RECONNECT_MAX_DELAY_MS = 1000;
    /** Default {@code sensorQos}. */
    public static final int DEFAULT_SENSOR_QOS = 0;
    /** Default {@code queuedQos}. */
    public static final int DEFAULT_QUEUED_QOS = 1;

    /** Longest client id MQTT can encode (a UTF-8 string with a 16-bit length). */
    private static final int MAX_CLIENT_ID_CHARS = 65_535;

    public MqttSettings {
        Objects.requireNonNull(tls, "mqtt tls (use MqttTls.JVM_DEFAULT for none)");
        Scheme scheme = parseUrl(brokerUrl);
        if (clientId == null || clientId.isBlank() || clientId.length() > MAX_CLIENT_ID_CHARS) {
            throw new IllegalArgumentException("mqtt clientId must be non-blank and at most " + MAX_CLIENT_ID_CHARS
                    + " characters, was '" + clientId + "'");
        }
        if (username != null && username.isEmpty()) {
            throw new IllegalArgumentException("mqtt username must be null (anonymous) or non-empty, was ''");
        }
        if (password != null && username == null) {
            throw new IllegalArgumentException("mqtt password given without a username");
        }
        if (scheme == Scheme.TCP && tls.hasStores()) {
            throw new IllegalArgumentException("mqtt tls stores are configured but brokerUrl '" + brokerUrl
                    + "' is tcp:// (unencrypted); use ssl:// or drop the tls stores");
        }
        requireRange("keepAliveS", keepAliveS, 1, 65_535);
        requireRange("maxInflight", maxInflight, 1, 65_535);
        requireRange("connectTimeoutS", connectTimeoutS, 1, 3_600);
        requireRange("reconnectMaxDelayMs", reconnectMaxDelayMs, MqttConnection.FIRST_RETRY_DELAY_MS,
                Integer.MAX_VALUE);
        requireRange("sensorQos", sensorQos, 0, 2);
        requireRange("queuedQos", queuedQos, 0, 2);
    }

    /** Anonymous settings with every default, for {@code brokerUrl} and {@code clientId}. */
    public static MqttSettings of(String brokerUrl, String clientId) {
        return new MqttSettings(brokerUrl, clientId, null, null, MqttTls.JVM_DEFAULT, DEFAULT_KEEP_ALIVE_S,
                DEFAULT_MAX_INFLIGHT, DEFAULT_CONNECT_TIMEOUT_S, DEFAULT_RECONNECT_MAX_DELAY_MS, DEFAULT_SENSOR_QOS,
                DEFAULT_QUEUED_QOS);
    }

    /** These settings with a user name and password. */
    public MqttSettings withCredentials(String newUsername, String newPassword) {
        return new MqttSettings(brokerUrl, clientId, newUsername, newPassword, tls, keepAliveS, maxInflight,
                connectTimeoutS, reconnectMaxDelayMs, sensorQos, queuedQos);
    }

    /** These settings with other TLS options. */
    public MqttSettings withTls(MqttTls newTls) {
        return new MqttSettings(brokerUrl, clientId, username, password, newTls, keepAliveS, maxInflight,
                connectTimeoutS, reconnectMaxDelayMs, sensorQos, queuedQos);
    }

    /** These settings with another client id (e.g. one per process). */
    public MqttSettings withClientId(String newClientId) {
        return new MqttSettings(brokerUrl, newClientId, username, password, tls, keepAliveS, maxInflight,
                connectTimeoutS, reconnectMaxDelayMs, sensorQos, queuedQos);
    }

    /** These settings with another bound on publishes in flight. */
    public MqttSettings withMaxInflight(int newMaxInflight) {
        return new MqttSettings(brokerUrl, clientId, username, password, tls, keepAliveS, newMaxInflight,
                connectTimeoutS, reconnectMaxDelayMs, sensorQos, queuedQos);
    }

    /** True for {@code ssl://} URLs. */
    public boolean isTls() {
        return parseUrl(brokerUrl) == Scheme.SSL;
    }

    /** The password is masked so settings can be logged. */
    @Override
    public String toString() {
        return "MqttSettings[brokerUrl=" + brokerUrl + ", clientId=" + clientId
                + ", username=" + username + ", password=" + (password == null ? "<none>" : "***")
                + ", tls=" + tls + ", keepAliveS=" + keepAliveS + ", maxInflight=" + maxInflight
                + ", connectTimeoutS=" + connectTimeoutS + ", reconnectMaxDelayMs=" + reconnectMaxDelayMs
                + ", sensorQos=" + sensorQos + ", queuedQos=" + queuedQos + "]";
    }

    private enum Scheme { TCP, SSL }

    private static Scheme parseUrl(String url) {
        if (url == null) {
            throw new IllegalArgumentException("mqtt brokerUrl must be set, e.g. tcp://127.0.0.1:1883");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("mqtt brokerUrl '" + url + "' is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme();
        if (!"tcp".equals(scheme) && !"ssl".equals(scheme)) {
            throw new IllegalArgumentException("mqtt brokerUrl '" + url + "' must start with tcp:// or ssl://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("mqtt brokerUrl '" + url + "' has no host (expected "
                    + scheme + "://host:port)");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            throw new IllegalArgumentException("mqtt brokerUrl '" + url + "' port must be 1..65535, was " + uri.getPort());
        }
        boolean hasPath = uri.getRawPath() != null && !uri.getRawPath().isEmpty();
        if (hasPath || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("mqtt brokerUrl '" + url + "' must be just " + scheme
                    + "://host:port (no path, query, fragment or user info; credentials go in username/password)");
        }
        return "tcp".equals(scheme) ? Scheme.TCP : Scheme.SSL;
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            String range = max == Integer.MAX_VALUE ? ">= " + min : min + ".." + max;
            throw new IllegalArgumentException("mqtt " + name + " must be " + range + ", was " + value);
        }
    }
}
