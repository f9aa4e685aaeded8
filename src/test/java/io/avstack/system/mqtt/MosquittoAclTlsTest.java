package io.avstack.system.mqtt;

import static io.avstack.system.mqtt.MqttTestSupport.COMMAND;
import static io.avstack.system.mqtt.MqttTestSupport.REGISTRY;
import static io.avstack.system.mqtt.MqttTestSupport.STATUS;
import static io.avstack.system.mqtt.MqttTestSupport.WAIT;
import static io.avstack.system.mqtt.MqttTestSupport.awaitUntil;
import static io.avstack.system.mqtt.MqttTestSupport.command;
import static io.avstack.system.mqtt.MqttTestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.mqtt.MqttBus;
import io.avstack.core.bus.mqtt.MqttSettings;
import io.avstack.core.bus.mqtt.MqttTls;
import io.avstack.core.bus.mqtt.TestCa;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.RadarScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped broker configuration ({@code config/mosquitto/mosquitto.conf} and {@code avstack.acl})
 * on a real Mosquitto: a TLS listener with a broker certificate signed by a CA the test makes,
 * users from a password file made with {@code mosquitto_passwd}, and the per-topic ACL. Only the
 * listener address and the file paths of the shipped config are replaced.
 */
@Timeout(120)
class MosquittoAclTlsTest {

    static final Path PASSWD_TOOL = Path.of("/usr/bin/mosquitto_passwd");
    static final String RADAR = TopicNames.topic("ego", StandardTopics.RADAR_FRONT);
    static final String EGO = TopicNames.topic("ego", StandardTopics.EGO_STATE);

