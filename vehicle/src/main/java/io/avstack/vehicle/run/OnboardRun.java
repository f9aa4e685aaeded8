package io.avstack.vehicle.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.bus.mqtt.MqttBus;
import io.avstack.core.bus.mqtt.MqttSettings;
import io.avstack.core.log.DriveLogMetadata;
import io.avstack.core.log.DriveLogOptions;
import io.avstack.core.log.DriveLogRecorder;
import io.avstack.core.log.DriveLogRotation;
import io.avstack.core.log.RotatingDriveLogWriter;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.time.Clock;
import io.avstack.core.time.SystemClock;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.vehicle.broker.EmbeddedBroker;
import io.avstack.vehicle.broker.EmbeddedBrokerSettings;
import io.avstack.vehicle.fusion.CnnDetections;
import io.avstack.vehicle.fusion.DetectionSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * {@code avstack run} with the {@code drivers} input (or role {@code STACK}): real sensor drivers
 * and/or the onboard stack on the asynchronous in-process bus or on MQTT (embedded broker or an
 * external one), a drive-log recorder, until the file inputs end, the configured duration passes,
 * or a stop is requested (SIGTERM). Every node (each driver, the stack's nodes, the recorder)
 * publishes its health on {@code system/health}. At the end the drive log gets everything already
 * published (a bounded drain) before it is finished.
 */
final class OnboardRun {

    /** Longest wait for the stack to finish the last inputs and for the recorder's queue to empty. */
    static final Duration DRAIN_BOUND = Duration.ofSeconds(5);

    /** How long the process waits for its MQTT connection before starting the drivers and nodes. */
    static final Duration CONNECT_WAIT = Duration.ofSeconds(10);

    private OnboardRun() {
    }

    /** Runs it; returns the number of messages recorded (0 without a log). */
    static long run(RunConfig config, Path baseDir, AtomicBoolean stop, PrintWriter out) throws Exception {
        Clock clock = SystemClock.INSTANCE;
        TopicRegistry registry = TopicRegistry.standard(config.vehicleId());
        EmbeddedBroker broker = null;
        Bus bus;
        BooleanSupplier connected = () -> true;
        if (config.bus().transport() == RunConfig.Transport.MQTT) {
            String url = config.bus().url();
            if (url == null) {
                broker = EmbeddedBroker.start(EmbeddedBrokerSettings.loopback(0));
                url = broker.url();
                out.println("embedded MQTT broker at " + url);
            }
            MqttSettings settings = MqttSettings.of(url, "avstack-" + config.role().name().toLowerCase(Locale.ROOT) + "-"
                    + ProcessHandle.current().pid());
            if (config.bus().username() != null) {
                settings = settings.withCredentials(config.bus().username(), config.bus().password());
            }
            // The stack's own topics (world model, plans, commands) stay in the stack's process: no broker
            // round trip between its nodes, never queued behind sensor frames (MqttBus, loopback topics).
            MqttBus mqtt = config.role() == RunConfig.Role.DRIVERS ? MqttBus.connect(settings, registry)
                    : MqttBus.connect(settings, registry, OnboardStack.publishedTopics(config.vehicleId()));
            // drivers reading files would otherwise publish into a connection still being made (dropped)
            if (!mqtt.awaitConnected(CONNECT_WAIT)) {
                out.println("MQTT broker " + url + " not reachable within " + CONNECT_WAIT.toSeconds()
                        + " s; going on, messages are dropped until the client connects");
            }
            connected = mqtt::connected;
            bus = mqtt;
        } else {
            bus = InProcessBus.asynchronous(registry);
        }
        HealthTicker health = new HealthTicker(clock, 100);
        DriveLogRecorder recorder = null;
        Subscription recorded = null;
        DriverSet drivers = null;
        OnboardStack stack = null;
        DetectionSource detections = null;
        try {
            RunConfig.LogConfig log = config.log();
            if (log != null) {
                RotatingDriveLogWriter writer = RotatingDriveLogWriter.create(baseDir.resolve(log.dir()),
                        "drive-" + config.role().name().toLowerCase(Locale.ROOT),
                        new DriveLogMetadata("", 0L, clock.nowNs(), Map.of("role", config.role().name())),
                        DriveLogOptions.DEFAULTS,
                        new DriveLogRotation(log.maxFileMb() * 1_000_000L, log.maxTotalMb() * 1_000_000L));
                out.println("drive log: " + writer.path() + " (rotating, series in " + log.dir() + ")");
                NodeBus recorderBus = new NodeBus(bus, config.vehicleId(), "drive_log", clock);
                recorder = DriveLogRecorder.start(recorderBus, "avstack/#", writer, clock);
                recorded = recorderBus.subscriptions().get(0);
                health.add(recorderBus, () -> 0);
            }
            if (config.stack() != null && config.role() != RunConfig.Role.DRIVERS) {
                detections = CnnDetections.load(TrackedObject.SENSOR_ALL, null, "auto");
                stack = startStack(config.stack(), bus, clock, baseDir, detections, connected);
                out.println("stack running (fusion " + stack.fusionRateHz() + " Hz, planning, safety)");
            }
            if (config.role() != RunConfig.Role.STACK && config.drivers() != null) {
                drivers = DriverSet.start(config.drivers(), (name, ownDrops) -> {
                    NodeBus nb = new NodeBus(bus, config.vehicleId(), name, clock);
                    health.add(nb, ownDrops);
                    return nb;
                }, config.vehicleId(), clock, baseDir);
            }
            health.start();
            out.flush();
            long endNs = config.durationS() > 0 ? clock.nowNs() + (long) (config.durationS() * 1e9) : Long.MAX_VALUE;
            while (!stop.get() && clock.nowNs() < endNs && (drivers == null || !drivers.allInputsEnded())) {
                Thread.sleep(50);
            }
            if (drivers != null) {
                for (String f : drivers.failures()) {
                    out.println("driver input failed: " + f);
                }
            }
            return recorder == null ? 0 : recorder.recorded();
        } finally {
            finish(drivers, stack, detections, health, recorder, recorded, out);
            bus.close();
            if (broker != null) {
                broker.close();
            }
        }
    }

    private static OnboardStack startStack(RunConfig.StackInput in, Bus bus, Clock clock, Path baseDir,
                                           DetectionSource detections, BooleanSupplier connected) {
        SimSetup setup = ScenarioSetups.of(ScenarioLoader.load(baseDir.resolve(in.scenario()),
                in.params() == null ? Map.of() : in.params(), null).get(0));
        FusionConfig fusion = FusionConfig.defaults();
        if (in.fusionRateHz() != null) {
            fusion = OnboardStack.withRate(fusion, in.fusionRateHz());
        }
        return OnboardStack.start(bus, clock, setup, detections, fusion, connected);
    }

    /**
     * Stops in dependency order: drivers (no new input), the stack once it has handled what
     * arrived, the health reports (a last one each), then the recorder once its queue is empty, each
     * wait bounded by {@link #DRAIN_BOUND}.
     */
    private static void finish(DriverSet drivers, OnboardStack stack, DetectionSource detections, HealthTicker health,
                               DriveLogRecorder recorder, Subscription recorded, PrintWriter out) throws Exception {
        if (drivers != null) {
            drivers.close();
        }
        if (stack != null) {
            for (NodeBus nb : stack.nodeBuses()) {
                for (Subscription s : nb.subscriptions()) {
                    Drain.await(s, DRAIN_BOUND);
                }
            }
            stack.close();
        }
        if (detections != null) {
            detections.close();
        }
        health.close();
        if (recorder != null) {
            if (!Drain.await(recorded, DRAIN_BOUND)) {
                out.println("drive log: " + recorded.queued() + " messages still queued after " + DRAIN_BOUND.toSeconds()
                        + " s were not recorded");
            }
            recorder.close();
        }
    }
}
