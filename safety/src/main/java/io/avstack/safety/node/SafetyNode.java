package io.avstack.safety.node;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.RateLimitedLog;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicMonitor;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.SafetyStatus;
import io.avstack.core.msg.SafetyStatus.DegradedMode;
import io.avstack.core.msg.SafetyStatus.Verdict;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.Clock;
import io.avstack.safety.SafetySupervisor;
import io.avstack.safety.arbiter.Decision;
import io.avstack.safety.config.SafetyConfig;
import io.avstack.safety.input.InputState;
import io.avstack.safety.input.Inputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety layer on the bus: watches ego state, world model, plan, the planner's proposed
 * command and the front radar through a {@link TopicMonitor}, runs the {@link SafetySupervisor}
 * and publishes the final {@link ControlCommand} on {@code control/command} and a
 * {@link SafetyStatus} on {@code safety/status} (every {@code statusPeriodS} and whenever verdict,
 * degraded mode or cause change).
 *
 * <p>Stepping: with {@code optTriggerOnInputs(true)} (the default; simulation and replay) every
 * arrival of a watched input runs a cycle at the clock's time, after the monitor has seen it; so a
 * planner command is arbitrated as it arrives and a silent planner is noticed on the next ego state.
 * Onboard, a timer may call {@link #step(long)} instead. Cycles are serialised; a failing cycle is
 * counted and logged (rate-limited) and answered with the fallback stop, never thrown.
 *
 * <p>The final command's header is always valid: the response to invalid inputs is a deliberate,
 * valid minimal-risk command, not an invalid one a vehicle might ignore.
 */
public final class SafetyNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SafetyNode.class);
    static final String FRAME = "base_link";

    private final Bus bus;
    private final SafetyConfig config;
    private final TopicMonitor monitor;
    private final SafetySupervisor supervisor;
    private final Inputs inputs = new Inputs();
    private final BooleanSupplier busConnected;
    private final String egoTopic;
    private final String objectsTopic;
    private final String trajectoryTopic;
    private final String plannerTopic;
    private final String radarTopic;
    private final String lidarTopic;
    private final String commandTopic;
    private final String statusTopic;
    private final List<Subscription> triggers = new ArrayList<>();
    private final RateLimitedLog errors = new RateLimitedLog(LOG);
    private final long statusPeriodNs;

    private long commandSeq;
    private long statusSeq;
    private long lastStatusNs = Long.MIN_VALUE;
    private Verdict lastVerdict;
    private DegradedMode lastMode;
    private String lastCause;
    private SafetyStatus lastStatus;
    private double lastSteerRad;

    private SafetyNode(Builder b) {
        this.bus = b.bus;
        this.config = b.config;
        this.busConnected = b.busConnected;
        this.egoTopic = TopicNames.topic(b.vehicleId, StandardTopics.EGO_STATE);
        this.objectsTopic = TopicNames.topic(b.vehicleId, StandardTopics.OBJECTS);
        this.trajectoryTopic = TopicNames.topic(b.vehicleId, StandardTopics.TRAJECTORY);
        this.plannerTopic = TopicNames.topic(b.vehicleId, StandardTopics.PLANNED_COMMAND);
        this.radarTopic = TopicNames.topic(b.vehicleId, StandardTopics.RADAR_FRONT);
        this.lidarTopic = TopicNames.topic(b.vehicleId, StandardTopics.LIDAR_TOP);
        this.commandTopic = TopicNames.topic(b.vehicleId, StandardTopics.CONTROL_COMMAND);
        this.statusTopic = TopicNames.topic(b.vehicleId, StandardTopics.SAFETY_STATUS);
        this.statusPeriodNs = Math.round(b.config.response().statusPeriodS() * 1e9);
        this.supervisor = new SafetySupervisor(b.config, b.radarMount, b.lidarMount, b.clock.nowNs());
        // the monitor subscribes first: on a synchronous bus it has every message before the trigger runs
        this.monitor = TopicMonitor.builder().setBus(b.bus).setRegistry(b.registry).setClock(b.clock)
                .optName("safety")
                .addTopics(egoTopic, objectsTopic, trajectoryTopic, plannerTopic, radarTopic, lidarTopic)
                .build();
        if (b.triggerOnInputs) {
            Clock clock = b.clock;
            for (String topic : new String[] {egoTopic, plannerTopic, objectsTopic, trajectoryTopic, radarTopic,
                    lidarTopic}) {
                triggers.add(bus.subscribe(topic, (t, m) -> step(clock.nowNs())));
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One cycle at {@code nowNs}: snapshot the inputs, decide, publish what is due. Never throws. */
    public synchronized void step(long nowNs) {
        try {
            monitor.update(nowNs);
            snapshot(inputs.ego, egoTopic, EgoState.class);
            snapshot(inputs.worldModel, objectsTopic, WorldModel.class);
            snapshot(inputs.trajectory, trajectoryTopic, Trajectory.class);
            snapshot(inputs.plannerCommand, plannerTopic, ControlCommand.class);
            snapshot(inputs.radar, radarTopic, RadarScan.class);
            snapshot(inputs.lidar, lidarTopic, LidarScan.class);
            inputs.busConnected = busConnected.getAsBoolean();
            Decision d = supervisor.cycle(nowNs, inputs);
            if (d.publish) {
                publish(nowNs, d.accelMps2, d.steeringRad, d.verdict, d.mode, d.reason, d.cause);
            }
        } catch (RuntimeException e) {
            errors.error("safety cycle failed at " + nowNs + " ns; commanding the fallback stop", e);
            fallback(nowNs, e);
        }
    }

    private <M extends Message> void snapshot(InputState<M> input, String topic, Class<M> type) {
        input.set(monitor.latest(topic, type), monitor.updated(topic), monitor.lastArrivalNs(topic),
                monitor.freqOk(topic), monitor.measuredRateHz(topic));
    }

    private void publish(long nowNs, double accel, double steer, Verdict verdict, DegradedMode mode, String reason,
                         String cause) {
        lastSteerRad = steer;
        bus.publish(commandTopic, new ControlCommand(Header.of(FRAME, commandSeq++, nowNs), accel, steer));
        boolean changed = verdict != lastVerdict || mode != lastMode || !cause.equals(lastCause);
        if (changed || lastStatusNs == Long.MIN_VALUE || nowNs - lastStatusNs >= statusPeriodNs) {
            lastStatus = new SafetyStatus(Header.of(FRAME, statusSeq++, nowNs), verdict, reason, mode);
            lastStatusNs = nowNs;
            lastVerdict = verdict;
            lastMode = mode;
            lastCause = cause;
            bus.publish(statusTopic, lastStatus);
        }
    }

    /** A cycle failed: brake at the MRM deceleration, wheel held, and say why. */
    private void fallback(long nowNs, RuntimeException e) {
        try {
            double steer = Double.isFinite(lastSteerRad) ? lastSteerRad : 0.0;
            publish(nowNs, -config.response().mrmDecelMps2(), steer, Verdict.OVERRIDE_MRM,
                    lastMode == null ? DegradedMode.NONE : lastMode,
                    "safety layer error, stopping in lane (hazard lights requested): " + e, "error");
        } catch (RuntimeException again) {
            errors.error("safety fallback command failed too", again);
        }
    }

    /** The last status published, null before the first. */
    public synchronized SafetyStatus lastStatus() {
        return lastStatus;
    }

    /** Failed cycles since start. */
    public long errors() {
        return errors.occurrences();
    }

    /** Non-finite commands replaced since start. */
    public synchronized long nonFiniteReplaced() {
        return supervisor.nonFiniteReplaced();
    }

    /** Unsubscribes. Idempotent. */
    @Override
    public void close() {
        for (Subscription s : triggers) {
            s.close();
        }
        monitor.close();
    }

    /** DJL-style: {@code set*} required, {@code opt*} optional, validated in {@link #build()}. */
    public static final class Builder {
        private Bus bus;
        private TopicRegistry registry;
        private Clock clock;
        private SafetyConfig config;
        private Extrinsics radarMount;
        private Extrinsics lidarMount;
        private String vehicleId = "ego";
        private BooleanSupplier busConnected = () -> true;
        private boolean triggerOnInputs = true;

        private Builder() {
        }

        public Builder setBus(Bus value) {
            this.bus = value;
            return this;
        }

        /** The registry the bus was built with. */
        public Builder setRegistry(TopicRegistry value) {
            this.registry = value;
            return this;
        }

        public Builder setClock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder setConfig(SafetyConfig value) {
            this.config = value;
            return this;
        }

        /**
         * The lidar's pose in the vehicle frame (from the calibration), for braking on the raw lidar
         * when the world model is stale; without it only radar is used then.
         */
        public Builder optLidarMount(Extrinsics value) {
            this.lidarMount = value;
            return this;
        }

        /** The front radar's pose in the vehicle frame (from the calibration), for braking on raw radar. */
        public Builder setRadarMount(Extrinsics value) {
            this.radarMount = value;
            return this;
        }

        /** Vehicle id in topic names. Default {@code ego}. */
        public Builder optVehicleId(String value) {
            this.vehicleId = value;
            return this;
        }

        /** Whether the bus is connected (e.g. {@code mqttBus::connected}). Default: always. */
        public Builder optBusConnected(BooleanSupplier value) {
            this.busConnected = value;
            return this;
        }

        /** Run a cycle on every watched arrival (default true); false: the owner calls {@link #step}. */
        public Builder optTriggerOnInputs(boolean value) {
            this.triggerOnInputs = value;
            return this;
        }

        public SafetyNode build() {
            Objects.requireNonNull(bus, "SafetyNode needs setBus");
            Objects.requireNonNull(registry, "SafetyNode needs setRegistry");
            Objects.requireNonNull(clock, "SafetyNode needs setClock");
            Objects.requireNonNull(config, "SafetyNode needs setConfig");
            Objects.requireNonNull(radarMount, "SafetyNode needs setRadarMount");
            Objects.requireNonNull(busConnected, "optBusConnected");
            TopicNames.requireValidLevel("vehicle id", vehicleId);
            return new SafetyNode(this);
        }
    }
}
