package io.avstack.vehicle.bench.e2e;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.NodeHealth;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.vehicle.fusion.CnnDetections;
import io.avstack.vehicle.fusion.DetectionSource;
import io.avstack.vehicle.run.OnboardStack;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code avstack bench e2e}: simulated sensors at real rates in real time ({@link SimSensorFeed})
 * through the asynchronous bus (in-process, or MQTT through the embedded broker with the drivers
 * and the stack as two clients) and the full onboard stack ({@link OnboardStack}: the committed
 * CNNs, radar clustering, fusion, planning, safety); a {@link LatencyProbe} times every step and
 * {@link E2eAnalysis} turns that into latencies. Definitions in docs/RUN.md.
 */
public final class E2eBench {

    /**
     * @param mqtt         MQTT instead of the in-process bus
     * @param brokerUrl    with {@code mqtt}: an external broker (e.g. {@code tcp://127.0.0.1:1883}, a
     *                     Mosquitto as on the vehicle); null = the embedded broker in this process
     * @param seconds      measured seconds
     * @param warmUpS      seconds run before measuring (model loading is before both)
     * @param fusionRateHz world models per second; NaN = the shipped fusion configuration's
     * @param scenario     the scenario file the sensors simulate
     */
    public record Options(boolean mqtt, String brokerUrl, double seconds, double warmUpS, double fusionRateHz,
            Path scenario) {
    }

    /**
     * JPEG quality of camera frames over MQTT (raw RGB8 in process), as the camera driver's {@code jpegQuality}.
     * Raw 921 KB frames at 30 Hz would fill the receiving client's one network thread (Paho copies
     * payloads slowly): every other topic, commands included, would queue behind them.
     */
    public static final int MQTT_JPEG_QUALITY = 90;

    /** How often the queues are sampled, ms. */
    static final long SAMPLE_MS = 100;

    private E2eBench() {
    }

    /** Runs it; progress lines go to {@code log}. Returns the report (text and JSON). */
    public static Report run(Options o, PrintWriter log) throws Exception {
        SimSetup setup = ScenarioSetups.of(ScenarioLoader.load(o.scenario(),
                Map.of("durationS", String.valueOf(Math.ceil(o.seconds() + o.warmUpS() + 10))), null).get(0));
        FusionConfig fusion = withRate(FusionConfig.defaults(), o.fusionRateHz());
        log.println("loading the detectors ...");
        log.flush();
        TopicRegistry registry = TopicRegistry.standard(OnboardStack.VEHICLE_ID);
        BenchClock clock = new BenchClock();
        LatencyProbe probe = new LatencyProbe(clock, OnboardStack.VEHICLE_ID);
        try (DetectionSource detections = CnnDetections.load(TrackedObject.SENSOR_ALL, null, "auto");
             BenchBuses buses = o.mqtt() ? BenchBuses.mqtt(registry, o.brokerUrl()) : BenchBuses.inProcess(registry)) {
            Map<String, Long> health = new TreeMap<>();
            Subscription healthSub = buses.stack.subscribe(TopicNames.topic(OnboardStack.VEHICLE_ID, StandardTopics.HEALTH),
                    (t, m) -> {
                        synchronized (health) {
                            health.merge(((NodeHealth) m).node(), 1L, Long::sum);
                        }
                    });
            OnboardStack stack = OnboardStack.start(probe.wrap(buses.stack), clock, setup, detections, fusion,
                    buses.stackConnected);
            SimSensorFeed feed = new SimSensorFeed(setup, buses.drivers, clock, probe::sensorPublished,
                    OnboardStack.VEHICLE_ID, o.mqtt() ? MQTT_JPEG_QUALITY : 0).start();
            log.printf("running %.0f s warm-up + %.0f s measured over %s ...%n", o.warmUpS(), o.seconds(),
                    !o.mqtt() ? "the in-process bus" : o.brokerUrl() == null ? "MQTT (embedded broker)"
                            : "MQTT (broker " + o.brokerUrl() + ")");
            log.flush();
            long fromNs = clock.nowNs() + (long) (o.warmUpS() * 1e9);
            long untilNs = fromNs + (long) (o.seconds() * 1e9);
            QueueSampler queues = new QueueSampler(fromNs, untilNs);
            long cpuFromNs = -1;
            for (long now = clock.nowNs(); now < untilNs && feed.failure() == null; now = clock.nowNs()) {
                if (cpuFromNs < 0 && now >= fromNs) {
                    cpuFromNs = processCpuNs();
                }
                queues.sample(now, probe.subscriptions());
                Thread.sleep(SAMPLE_MS);
            }
            double cpuCores = cpuFromNs < 0 ? Double.NaN : (processCpuNs() - cpuFromNs) / (o.seconds() * 1e9);
            feed.stop();
            Thread.sleep(1_000); // let the last frames reach a command
            Map<String, Long> drops = drops(probe.subscriptions(), stack);
            stack.close();
            healthSub.close();
            if (feed.failure() != null) {
                throw new IllegalStateException("the simulated sensors failed: " + feed.failure(), feed.failure());
            }
            if (o.mqtt()) {
                drops.put("disconnected (drivers + stack)", buses.droppedDisconnected());
            }
            Map<String, Long> healthCopy;
            synchronized (health) {
                healthCopy = new TreeMap<>(health);
            }
            return new Report(new E2eReport(o.mqtt() ? "mqtt" : "inproc",
                    !o.mqtt() ? "none" : o.brokerUrl() == null ? "embedded" : o.brokerUrl(), o.seconds(), fusion.publishRateHz(),
                    new E2eAnalysis(probe).analyse(fromNs, untilNs), drops,
                    Math.max(queues.maxFirstHalf, queues.maxSecondHalf), queues.maxFirstHalf, queues.maxSecondHalf,
                    queues.last, cpuCores, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    healthCopy, feed.published()));
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
