package io.avstack.planning.node;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.RateLimitedLog;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.PlanStatus;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.Clock;
import io.avstack.planning.PlanOutput;
import io.avstack.planning.Planner;
import io.avstack.planning.control.TrajectoryController;
import io.avstack.planning.trajectory.Fallback;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The planner and its controller on the bus. Each world model ({@code fusion/objects}) runs a
 * planning cycle with the freshest ego state (the world model's own or the latest on
 * {@code localization/ego_state}) and the latest light states, and publishes the trajectory
 * ({@code planning/trajectory}) and its explanation ({@code planning/status}). Each ego state runs
 * the controller on the latest trajectory and publishes the proposed command on
 * {@code planning/command}, for the safety layer to pass, clamp or replace; with
 * {@link #optCommandOnPlan} (onboard) so does each new plan, at once; nothing is published there
 * before the first plan. Time comes only from the injected clock, read once per message.
 * A failing cycle is counted and logged (rate limited) and never escapes the handler; the
 * controller then brakes once the last good plan has run out.
 */
public final class PlanningNode implements AutoCloseable {

    private static final RateLimitedLog ERRORS = new RateLimitedLog(LoggerFactory.getLogger(PlanningNode.class));

    private final Planner planner;
    private final TrajectoryController controller;
    private final String objectsTopic;
    private final String egoTopic;
    private final String lightsTopic;
    private final String trajectoryTopic;
    private final String statusTopic;
    private final String commandTopic;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Bus bus;
    private Clock clock;
    // written and read on different delivery threads of an asynchronous bus
    private volatile EgoState latestEgo;
    private TrafficLightStates latestLights;
    private volatile Trajectory latestTrajectory;
    private volatile boolean commandOnPlan;
    private PlanStatus latestStatus;
    private long cycles;
    private long failures;
    private long fallbacks;

    public PlanningNode(Planner planner, TrajectoryController controller, String vehicleId) {
        this.planner = planner;
        this.controller = controller;
        this.objectsTopic = TopicNames.topic(vehicleId, StandardTopics.OBJECTS);
        this.egoTopic = TopicNames.topic(vehicleId, StandardTopics.EGO_STATE);
        this.lightsTopic = TopicNames.topic(vehicleId, StandardTopics.TRAFFIC_LIGHTS);
        this.trajectoryTopic = TopicNames.topic(vehicleId, StandardTopics.TRAJECTORY);
        this.statusTopic = TopicNames.topic(vehicleId, StandardTopics.PLAN_STATUS);
        this.commandTopic = TopicNames.topic(vehicleId, StandardTopics.PLANNED_COMMAND);
    }

    /**
     * Also runs the controller as soon as a new plan has been made (with the ego state it was
     * planned from), instead of only on the next ego state, which can be a whole ego-state period
     * (20 ms) later: onboard, where sensor-to-command latency counts. Proposed commands then come
     * faster than the ego-state rate (the registry's 50 Hz is a floor). Default off: the lockstep
     * simulator and replay keep one command per ego state. Call before {@link #attach}.
     */
    public PlanningNode optCommandOnPlan(boolean on) {
        this.commandOnPlan = on;
        return this;
    }

    /** Subscribes to the inputs on {@code bus}; time is read from {@code clock}. */
    public void attach(Bus b, Clock c) {
        this.bus = b;
        this.clock = c;
        subscriptions.add(b.subscribe(lightsTopic, (topic, message) -> latestLights = (TrafficLightStates) message));
        subscriptions.add(b.subscribe(egoTopic, (topic, message) -> onEgoState((EgoState) message)));
        subscriptions.add(b.subscribe(objectsTopic, (topic, message) -> onWorldModel((WorldModel) message)));
    }

    private boolean seenValidWorld;

    private void onWorldModel(WorldModel world) {
        long nowNs = clock.nowNs();
        EgoState ego = freshestEgo(world);
        if (ego == null) {
            return; // nothing to plan from yet
        }
        if (!world.header().valid() && !seenValidWorld) {
            // fusion still warming up (its first world models, before every sensor has reported): no
            // plan yet rather than braking for it; the safety layer's start-up grace covers this
            return;
        }
        seenValidWorld = true;
        try {
            PlanOutput out = planner.plan(world, ego, latestLights, nowNs);
            cycles++;
            if (out.fallback() != Fallback.NONE) {
                fallbacks++;
            }
            latestTrajectory = out.trajectory();
            latestStatus = out.status();
            bus.publish(trajectoryTopic, out.trajectory());
            bus.publish(statusTopic, out.status());
        } catch (RuntimeException e) {
            failures++;
            ERRORS.error("planning cycle failed at " + nowNs + " ns", e);
            return;
        }
        if (commandOnPlan) {
            control(ego);
        }
        // otherwise a new plan is followed from the next ego state, at most one control period later
    }

    private EgoState freshestEgo(WorldModel world) {
        if (world.ego().isEmpty()) {
            return latestEgo;
        }
        EgoState fromWorld = world.ego().get();
        return latestEgo == null || fromWorld.header().stampNs() >= latestEgo.header().stampNs() ? fromWorld : latestEgo;
    }

    private void onEgoState(EgoState ego) {
        latestEgo = ego;
        if (latestTrajectory != null) {
            control(ego);
        }
    }

    /**
     * Synchronized, and the clock read inside: with {@link #optCommandOnPlan} the ego-state and the
     * world-model threads both command, and the controller's times must not go backwards.
     */
    private synchronized void control(EgoState ego) {
        long nowNs = clock.nowNs();
        try {
            ControlCommand cmd = controller.command(ego, latestTrajectory, nowNs);
            bus.publish(commandTopic, cmd);
        } catch (RuntimeException e) {
            failures++;
            ERRORS.error("controller failed at " + nowNs + " ns", e);
        }
    }

    /** Planning cycles completed. */
    public long cycles() {
        return cycles;
    }

    /** Cycles or commands that threw (each logged, rate limited). */
    public long failures() {
        return failures;
    }

    /** Cycles that planned a fallback. */
    public long fallbacks() {
        return fallbacks;
    }

    /** The last published status, or null. */
    public PlanStatus latestStatus() {
        return latestStatus;
    }

    @Override
    public void close() {
        for (Subscription s : subscriptions) {
            s.close();
        }
        subscriptions.clear();
    }
}
