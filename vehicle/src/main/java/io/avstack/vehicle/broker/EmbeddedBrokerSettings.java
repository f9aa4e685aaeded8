package io.avstack.vehicle.broker;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the {@link EmbeddedBroker} listens. Validated on construction: a bad value fails with its
 * name and value (HiveMQ itself would exit the JVM on some invalid configuration values).
 *
 * @param bindAddress    address to listen on; {@code 127.0.0.1} keeps the broker private to this
 *                       machine, {@code 0.0.0.0} opens it to the network (then set credentials)
 * @param port           TCP port, 0..65535; 0 picks a free one ({@link EmbeddedBroker#port()} tells which)
 * @param maxPacketBytes largest MQTT packet accepted, bytes; the default leaves room for 2 MB payloads
 * @param startTimeout   how long {@link EmbeddedBroker#start} waits for HiveMQ before giving up
 * @param stopTimeout    how long {@link EmbeddedBroker#close} waits for HiveMQ to stop (~4 s measured)
 * @param username       user name every client must present, or {@code null} to accept anonymous clients
 * @param password       password for {@code username}; set exactly when {@code username} is
 */
public record EmbeddedBrokerSettings(String bindAddress, int port, int maxPacketBytes, Duration startTimeout,
                                     Duration stopTimeout, String username, String password) {

    /** Default {@code bindAddress}: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** Default {@code maxPacketBytes}: 8 MiB, four times the largest payload we send (2 MB). */
    public static final int DEFAULT_MAX_PACKET_BYTES = 8 * 1024 * 1024;
    /** HiveMQ's (and MQTT's) upper bound for {@code maxPacketBytes}. */
    public static final int MAX_PACKET_BYTES_LIMIT = 268_435_460;
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(20);

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.:_-]+");

    public EmbeddedBrokerSettings {
        if (bindAddress == null || !ADDRESS.matcher(bindAddress).matches()) {
            throw new IllegalArgumentException("broker bindAddress must be an IP address or host name, was '"
                    + bindAddress + "'");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("broker port must be 0..65535 (0 = any free port), was " + port);
        }
        if (maxPacketBytes < 1024 || maxPacketBytes > MAX_PACKET_BYTES_LIMIT) {
            throw new IllegalArgumentException("broker maxPacketBytes must be 1024.." + MAX_PACKET_BYTES_LIMIT
                    + ", was " + maxPacketBytes);
        }
        requirePositive("startTimeout", startTimeout);
        requirePositive("stopTimeout", stopTimeout);
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("broker username and password must be set together (username "
                    + (username == null ? "missing" : "set") + ", password " + (password == null ? "missing" : "set") + ")");
        }
        if (username != null && username.isEmpty()) {
            throw new IllegalArgumentException("broker username must be non-empty when set");
        }
    }

    /** Loopback, anonymous, defaults, on {@code port} (0 = any free port). */
    public static EmbeddedBrokerSettings loopback(int port) {
        return new EmbeddedBrokerSettings(LOOPBACK, port, DEFAULT_MAX_PACKET_BYTES, DEFAULT_START_TIMEOUT,
                DEFAULT_STOP_TIMEOUT, null, null);
    }

    /** These settings with every client required to present {@code newUsername} and {@code newPassword}. */
    public EmbeddedBrokerSettings withCredentials(String newUsername, String newPassword) {
        return new EmbeddedBrokerSettings(bindAddress, port, maxPacketBytes, startTimeout, stopTimeout, newUsername,
                newPassword);
    }

    /** These settings on another port (e.g. the port a stopped broker had, to restart it). */
    public EmbeddedBrokerSettings withPort(int newPort) {
        return new EmbeddedBrokerSettings(bindAddress, newPort, maxPacketBytes, startTimeout, stopTimeout, username,
                password);
    }

    /** Whether clients must authenticate. */
    public boolean requiresCredentials() {
        return username != null;
    }

    /** The password is masked so settings can be logged. */
    @Override
    public String toString() {
        return "EmbeddedBrokerSettings[bindAddress=" + bindAddress + ", port=" + port + ", maxPacketBytes="
                + maxPacketBytes + ", startTimeout=" + startTimeout + ", stopTimeout=" + stopTimeout
                + ", username=" + username + ", password=" + (password == null ? "<none>" : "***") + "]";
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, () -> "broker " + name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("broker " + name + " must be > 0, was " + value);
        }
    }
}
