package io.avstack.system.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.time.SystemClock;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.system.CliHarness;
import io.avstack.system.NothingDetected;
import io.avstack.vehicle.bench.e2e.SimSensorFeed;
import io.avstack.vehicle.run.OnboardStack;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * {@link OnboardStack#PUBLISHED} is exactly what the stack's nodes publish (health aside): over MQTT
 * the stack process loops these topics back in process and does not subscribe to them on the wire,
 * so a topic missing from the list would cross the broker twice, and a listed topic that something
 * else also published would lose that publisher's messages.
 */
class OnboardStackTopicsTest {

    private static final String VEHICLE = OnboardStack.VEHICLE_ID;

    @Test
    void thePublishedListIsWhatTheNodesPublish() throws Exception {
        SimSetup setup = ScenarioSetups.of(ScenarioLoader.load(CliHarness.REPO.resolve("scenarios/bench-ten-actors.yaml"),
                Map.of("durationS", "30"), null).get(0));
        Set<String> published = ConcurrentHashMap.newKeySet();
        try (InProcessBus bus = InProcessBus.asynchronous(TopicRegistry.standard(VEHICLE));
             NothingDetected detections = new NothingDetected()) {
            // everything on the bus but the simulated sensors' topics and health is the stack's
            Set<String> others = new HashSet<>();
            for (String path : List.of(StandardTopics.CAMERA_FRONT, StandardTopics.LIDAR_TOP, StandardTopics.RADAR_FRONT,
                    StandardTopics.EGO_STATE, StandardTopics.TRAFFIC_LIGHTS, StandardTopics.HEALTH)) {
                others.add(TopicNames.topic(VEHICLE, path));
            }
            bus.subscribe("avstack/" + VEHICLE + "/#", SubscribeOptions.named("topics").withQueueCapacity(10_000),
                    (topic, m) -> {
                        if (!others.contains(topic)) {
                            published.add(topic);
                        }
                    });
            Set<String> expected = OnboardStack.publishedTopics(VEHICLE);
            try (OnboardStack stack = OnboardStack.start(bus, SystemClock.INSTANCE, setup, detections,
                    FusionConfig.defaults(), () -> true)) {
                SimSensorFeed feed = new SimSensorFeed(setup, bus, SystemClock.INSTANCE, (t, m) -> { }, VEHICLE).start();
                try {
                    for (int waitedMs = 0; waitedMs < 30_000 && !published.containsAll(expected); waitedMs += 50) {
                        Thread.sleep(50);
                    }
                } finally {
                    feed.stop();
                }
            }
            assertThat(published).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
