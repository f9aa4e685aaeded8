package io.avstack.vehicle.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.geom.Calibration;
import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.time.Clock;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.node.FusionNode;
import io.avstack.fusion.node.FusionNodeBuilder;
import io.avstack.fusion.node.SensorIds;
import io.avstack.planning.node.PlanningNode;
import io.avstack.safety.config.SafetyConfig;
import io.avstack.safety.node.SafetyNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.SimCalibration;
import io.avstack.sim.run.SimSetup;
import io.avstack.vehicle.fusion.DetectionSource;
import io.avstack.vehicle.stack.PlannerStack;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The full stack as the onboard process runs it, on an asynchronous bus (in-process or MQTT) and a
 * real clock: the fusion node in its threaded mode (one worker per detector, latest frame wins, a
 * fusion thread), the planning node and the safety node (the arbiter, publishing
 * {@code control/command}). Unlike in lockstep, where the nodes run on fixed grids, each step follows
 * its input at once, so a sensor frame reaches a command without waiting for a timer: fusion
 * publishes a world model as soon as a detector result has been fused (at most
 * {@link #WORLD_MODEL_MAX_RATE_HZ}, at least the configured {@code publishRateHz}), the planner
 * commands each new plan at once ({@link PlanningNode#optCommandOnPlan}) as well as each ego state,
 * and the safety node arbitrates each planned command as it arrives (its monitor and its trigger
 * share one ordered delivery: {@link NodeBus#ordered}). Each node talks through its own
 * {@link NodeBus}, so every node's health (messages in and out, drops, errors) is published on
 * {@code system/health} by a {@link HealthTicker}. The safety node also steps on a timer
 * ({@link #SAFETY_TIMER_MS}). Compressed camera frames (JPEG from drivers over MQTT) are decoded
 * by the camera detector's thread ({@link DecodingCameraStage}).
 *
 * <p>The planner needs the road and the route: they come from a scenario ({@link SimSetup}), as
 * the simulated vehicle's calibration does ({@link SimCalibration}). Topics are under
 * {@code avstack/ego/} (the planner's vehicle id).
 */
public final class OnboardStack implements AutoCloseable {

    /** Vehicle id of the stack's topics. */
    public static final String VEHICLE_ID = LockstepRunner.VEHICLE_ID;

    /**
     * What the stack's nodes publish (under {@code avstack/<vehicle>/}), {@code system/health} aside
     * (every process publishes health). No other process publishes these, so over MQTT the stack
     * process loops them back ({@link #publishedTopics}; {@code MqttBus}'s loopback topics).
     */
    public static final List<String> PUBLISHED = List.of(StandardTopics.DETECTIONS_2D_FRONT,
            StandardTopics.DETECTIONS_3D, StandardTopics.OBJECTS, StandardTopics.TRAJECTORY,
            StandardTopics.PLANNED_COMMAND, StandardTopics.PLAN_STATUS, StandardTopics.CONTROL_COMMAND,
            StandardTopics.SAFETY_STATUS);

    /** {@link #PUBLISHED} as full topic names for {@code vehicleId}. */
    public static Set<String> publishedTopics(String vehicleId) {
        Set<String> topics = new LinkedHashSet<>();
        for (String path : PUBLISHED) {
            topics.add(TopicNames.topic(vehicleId, path));
        }
        return topics;
    }

    private final FusionNode fusion;
    private final PlanningNode planning;
    private final SafetyNode safety;
    private final HealthTicker health;
    private final List<NodeBus> nodeBuses;
    private final double fusionRateHz;
    private final SafetyTimer timer;

    /**
     * Period of the safety node's timer, ms. Besides stepping on every input, the safety node steps
     * on this timer: when every input stops (a dead bus or broker) nothing else would run it, and it
     * must notice the silence and command the minimal-risk manoeuvre.
     */
    public static final long SAFETY_TIMER_MS = 20;

    /**
     * Most world models per second: results fused within 5 ms of the last world model go out
     * together in the next one. A cap, not a target: the sensors give ~60 results a second (camera
     * 30, radar 20, lidar 10), each planning and safety cycle costs well under a millisecond.
     */
    public static final double WORLD_MODEL_MAX_RATE_HZ = 200;

    private OnboardStack(FusionNode fusion, PlanningNode planning, SafetyNode safety, SafetyTimer timer,
                         HealthTicker health,
                         List<NodeBus> nodeBuses, double fusionRateHz) {
        this.fusionRateHz = fusionRateHz;
        this.timer = timer;
        this.fusion = fusion;
        this.planning = planning;
        this.safety = safety;
        this.health = health;
        this.nodeBuses = nodeBuses;
    }

    /**
     * Builds and starts the stack on {@code bus}.
     *
     * @param detections    the detector stages (camera, lidar CNNs and the radar clusterer)
     * @param fusionConfig  fusion settings (its {@code publishRateHz} sets the world-model rate)
     * @param busConnected  whether the transport is up (the safety node degrades when it is not)
     */
    public static OnboardStack start(Bus bus, Clock clock, SimSetup setup, DetectionSource detections,
                                     FusionConfig fusionConfig, BooleanSupplier busConnected) {
        Calibration calibration = SimCalibration.load();
        NodeBus fusionBus = new NodeBus(bus, VEHICLE_ID, "fusion", clock);
        NodeBus planningBus = new NodeBus(bus, VEHICLE_ID, "planning", clock);
        NodeBus safetyBus = NodeBus.ordered(bus, VEHICLE_ID, "safety", clock);
        DecodingCameraStage camera = new DecodingCameraStage(detections.camera(null, setup.seed()));
        FusionNodeBuilder fb = FusionNode.builder().setBus(fusionBus).setClock(clock)
                .setTransforms(TransformTree.of(calibration)).setConfig(fusionConfig).optVehicleId(VEHICLE_ID)
                .optSensorIds(SensorIds.DEFAULT).optThreaded(true).optPublishOnResults(WORLD_MODEL_MAX_RATE_HZ)
                .optCamera(camera)
                .optLidar(detections.lidar(null, setup.seed()))
                .optRadar(detections.radar());
        FusionNode fusion = fb.build();
        PlanningNode planning = new PlannerStack().node(setup).optCommandOnPlan(true);
        planning.attach(planningBus, clock);
        SafetyNode safety = SafetyNode.builder().setBus(safetyBus).setRegistry(TopicRegistry.standard(VEHICLE_ID))
                .setClock(clock).setConfig(SafetyConfig.defaults()).optBusConnected(busConnected)
                .setRadarMount(calibration.sensor("radar_front").extrinsics()).build();
        SafetyTimer timer = new SafetyTimer(safety, clock, SAFETY_TIMER_MS).start();
        HealthTicker ticker = new HealthTicker(clock, 100)
                .add(fusionBus, () -> camera.undecodable() + fusion.droppedFrames(TrackedObject.SENSOR_CAMERA)
                        + fusion.droppedFrames(TrackedObject.SENSOR_LIDAR)
                        + fusion.droppedFrames(TrackedObject.SENSOR_RADAR))
                .add(planningBus, () -> 0)
                .add(safetyBus, () -> 0)
                .start();
        return new OnboardStack(fusion, planning, safety, timer, ticker, List.of(fusionBus, planningBus, safetyBus),
                fusionConfig.publishRateHz());
    }

    /** {@code c} with its world-model rate replaced. */
    public static FusionConfig withRate(FusionConfig c, double rateHz) {
        return new FusionConfig(rateHz, c.lateToleranceS(), c.egoHistoryS(), c.egoExtrapolationMaxS(),
                c.degradedProcessNoiseScale(), c.lifecycle(), c.association(), c.classes(), c.camera(), c.lidar(),
                c.radar());
    }

    /** World models per second. */
    public double fusionRateHz() {
        return fusionRateHz;
    }

    public FusionNode fusion() {
        return fusion;
    }

    public PlanningNode planning() {
        return planning;
    }

    public SafetyNode safety() {
        return safety;
    }

    /** Each node's view of the bus (fusion, planning, safety): subscriptions and health counters. */
    public List<NodeBus> nodeBuses() {
        return nodeBuses;
    }

    /** Stops the nodes (safety first: no command goes out from a half-stopped stack), then the health reports. */
    @Override
    public void close() {
        timer.close();
        safety.close();
        planning.close();
        fusion.close();
        health.close();
    }
}
