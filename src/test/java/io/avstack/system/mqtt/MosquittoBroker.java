package io.avstack.system.mqtt;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Mosquitto broker as a child process, listening on 127.0.0.1 only, anonymous, without
 * persistence. Tests skip when it is not installed, unless {@code AVSTACK_REQUIRE_MOSQUITTO=1}
 * (set on CI), which turns the skip into a failure.
 */
final class MosquittoBroker implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/mosquitto");
    private static final int READY_POLLS = 500;
    private static final long READY_POLL_MS = 20;
    private static final long STOP_WAIT_S = 10;

    private final Process process;
    private final Path dir;
    private final int port;

    private MosquittoBroker(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** Skips the calling test class if Mosquitto is missing, or fails it on CI. */
    static void assumeInstalled() {
        assumeExecutable(BINARY);
    }

    /** Skips the calling test class if {@code tool} (from the mosquitto package) is missing, or fails it on CI. */
    static void assumeExecutable(Path tool) {
        if (Files.isExecutable(tool)) {
            return;
        }
        String why = tool + " not found (Debian/Ubuntu: apt-get install mosquitto)";
        if ("1".equals(System.getenv("AVSTACK_REQUIRE_MOSQUITTO"))) {
            fail("AVSTACK_REQUIRE_MOSQUITTO=1 but " + why);
        }
        Assumptions.abort("Mosquitto interop tests skipped: " + why);
    }

    /** Starts Mosquitto on {@code port} and returns once it accepts TCP connections. */
    static MosquittoBroker start(int port) throws IOException, InterruptedException {
        return start(port, "");
    }

    /**
     * Starts Mosquitto with {@code listenerOptions} (lines of {@code mosquitto.conf} that apply to
     * the listener, e.g. TLS files) appended to the listener.
     */
    static MosquittoBroker start(int port, String listenerOptions) throws IOException, InterruptedException {
        return startWithConfig(port, """
                listener %d 127.0.0.1
                allow_anonymous true
                persistence false
                log_dest stderr
                log_type error
                log_type warning
                %s
                """.formatted(port, listenerOptions));
    }

    /**
     * Starts Mosquitto with the whole {@code mosquitto.conf} given, whose listener must be on
     * 127.0.0.1 {@code port}; returns once it accepts TCP connections.
     */
    static MosquittoBroker startWithConfig(int port, String configText) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("avstack-mosquitto-");
        Path config = dir.resolve("mosquitto.conf");
        Files.writeString(config, configText);
        Path log = dir.resolve("mosquitto.log");
        Process process = new ProcessBuilder(BINARY.toString(), "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        MosquittoBroker broker = new MosquittoBroker(process, dir, port);
        broker.awaitListening(log);
        return broker;
    }

    private void awaitListening(Path log) throws IOException, InterruptedException {
        for (int i = 0; i < READY_POLLS; i++) {
            if (!process.isAlive()) {
                String output = Files.readString(log);
                close();
                fail("mosquitto exited with " + process.exitValue() + " on port " + port + ": " + output);
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(READY_POLL_MS);
            }
        }
        close();
        fail("mosquitto did not listen on port " + port + ": " + Files.readString(log));
    }

    int port() {
        return port;
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Stops the process (SIGTERM, then SIGKILL if it lingers) and deletes its folder. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_WAIT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_WAIT_S, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp folder
        }
    }
}
