package io.avstack.safety.node;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.SafetyStatus;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.ManualClock;
import io.avstack.safety.Fixtures;
import io.avstack.safety.config.SafetyConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A lockstep loop around a {@link SafetyNode} on a synchronous bus and a {@link ManualClock}, 10 ms
 * per step: ego state and planner command at 50 Hz, radar at 20 Hz, world model and plan at 10 Hz,
 * like the simulator. The ego follows the final command (speed integrated, never negative). Every
 * input can be silenced, corrupted or altered to inject a fault.
 */
final class SafetyHarness implements AutoCloseable {

    static final long STEP_NS = 10 * Fixtures.MS;
    static final Extrinsics RADAR_MOUNT = new Extrinsics(3.7, 0, 0.5, 0, 0, 0);
    static final Extrinsics LIDAR_MOUNT = new Extrinsics(1.4, 0, 1.95, 0, 0, 0);

    final ManualClock clock = new ManualClock(0L);
    final InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
    final SafetyNode node;
    final List<ControlCommand> commands = new ArrayList<>();
    final List<SafetyStatus> statuses = new ArrayList<>();
    final AtomicBoolean busConnected = new AtomicBoolean(true);

    // what each input does; tests change these to inject faults
    boolean egoOn = true;
    boolean egoValid = true;
    boolean plannerOn = true;
    boolean plannerValid = true;
    boolean worldOn = true;
    boolean worldValid = true;
    boolean trajectoryOn = true;
    boolean radarOn = true;
    boolean lidarOn = true;
    /** Map x of the rear face of an obstacle the lidar sees (a box 1.6 m wide, 0.4-1.6 m high); NaN: none. */
    double lidarObstacleXM = Double.NaN;
    int worldPeriodSteps = 10;
    int sensorsAliveMask = TrackedObject.SENSOR_ALL;
    double egoJumpM;
    double plannerAccelMps2;
    List<TrackedObject> objects = List.of();
    List<RadarDetection> radarReturns = List.of();

    double egoXM;
    double egoSpeedMps;
    private long step;

    SafetyHarness(double startSpeedMps) {
        this(startSpeedMps, Fixtures.CONFIG);
    }

    SafetyHarness(double startSpeedMps, SafetyConfig config) {
        this.egoSpeedMps = startSpeedMps;
        bus.subscribe(TopicNames.topic("ego", StandardTopics.CONTROL_COMMAND),
                (t, m) -> commands.add((ControlCommand) m));
        bus.subscribe(TopicNames.topic("ego", StandardTopics.SAFETY_STATUS), (t, m) -> statuses.add((SafetyStatus) m));
        node = SafetyNode.builder().setBus(bus).setRegistry(bus.registry()).setClock(clock).setConfig(config)
                .setRadarMount(RADAR_MOUNT).optLidarMount(LIDAR_MOUNT).optBusConnected(busConnected::get).build();
    }

    long nowNs() {
        return clock.nowNs();
    }

    /** Runs {@code seconds} of steps. */
    void run(double seconds) {
        long steps = Math.round(seconds * 1e9 / STEP_NS);
        for (long i = 0; i < steps; i++) {
            step();
        }
    }

    /**
     * Runs until the last status has {@code mode} and {@code verdict}, at most {@code maxSeconds};
     * returns the time from the call to the step that published it, s (+infinity if none did).
     */
    double runUntil(SafetyStatus.DegradedMode mode, SafetyStatus.Verdict verdict, double maxSeconds) {
        long startNs = nowNs();
        long endNs = startNs + Math.round(maxSeconds * 1e9);
        while (nowNs() < endNs) {
            long stepNs = nowNs();
            step();
            SafetyStatus s = lastStatus();
            if (s != null && s.degradedMode() == mode && s.verdict() == verdict) {
                return (stepNs - startNs) / 1e9;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    void step() {
        long now = nowNs();
        if (step % 2 == 0 && egoOn) {
            Header h = new Header("map", step / 2, now, egoValid);
            bus.publish(TopicNames.topic("ego", StandardTopics.EGO_STATE),
                    new EgoState(h, Pose.planar(egoXM + egoJumpM, 0, 0), egoSpeedMps, 0, 0, 0));
        }
        if (step % worldPeriodSteps == 0 && worldOn) {
            Header h = new Header("map", step / worldPeriodSteps, now, worldValid);
            bus.publish(TopicNames.topic("ego", StandardTopics.OBJECTS), new WorldModel(h, objects, Optional.empty(),
                    TrackedObject.SENSOR_ALL, sensorsAliveMask));
        }
        if (step % 10 == 0 && trajectoryOn) {
            bus.publish(TopicNames.topic("ego", StandardTopics.TRAJECTORY),
                    Fixtures.straightPlan(now, egoXM, egoSpeedMps, 0.0, 5.0));
        }
        if (step % 5 == 0 && radarOn) {
            bus.publish(TopicNames.topic("ego", StandardTopics.RADAR_FRONT),
                    new RadarScan(Header.of("radar_front", step / 5, now), radarReturns));
        }
        if (step % 10 == 5 && lidarOn) {
            bus.publish(TopicNames.topic("ego", StandardTopics.LIDAR_TOP), lidarScan(now));
        }
        if (step % 2 == 0 && plannerOn) {
            Header h = new Header("base_link", step / 2, now, plannerValid);
            bus.publish(TopicNames.topic("ego", StandardTopics.PLANNED_COMMAND),
                    new ControlCommand(h, plannerAccelMps2, 0.0));
        }
        double accel = commands.isEmpty() ? 0.0 : lastCommand().accelMps2();
        egoSpeedMps = Math.max(0.0, egoSpeedMps + accel * STEP_NS / 1e9);
        egoXM += egoSpeedMps * STEP_NS / 1e9;
        clock.advanceNs(STEP_NS);
        step++;
    }

    /** Ground returns ahead, and the obstacle's rear face if there is one, in the lidar's frame. */
    private LidarScan lidarScan(long now) {
        List<float[]> points = new ArrayList<>();
        for (double x = 2; x < 40; x += 0.5) {
            points.add(new float[] {(float) (x - LIDAR_MOUNT.xM()), 0f, (float) -LIDAR_MOUNT.zM(), 0.5f});
        }
        if (!Double.isNaN(lidarObstacleXM)) {
            for (double y = -0.8; y <= 0.8; y += 0.2) {
                for (double z = 0.4; z <= 1.6; z += 0.3) {
                    points.add(new float[] {(float) (lidarObstacleXM - egoXM - LIDAR_MOUNT.xM()), (float) y,
                            (float) (z - LIDAR_MOUNT.zM()), 0.5f});
                }
            }
        }
        float[] xyzi = new float[points.size() * 4];
        for (int i = 0; i < points.size(); i++) {
            System.arraycopy(points.get(i), 0, xyzi, 4 * i, 4);
        }
        return new LidarScan(Header.of("lidar_top", step / 10, now), xyzi, new int[points.size()]);
    }

    ControlCommand lastCommand() {
        return commands.get(commands.size() - 1);
    }

    SafetyStatus lastStatus() {
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
    }

    @Override
    public void close() {
        node.close();
        bus.close();
    }
}
