package io.avstack.vehicle.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.bus.mqtt.MqttBus;
import io.avstack.core.bus.mqtt.MqttSettings;
import io.avstack.core.log.DriveLogMetadata;
import io.avstack.core.log.DriveLogRecorder;
import io.avstack.core.log.DriveLogOptions;
import io.avstack.core.log.DriveLogRotation;
import io.avstack.core.log.RotatingDriveLogWriter;
import io.avstack.core.time.Clock;
import io.avstack.core.time.SystemClock;
import io.avstack.vehicle.broker.EmbeddedBroker;
import io.avstack.vehicle.broker.EmbeddedBrokerSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code avstack run} with the {@code drivers} input: real sensor drivers on the asynchronous
 * in-process bus or on MQTT (embedded broker or an external one), a drive-log recorder, until the
 * file inputs end, the configured duration passes, or a stop is requested (SIGTERM).
 */
final class OnboardRun {

    private OnboardRun() {
    }

    /** Runs it; returns the number of messages recorded (0 without a log). */
    static long run(RunConfig config, Path baseDir, AtomicBoolean stop, PrintWriter out) throws Exception {
        Clock clock = SystemClock.INSTANCE;
        TopicRegistry registry = TopicRegistry.standard(config.vehicleId());
        EmbeddedBroker broker = null;
        Bus bus;
        if (config.bus().transport() == RunConfig.Transport.MQTT) {
            String url = config.bus().url();
            if (url == null) {
                broker = EmbeddedBroker.start(EmbeddedBrokerSettings.loopback(0));
                url = broker.url();
                out.println("embedded MQTT broker at " + url);
            }
            MqttSettings settings = MqttSettings.of(url, "avstack-" + config.role().name().toLowerCase() + "-"
                    + ProcessHandle.current().pid());
            if (config.bus().username() != null) {
                settings = settings.withCredentials(config.bus().username(), config.bus().password());
            }
            bus = MqttBus.connect(settings, registry);
        } else {
            bus = InProcessBus.asynchronous(registry);
        }
        DriveLogRecorder recorder = null;
        DriverSet drivers = null;
        try {
            RunConfig.LogConfig log = config.log();
            if (log != null) {
                RotatingDriveLogWriter writer = RotatingDriveLogWriter.create(baseDir.resolve(log.dir()),
                        "drive-" + config.role().name().toLowerCase(java.util.Locale.ROOT),
                        new DriveLogMetadata("", 0L, clock.nowNs(), Map.of("role", config.role().name())),
                        DriveLogOptions.DEFAULTS,
                        new DriveLogRotation(log.maxFileMb() * 1_000_000L, log.maxTotalMb() * 1_000_000L));
                out.println("drive log: " + writer.path() + " (rotating, series in " + log.dir() + ")");
                recorder = DriveLogRecorder.start(bus, "avstack/#", writer, clock);
            }
            if (config.role() != RunConfig.Role.STACK) {
                drivers = DriverSet.start(config.drivers(), bus, config.vehicleId(), clock, baseDir);
            }
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
            if (drivers != null) {
                drivers.close();
            }
            // drain what the drivers published before the log is finished
            Thread.sleep(200);
            if (recorder != null) {
                recorder.close();
            }
            bus.close();
            if (broker != null) {
                broker.close();
            }
        }
    }
}
