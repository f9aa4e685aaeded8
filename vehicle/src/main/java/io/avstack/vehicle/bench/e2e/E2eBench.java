package io.avstack.vehicle.bench.e2e;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.bus.mqtt.MqttBus;
import io.avstack.core.bus.mqtt.MqttSettings;
import io.avstack.core.msg.NodeHealth;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.vehicle.broker.EmbeddedBroker;
import io.avstack.vehicle.broker.EmbeddedBrokerSettings;
import io.avstack.vehicle.fusion.CnnDetections;
import io.avstack.vehicle.fusion.DetectionSource;
import io.avstack.vehicle.run.OnboardStack;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * {@code avstack bench e2e}: simulated sensors at real rates in real time ({@link SimSensorFeed})
 * through the asynchronous bus (in-process, or MQTT through the embedded broker with the drivers
 * and the stack as two clients) and the full onboard stack ({@link OnboardStack}: the committed
 * CNNs, radar clustering, fusion, planning, safety); a {@link LatencyProbe} times every step and
 * {@link E2eAnalysis} turns that into latencies. Definitions in docs/RUN.md.
 */
public final class E2eBench {

    /**
     * @param mqtt         MQTT through the embedded broker instead of the in-process bus
     * @param seconds      measured seconds
     * @param warmUpS      seconds run before measuring (model loading is before both)
     * @param fusionRateHz world models per second; NaN = the shipped fusion configuration's
     * @param scenario     the scenario file the sensors simulate
     */
    public record Options(boolean mqtt, double seconds, double warmUpS, double fusionRateHz, Path scenario) {
    }

    /** JPEG quality of camera frames over MQTT (raw RGB8 in process), as the camera driver's {@code jpegQuality}. */
    static final int MQTT_JPEG_QUALITY = 90;

    /** How often the queues are sampled, ms. */
    static final long SAMPLE_MS = 100;

    private E2eBench() {
    }

