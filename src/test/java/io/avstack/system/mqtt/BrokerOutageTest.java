package io.avstack.system.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.bus.mqtt.MqttBus;
import io.avstack.core.msg.SafetyStatus;
import io.avstack.core.msg.Detections3D;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.fusion.detect.LidarStage;
import io.avstack.fusion.detect.RadarStage;
import io.avstack.fusion.truth.GroundTruthHistory;
import java.util.List;
import io.avstack.core.time.Clock;
import io.avstack.core.time.SystemClock;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.system.CliHarness;
import io.avstack.vehicle.bench.e2e.SimSensorFeed;
import io.avstack.vehicle.fusion.DetectionSource;
import io.avstack.vehicle.run.OnboardStack;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broker outage in a split deployment: simulated drivers (real rates, real time) and the onboard
 * stack are two MQTT clients of a real Mosquitto on loopback. The broker is stopped mid-run: the
 * stack's safety node must command the minimal-risk manoeuvre (its status says
 * {@code OVERRIDE_MRM}); the broker is started again on the same port: the clients reconnect and
 * resubscribe and the stack leaves the MRM. Times are printed (not asserted, they depend on the
 * machine): MRM after the last sensor frame the stack received, recovery after the broker listens
 * again. Both are read from the stack's own stamps (the status header) and the system clock.
 *
 * <p>The detector stages find nothing ({@link NothingDetected}): what is tested is the transport and
 * the safety layer, and on a machine shared by many builds the CNNs alone can keep the stack from
 * ever driving normally (stale detections), which is the bench's business, not this test's.
 */
class BrokerOutageTest {

    private static final String VEHICLE = OnboardStack.VEHICLE_ID;
    private static final TopicRegistry REGISTRY = TopicRegistry.standard(VEHICLE);
    private static final long WAIT_MS = 60_000;

    @BeforeAll
    static void needsMosquitto() {
        MosquittoBroker.assumeInstalled();
    }

    @Test
    void theStackEntersTheMrmWhenTheBrokerDiesAndLeavesItWhenItReturns() throws Exception {
        Clock clock = SystemClock.INSTANCE;
        SimSetup setup = ScenarioSetups.of(ScenarioLoader.load(CliHarness.REPO.resolve("scenarios/bench-ten-actors.yaml"),
                Map.of("durationS", "120"), null).get(0));
        int port = MqttTestSupport.freePort();
        MosquittoBroker broker = MosquittoBroker.start(port);
        try (DetectionSource detections = new NothingDetected();
             MqttBus drivers = MqttBus.connect(MqttTestSupport.settings(broker.url(), "outage-drivers"), REGISTRY);
             MqttBus stackBus = MqttBus.connect(MqttTestSupport.settings(broker.url(), "outage-stack"), REGISTRY)) {
            assertThat(drivers.awaitConnected(MqttTestSupport.WAIT)).isTrue();
            assertThat(stackBus.awaitConnected(MqttTestSupport.WAIT)).isTrue();
            AtomicLong lastSensorNs = new AtomicLong();
            AtomicLong backMarkNs = new AtomicLong(Long.MAX_VALUE);
            AtomicLong firstSensorBackNs = new AtomicLong();
            stackBus.subscribe("avstack/" + VEHICLE + "/sensor/#", SubscribeOptions.named("test-last-sensor"),
                    (t, m) -> {
                        long now = clock.nowNs();
                        lastSensorNs.set(now);
                        if (now > backMarkNs.get()) {
                            firstSensorBackNs.compareAndSet(0, now);
                        }
                    });
            try (OnboardStack stack = OnboardStack.start(stackBus, clock, setup, detections, FusionConfig.defaults(),
                    stackBus::connected)) {
                SimSensorFeed feed = new SimSensorFeed(setup, drivers, clock, (t, m) -> { }, VEHICLE).start();
                try {
                    SafetyStatus nominal = await(stack, s -> s.verdict() != SafetyStatus.Verdict.OVERRIDE_MRM,
                            "the stack driving normally on the sensors (not MRM)");
                    System.out.println("stack nominal: " + nominal.verdict() + " " + nominal.reason());

                    broker.close();
                    long stoppedNs = clock.nowNs();
                    SafetyStatus mrm = await(stack, s -> s.verdict() == SafetyStatus.Verdict.OVERRIDE_MRM
                            && s.header().stampNs() >= stoppedNs, "the MRM after the broker stopped");
                    long lastSensor = lastSensorNs.get();
                    System.out.printf("broker outage: MRM %.1f ms after the last sensor frame the stack received "
                            + "(%.1f ms after the broker was stopped): %s (%s)%n",
                            (mrm.header().stampNs() - lastSensor) / 1e6, (mrm.header().stampNs() - stoppedNs) / 1e6,
                            mrm.reason(), mrm.degradedMode());
                    assertThat(stackBus.connected()).isFalse();

                    broker = MosquittoBroker.start(port);
                    long backNs = clock.nowNs();
                    backMarkNs.set(backNs);
                    SafetyStatus recovered = await(stack, s -> s.verdict() != SafetyStatus.Verdict.OVERRIDE_MRM
                            && s.header().stampNs() >= backNs, "recovery after the broker returned");
                    System.out.printf("broker outage: recovered (%s) %.1f ms after the broker listened again; "
                            + "first sensor frame at the stack %.1f ms after it (MQTT reconnect + resubscribe)%n", recovered.verdict(),
                            (recovered.header().stampNs() - backNs) / 1e6, (firstSensorBackNs.get() - backNs) / 1e6);
                    assertThat(stackBus.connected()).isTrue();
                    assertThat(lastSensorNs.get()).as("sensor frames flow again").isGreaterThan(backNs);
                } finally {
                    feed.stop();
                }
            }
        } finally {
            broker.close();
        }
    }

    /** Detector stages that run instantly and find nothing: every sensor alive, an empty world. */
    private static final class NothingDetected implements DetectionSource {
        @Override
        public String name() {
            return "nothing";
        }

        @Override
        public CameraStage camera(GroundTruthHistory truth, long seed) {
            return frame -> List.of();
        }

        @Override
        public LidarStage lidar(GroundTruthHistory truth, long seed) {
            return scan -> new Detections3D(scan.header(), List.of());
        }

        @Override
        public RadarStage radar() {
            return scan -> List.of();
        }

        @Override
        public boolean needsTruth() {
            return false;
        }
    }

    /** Polls the safety node's last status until {@code ok}; fails after {@link #WAIT_MS}. */
    private static SafetyStatus await(OnboardStack stack, Predicate<SafetyStatus> ok, String what)
            throws InterruptedException {
        SafetyStatus s = null;
        for (long waited = 0; waited < WAIT_MS; waited += 5) {
            s = stack.safety().lastStatus();
            if (s != null && ok.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        assertThat(s).as("%s within %d ms; last status %s", what, WAIT_MS, s).matches(x -> x != null && ok.test(x));
        return s;
    }
}