    @TempDir
    static Path dir;
    private static TestCa ca;
    private static MosquittoBroker broker;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        MosquittoBroker.assumeInstalled();
        MosquittoBroker.assumeExecutable(PASSWD_TOOL);
        Path shipped = findConfigDir();
        ca = TestCa.create(dir);
        Path passwd = dir.resolve("avstack.passwd");
        passwd("-c", passwd, "drivers", "drivers-secret");
        passwd(null, passwd, "stack", "stack-secret");
        passwd(null, passwd, "arbiter", "arbiter-secret");
        Path acl = Files.copy(shipped.resolve("avstack.acl"), dir.resolve("avstack.acl"));
        // Mosquitto started as root reads these after dropping to its own user.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path f : List.of(ca.caPem(), ca.certPem(), ca.keyPem(), passwd, acl)) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }
        int port = MqttTestSupport.freePort();
        String config = MosquittoConfigs.withValues(Files.readAllLines(shipped.resolve("mosquitto.conf")),
                new String[][] {
                    {"listener", port + " 127.0.0.1"},
                    {"password_file", passwd.toString()},
                    {"acl_file", acl.toString()},
                    {"cafile", ca.caPem().toString()},
                    {"certfile", ca.certPem().toString()},
                    {"keyfile", ca.keyPem().toString()},
                }) + "log_dest stderr\nlog_type error\nlog_type warning\n";
        broker = MosquittoBroker.startWithConfig(port, config);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private static void passwd(String create, Path file, String user, String password)
            throws IOException, InterruptedException {
        List<String> cmd = create == null
                ? List.of(PASSWD_TOOL.toString(), "-b", file.toString(), user, password)
                : List.of(PASSWD_TOOL.toString(), create, "-b", file.toString(), user, password);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0)
                .as("mosquitto_passwd for %s: %s", user, out).isTrue();
    }

    /** Tests run in the vehicle module; the config lives at the repository root. */
    private static Path findConfigDir() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("config/mosquitto/mosquitto.conf"))) {
                return d.resolve("config/mosquitto");
            }
        }
        throw new IllegalStateException("config/mosquitto/mosquitto.conf not found above " + Path.of("").toAbsolutePath());
    }

    private static MqttSettings as(String user, String password, String clientId) {
        return MqttSettings.of("ssl://127.0.0.1:" + broker.port(), clientId)
                .withTls(MqttTls.trusting(ca.trustStore(), ca.password()))
                .withCredentials(user, password);
    }

    private static MqttBus connected(MqttSettings settings) throws InterruptedException {
        MqttBus bus = MqttBus.connect(settings, REGISTRY);
        assertThat(bus.awaitConnected(WAIT)).as("%s connects", settings.clientId()).isTrue();
        return bus;
    }

    private static void assertNeverConnects(MqttSettings settings) throws InterruptedException {
        try (MqttBus bus = MqttBus.connect(settings, REGISTRY)) {
            awaitUntil(settings.clientId() + ": a refused attempt", () -> bus.connectionStats().connectFailures() >= 2,
                    WAIT);
            assertThat(bus.connectionStats().connects()).isZero();
            assertThat(bus.connected()).isFalse();
        }
    }

    private static RadarScan radar(long seq) {
        return new RadarScan(Header.of("radar_front", seq, 1_000 * seq), List.of());
    }

    private static EgoState ego(long seq) {
        return new EgoState(Header.of("base_link", seq, 1_000 * seq), Pose.planar(seq, 0, 0), 10, 0, 0, 0);
    }

    @Test
    void aClientTrustingTheCaConnectsOverTlsWithItsPassword() throws Exception {
        try (MqttBus stack = connected(as("stack", "stack-secret", "acl-stack-ok"))) {
            Inbox inbox = new Inbox();
            stack.subscribe(STATUS, inbox);
            stack.publish(STATUS, status(1));
            assertThat(inbox.awaitCount(1, WAIT)).isTrue();
            assertThat(inbox.messages()).containsExactly(status(1));
        }
    }

    @Test
    void aWrongPasswordNoCredentialsOrTrustingAnotherCaIsRefused() throws Exception {
        assertNeverConnects(as("stack", "not-the-password", "acl-wrong-password"));
        assertNeverConnects(MqttSettings.of("ssl://127.0.0.1:" + broker.port(), "acl-anonymous")
                .withTls(MqttTls.trusting(ca.trustStore(), ca.password())));
        // Right password, but trusting other CAs (the JVM's public ones) than the one that signed the broker.
        assertNeverConnects(as("stack", "stack-secret", "acl-other-ca").withTls(MqttTls.JVM_DEFAULT));
    }

    @Test
    void onlyTheArbiterReachesSubscribersOnControlCommand() throws Exception {
        try (MqttBus listener = connected(as("stack", "stack-secret", "acl-listener"));
             MqttBus drivers = connected(as("drivers", "drivers-secret", "acl-drivers"));
             MqttBus stack = connected(as("stack", "stack-secret", "acl-stack"));
             MqttBus arbiter = connected(as("arbiter", "arbiter-secret", "acl-arbiter"))) {
            // A long queue: a latest-wins topic must not hide a forbidden command behind a later one.
            Inbox commands = new Inbox();
            Subscription commandSub = listener.subscribe(COMMAND, SubscribeOptions.named("commands").withQueueCapacity(64),
                    commands);
            Inbox sensors = new Inbox();
            listener.subscribe(RADAR, SubscribeOptions.named("radar").withQueueCapacity(64), sensors);
            listener.subscribe(EGO, SubscribeOptions.named("ego").withQueueCapacity(64), sensors);

            // Forbidden commands first, then allowed sensor data on the same connections: once the
            // sensor data has arrived, the broker has handled the commands before it.
            drivers.publish(COMMAND, command(666));
            stack.publish(COMMAND, command(667));
            drivers.publish(RADAR, radar(1));
            drivers.publish(EGO, ego(2));
            stack.publish(STATUS, status(3));
            assertThat(sensors.awaitCount(2, WAIT)).as("the drivers' sensor topics are delivered").isTrue();

            // The arbiter's command is delivered; it arrives after anything the broker forwarded earlier.
            arbiter.publish(COMMAND, command(1));
            assertThat(commands.awaitAny(m -> m.header().seq() == 1, WAIT)).isTrue();
            assertThat(commands.messages()).extracting(Message::header).extracting(Header::seq).containsExactly(1L);
            assertThat(commandSub.dropped()).isZero();
            assertThat(sensors.messages()).containsExactlyInAnyOrder(radar(1), ego(2));
        }
    }
}