    /** Runs it; progress lines go to {@code log}. Returns the report (text and JSON). */
    public static Report run(Options o, PrintWriter log) throws Exception {
        SimSetup setup = ScenarioSetups.of(io.avstack.sim.scenario.ScenarioLoader.load(o.scenario(),
                Map.of("durationS", String.valueOf(Math.ceil(o.seconds() + o.warmUpS() + 10))), null).get(0));
        FusionConfig fusion = withRate(FusionConfig.defaults(), o.fusionRateHz());
        log.println("loading the detectors ...");
        log.flush();
        TopicRegistry registry = TopicRegistry.standard(OnboardStack.VEHICLE_ID);
        BenchClock clock = new BenchClock();
        LatencyProbe probe = new LatencyProbe(clock, OnboardStack.VEHICLE_ID);
        List<AutoCloseable> closing = new ArrayList<>();
        try (DetectionSource detections = CnnDetections.load(TrackedObject.SENSOR_ALL, null, "auto")) {
            Bus driversBus;
            Bus stackBus;
            BooleanSupplier connected;
            if (o.mqtt()) {
                EmbeddedBroker broker = EmbeddedBroker.start(EmbeddedBrokerSettings.loopback(0));
                closing.add(0, broker);
                MqttBus d = MqttBus.connect(MqttSettings.of(broker.url(), "bench-e2e-drivers"), registry);
                closing.add(0, d);
                MqttBus s = MqttBus.connect(MqttSettings.of(broker.url(), "bench-e2e-stack"), registry);
                closing.add(0, s);
                d.awaitConnected(Duration.ofSeconds(30));
                s.awaitConnected(Duration.ofSeconds(30));
                driversBus = d;
                stackBus = s;
                connected = s::connected;
            } else {
                InProcessBus bus = InProcessBus.asynchronous(registry);
                closing.add(0, bus);
                driversBus = bus;
                stackBus = bus;
                connected = () -> true;
            }
            Map<String, Long> health = new TreeMap<>();
            Subscription healthSub = stackBus.subscribe(TopicNames.topic(OnboardStack.VEHICLE_ID, StandardTopics.HEALTH),
                    (t, m) -> {
                        synchronized (health) {
                            health.merge(((NodeHealth) m).node(), 1L, Long::sum);
                        }
                    });
            OnboardStack stack = OnboardStack.start(probe.wrap(stackBus), clock, setup, detections, fusion, connected);
            SimSensorFeed feed = new SimSensorFeed(setup, driversBus, clock, probe::sensorPublished, OnboardStack.VEHICLE_ID,
                    o.mqtt() ? MQTT_JPEG_QUALITY : 0).start();
            log.printf("running %.0f s warm-up + %.0f s measured over %s ...%n", o.warmUpS(), o.seconds(),
                    o.mqtt() ? "MQTT (embedded broker)" : "the in-process bus");
            log.flush();
            long startNs = clock.nowNs();
            long fromNs = startNs + (long) (o.warmUpS() * 1e9);
            long untilNs = fromNs + (long) (o.seconds() * 1e9);
            long midNs = (fromNs + untilNs) / 2;
            int[] queue = new int[3]; // max first half, max second half, last
            long cpuFromNs = -1;
            long cpuUntilNs;
            long now;
            while ((now = clock.nowNs()) < untilNs && feed.failure() == null) {
                if (cpuFromNs < 0 && now >= fromNs) {
                    cpuFromNs = processCpuNs();
                }
                int q = queued(probe.subscriptions());
                if (now >= fromNs) {
                    int half = now < midNs ? 0 : 1;
                    queue[half] = Math.max(queue[half], q);
                }
                queue[2] = q;
                Thread.sleep(SAMPLE_MS);
            }
            cpuUntilNs = processCpuNs();
            feed.stop();
            Thread.sleep(1_000); // let the last frames reach a command
            Map<String, Long> drops = drops(probe.subscriptions(), stack);
            stack.close();
            healthSub.close();
            if (feed.failure() != null) {
                throw new IllegalStateException("the simulated sensors failed: " + feed.failure(), feed.failure());
            }
            if (o.mqtt()) {
                drops.put("disconnected (drivers + stack)", driversBus.stats().droppedDisconnected()
                        + stackBus.stats().droppedDisconnected());
            }
            double cpuCores = cpuFromNs < 0 ? Double.NaN : (cpuUntilNs - cpuFromNs) / (o.seconds() * 1e9);
            E2eAnalysis.Result result = new E2eAnalysis(probe).analyse(fromNs, untilNs);
            Map<String, Long> healthCopy;
            synchronized (health) {
                healthCopy = Map.copyOf(new TreeMap<>(health));
            }
            return new Report(new E2eReport(o.mqtt() ? "mqtt" : "inproc", o.seconds(), fusion.publishRateHz(), result,
                    drops, Math.max(queue[0], queue[1]), queue[0], queue[1], queue[2], cpuCores,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), new TreeMap<>(healthCopy),
                    feed.published()));
        } finally {
            for (AutoCloseable c : closing) {
                c.close();
            }
        }
    }

    /** The benchmark's outcome: {@link #text()} for people, {@link #json()} for scripts. */
    public static final class Report {
        private final E2eReport report;

        Report(E2eReport report) {
            this.report = report;
        }

        public String text() {
            return report.text();
        }

        public String json() {
            return report.json();
        }

        /** Sensor-to-command samples (camera and lidar frames). */
        public int frames() {
            return report.headline().count();
        }

        /** Health reports received per node. */
        public Map<String, Long> healthReports() {
            return report.healthReports();
        }
    }

    private static int queued(List<Subscription> subs) {
        int sum = 0;
        for (Subscription s : subs) {
            sum += s.queued();
        }
        return sum;
    }

    private static Map<String, Long> drops(List<Subscription> subs, OnboardStack stack) {
        Map<String, Long> drops = new TreeMap<>();
        for (Subscription s : subs) {
            drops.merge(s.filter(), s.dropped(), Long::sum);
        }
        drops.put("camera detector skipped", stack.fusion().droppedFrames(TrackedObject.SENSOR_CAMERA));
        drops.put("lidar detector skipped", stack.fusion().droppedFrames(TrackedObject.SENSOR_LIDAR));
        drops.put("radar detector skipped", stack.fusion().droppedFrames(TrackedObject.SENSOR_RADAR));
        return drops;
    }

    private static long processCpuNs() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** {@code c} with its world-model rate replaced (NaN: unchanged). */
    static FusionConfig withRate(FusionConfig c, double rateHz) {
        return Double.isNaN(rateHz) ? c : OnboardStack.withRate(c, rateHz);
    }
}
