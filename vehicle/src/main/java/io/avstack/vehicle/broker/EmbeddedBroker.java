package io.avstack.vehicle.broker;

import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default MQTT broker: HiveMQ Community Edition, embedded in this process. MQTT 3.1.1 and 5 on
 * one TCP listener ({@code 127.0.0.1} unless configured), in-memory persistence, no usage
 * statistics, a packet limit that fits 2 MB payloads, optional user/password authentication.
 *
 * <p>Everything HiveMQ writes (config, data, extensions folders) lives in a fresh temporary folder
 * that {@link #close()} deletes; JVM-wide side effects are undone after start
 * ({@link HiveMqSideEffects}). HiveMQ logs through SLF4J ({@code withoutLoggingBootstrap}); note that
 * its jar carries a {@code logback.xml}, which logback uses if the program ships none of its own.
 *
 * <p>Start takes ~1-1.5 s, stop ~4 s (measured). A stopped broker cannot be started again (HiveMQ
 * refuses: its metrics are still registered); to "restart", start a new one on the same
 * {@link #port()}. Run one broker per JVM at a time: HiveMQ's extension services are static.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final EmbeddedBrokerSettings settings;
    private final EmbeddedHiveMQ hiveMq;
    private final Path workDir;
    private final int port;
    private volatile boolean closed;

    private EmbeddedBroker(EmbeddedBrokerSettings settings, EmbeddedHiveMQ hiveMq, Path workDir, int port) {
        this.settings = settings;
        this.hiveMq = hiveMq;
        this.workDir = workDir;
        this.port = port;
    }

    /**
     * Starts a broker and returns once it accepts connections.
     *
     * @throws IllegalStateException if HiveMQ does not start within {@code startTimeout} (e.g. the
     *                               port is in use) or does not listen where configured
     * @throws UncheckedIOException  if the temporary folder cannot be created
     */
    public static EmbeddedBroker start(EmbeddedBrokerSettings settings) {
        Path workDir;
        try {
            workDir = Files.createTempDirectory("avstack-broker-");
            Path configDir = Files.createDirectories(workDir.resolve("config"));
            Files.writeString(configDir.resolve("config.xml"), HiveMqConfig.xml(settings));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the broker's temporary folder", e);
        }
        EmbeddedHiveMQ hiveMq = null;
        try {
            BrokerExtension extension = new BrokerExtension(settings);
            HiveMqSideEffects sideEffects = HiveMqSideEffects.contain(workDir.resolve("jna"));
            try {
                hiveMq = EmbeddedHiveMQ.builder()
                        .withConfigurationFolder(workDir.resolve("config"))
                        .withDataFolder(Files.createDirectories(workDir.resolve("data")))
                        .withExtensionsFolder(Files.createDirectories(workDir.resolve("extensions")))
                        .withEmbeddedExtension(extension.embedded())
                        .withoutLoggingBootstrap()
                        .build();
                hiveMq.start().get(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                sideEffects.restore();
            }
            int port = extension.boundPort(settings.bindAddress());
            if (port <= 0 || (settings.port() != 0 && port != settings.port())) {
                throw new IllegalStateException("embedded broker listens on [" + extension.describeListeners()
                        + "], not on " + settings.bindAddress() + ":" + settings.port()
                        + " as configured; was its config.xml read?");
            }
            LOG.info("embedded MQTT broker (HiveMQ CE) listening on tcp://{}:{}{}", settings.bindAddress(), port,
                    settings.requiresCredentials() ? " (authentication required)" : "");
            return new EmbeddedBroker(settings, hiveMq, workDir, port);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw abort(settings, hiveMq, workDir, "interrupted while starting", e);
        } catch (ExecutionException e) {
            throw abort(settings, hiveMq, workDir, "HiveMQ failed to start (is the port in use?): " + e.getCause(), e);
        } catch (TimeoutException e) {
            throw abort(settings, hiveMq, workDir, "HiveMQ did not start within " + settings.startTimeout(), e);
        } catch (IOException e) {
            throw abort(settings, hiveMq, workDir, "cannot prepare the broker's folders: " + e, e);
        } catch (RuntimeException e) {
            throw abort(settings, hiveMq, workDir, e.getMessage(), e);
        }
    }

    private static IllegalStateException abort(EmbeddedBrokerSettings settings, EmbeddedHiveMQ hiveMq, Path workDir,
                                               String why, Exception cause) {
        stop(hiveMq, settings);
        deleteRecursively(workDir);
        return new IllegalStateException("embedded broker on " + settings.bindAddress() + ":" + settings.port()
                + ": " + why, cause);
    }

    /** The port the broker listens on (the one picked when the settings said 0). */
    public int port() {
        return port;
    }

    public String bindAddress() {
        return settings.bindAddress();
    }

    /** {@code tcp://<bindAddress>:<port>}, for {@code MqttSettings}. */
    public String url() {
        String host = settings.bindAddress().contains(":") ? "[" + settings.bindAddress() + "]" : settings.bindAddress();
        return "tcp://" + host + ":" + port;
    }

    public EmbeddedBrokerSettings settings() {
        return settings;
    }

    /** The temporary folder holding HiveMQ's files; gone after {@link #close()}. */
    public Path workDir() {
        return workDir;
    }

    public boolean isRunning() {
        return !closed;
    }

    /**
     * Stops the broker (clients are disconnected; ~4 s) and deletes its folder. Idempotent. The
     * broker cannot be started again.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop(hiveMq, settings);
        deleteRecursively(workDir);
        LOG.info("embedded MQTT broker on port {} stopped", port);
    }

    private static void stop(EmbeddedHiveMQ hiveMq, EmbeddedBrokerSettings settings) {
        if (hiveMq == null) {
            return;
        }
        try {
            hiveMq.stop().get(settings.stopTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // A broker whose start failed has stopped itself; its stop reports the start's failure.
            LOG.debug("embedded broker stop: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while stopping the embedded broker; it may still be running");
            return;
        } catch (TimeoutException e) {
            LOG.warn("embedded broker did not stop within {}; leaving it", settings.stopTimeout());
            return;
        }
        try {
            hiveMq.close(); // stopped already: this only ends HiveMQ's own state-change thread
        } catch (ExecutionException | RuntimeException e) {
            LOG.debug("embedded broker close: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("cannot delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete the broker folder {}: {}", dir, e.toString());
        }
    }
}
