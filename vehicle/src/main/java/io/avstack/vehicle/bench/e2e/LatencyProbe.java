package io.avstack.vehicle.bench.e2e;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.BusStats;
import io.avstack.core.bus.MessageHandler;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.Message;
import io.avstack.core.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records when each message of the end-to-end chain was published or received, on the benchmark's
 * clock: sensor frames (by the simulated drivers), detections, world models, trajectories, planned
 * commands, the safety monitor's receipt of planned commands and radar scans, and final commands.
 * The stack's nodes are built on {@link #wrap}: a bus that records and delegates. {@link E2eAnalysis}
 * turns the logs into latencies.
 */
final class LatencyProbe {

    /** Prefix of the safety node's monitor subscriptions (TopicMonitor names them {@code safety-monitor:<topic>}). */
    static final String SAFETY_MONITOR = "safety-monitor:";

    final EventLog cameraPublished = new EventLog();
    final EventLog lidarPublished = new EventLog();
    final EventLog radarPublished = new EventLog();
    /** Camera detections (key: frame stamp). */
    final EventLog cameraDetected = new EventLog();
    /** Lidar detections (key: scan stamp). */
    final EventLog lidarDetected = new EventLog();
    /** World models (key: stamp = publish time on the fusion thread's clock). */
    final EventLog worldModels = new EventLog();
    /** Trajectories (key: stamp of the world model they were planned on, -1 unknown). */
    final EventLog trajectories = new EventLog();
    /** Planned commands (key: their stamp). */
    final EventLog plannedCommands = new EventLog();
    /** The safety monitor received a planned command (key: its stamp). */
    final EventLog safetyGotPlanned = new EventLog();
    /** The safety monitor received a radar scan (key: its stamp). */
    final EventLog safetyGotRadar = new EventLog();
    /** Final commands (key: stamp). */
    final EventLog commands = new EventLog();

    private final Clock clock;
    private final String camera;
    private final String lidar;
    private final String radar;
    private final String detections2d;
    private final String detections3d;
    private final String objects;
    private final String trajectory;
    private final String planned;
    private final String command;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    /** The world model a planner handler is working on, so its trajectory can name it. */
    private final ThreadLocal<long[]> currentWorldModel = ThreadLocal.withInitial(() -> new long[] {-1});

    LatencyProbe(Clock clock, String vehicle) {
        this.clock = clock;
        this.camera = TopicNames.topic(vehicle, StandardTopics.CAMERA_FRONT);
        this.lidar = TopicNames.topic(vehicle, StandardTopics.LIDAR_TOP);
        this.radar = TopicNames.topic(vehicle, StandardTopics.RADAR_FRONT);
        this.detections2d = TopicNames.topic(vehicle, StandardTopics.DETECTIONS_2D_FRONT);
        this.detections3d = TopicNames.topic(vehicle, StandardTopics.DETECTIONS_3D);
        this.objects = TopicNames.topic(vehicle, StandardTopics.OBJECTS);
        this.trajectory = TopicNames.topic(vehicle, StandardTopics.TRAJECTORY);
        this.planned = TopicNames.topic(vehicle, StandardTopics.PLANNED_COMMAND);
        this.command = TopicNames.topic(vehicle, StandardTopics.CONTROL_COMMAND);
    }

    /** A simulated driver published a sensor message on {@code topic} (called just before the publish). */
    void sensorPublished(String topic, Message m) {
        long now = clock.nowNs();
        long stamp = m.header().stampNs();
        if (topic.equals(camera)) {
            cameraPublished.add(stamp, now);
        } else if (topic.equals(lidar)) {
            lidarPublished.add(stamp, now);
        } else if (topic.equals(radar)) {
            radarPublished.add(stamp, now);
        }
    }

    private void published(String topic, Message m) {
        long now = clock.nowNs();
        long stamp = m.header().stampNs();
        if (topic.equals(detections2d)) {
            cameraDetected.add(stamp, now);
        } else if (topic.equals(detections3d)) {
            lidarDetected.add(stamp, now);
        } else if (topic.equals(objects)) {
            worldModels.add(stamp, now);
        } else if (topic.equals(trajectory)) {
            trajectories.add(currentWorldModel.get()[0], now);
        } else if (topic.equals(planned)) {
            plannedCommands.add(stamp, now);
        } else if (topic.equals(command)) {
            commands.add(stamp, now);
        }
    }

    private MessageHandler received(String name, MessageHandler handler) {
        boolean monitor = name.startsWith(SAFETY_MONITOR);
        return (topic, m) -> {
            if (monitor) { // on receipt: the safety node's trigger may share this delivery (NodeBus.ordered)
                if (topic.equals(planned)) {
                    safetyGotPlanned.add(m.header().stampNs(), clock.nowNs());
                } else if (topic.equals(radar)) {
                    safetyGotRadar.add(m.header().stampNs(), clock.nowNs());
                }
            }
            boolean worldModel = topic.equals(objects);
            long[] current = currentWorldModel.get();
            if (worldModel) {
                current[0] = m.header().stampNs();
            }
            try {
                handler.onMessage(topic, m);
            } finally {
                if (worldModel) {
                    current[0] = -1;
                }
            }
        };
    }

    /** Every subscription the stack made through {@link #wrap}. */
    List<Subscription> subscriptions() {
        return List.copyOf(subscriptions);
    }

    /** {@code bus} for the stack's nodes, recording on the way. Closing it closes nothing. */
    Bus wrap(Bus bus) {
        return new Bus() {
            @Override
            public void publish(String topic, Message message) {
                published(topic, message);
                bus.publish(topic, message);
            }

            @Override
            public Subscription subscribe(String filter, SubscribeOptions options, MessageHandler handler) {
                Subscription s = bus.subscribe(filter, options, received(options.name(), handler));
                subscriptions.add(s);
                return s;
            }

            @Override
            public Subscription tap(String filter, String name, MessageHandler handler) {
                Subscription s = bus.tap(filter, name, received(name, handler));
                subscriptions.add(s);
                return s;
            }

            @Override
            public BusStats stats() {
                return bus.stats();
            }

            @Override
            public void close() {
            }
        };
    }
}
