package io.avstack.system.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.SafetyStatus;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.TrajectoryPoint;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.Clock;
import io.avstack.safety.config.SafetyConfig;
import io.avstack.safety.node.SafetyNode;
import io.avstack.sim.run.BasicEgoController;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.RunMetrics;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.sim.scenario.ScenarioRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The safety layer alone in the loop, in the simulator: the "planner" is the built-in controller
 * blinded to every other road user (it holds its target speed into anything), fusion is perfect
 * (ground truth as the world model). The safety node must keep the car out of collisions on its
 * own, and stop it in lane when the planner falls silent.
 */
class SafetyClosedLoopTest {

    private static final String EGO = LockstepRunner.VEHICLE_ID;
    private static final Extrinsics RADAR_MOUNT = new Extrinsics(3.7, 0, 0.5, 0, 0, 0);

    @Test
    void aBlindPlannerIsStoppedShortOfAStationaryCarAt50Kph() {
        List<SafetyStatus> statuses = new ArrayList<>();
        RunMetrics m = run("ccrs.yaml", Map.of("egoSpeedKph", "50", "overlapPct", "100"), true, statuses, 1e9);
        assertThat(m.collision()).as(m.summaryLine()).isFalse();
        assertThat(statuses).anySatisfy(s -> {
            assertThat(s.verdict()).isEqualTo(SafetyStatus.Verdict.CLAMP);
            assertThat(s.reason()).startsWith("RSS: CAR 1 ahead");
        });
        assertThat(m.maxDecelMps2()).isLessThanOrEqualTo(9.0 + 1e-9);
    }

    @Test
    void withoutTheSafetyLayerTheBlindPlannerCrashes() {
        RunMetrics m = run("ccrs.yaml", Map.of("egoSpeedKph", "50", "overlapPct", "100"), false, new ArrayList<>(), 1e9);
        assertThat(m.collision()).isTrue();
    }

    @Test
    void aBlindPlannerIsKeptBehindABrakingLead() {
        RunMetrics m = run("ccrb.yaml", Map.of(), true, new ArrayList<>(), 1e9);
        assertThat(m.collision()).as(m.summaryLine()).isFalse();
    }

    @Test
    void aPlannerFallingSilentIsAnsweredWithAStopInLane() {
        List<SafetyStatus> statuses = new ArrayList<>();
        RunMetrics m = run("highway-cruise.yaml", Map.of(), true, statuses, 3.0);
        assertThat(m.collision()).isFalse();
        assertThat(statuses).anySatisfy(s -> {
            assertThat(s.verdict()).isEqualTo(SafetyStatus.Verdict.OVERRIDE_MRM);
            assertThat(s.degradedMode()).isEqualTo(SafetyStatus.DegradedMode.PLANNER_TIMEOUT);
        });
        assertThat(statuses.get(statuses.size() - 1).verdict()).isEqualTo(SafetyStatus.Verdict.OVERRIDE_MRM);
        assertThat(m.routeCompletion()).isLessThan(1.0);
    }

    private static RunMetrics run(String file, Map<String, String> params, boolean withSafety,
                                  List<SafetyStatus> statuses, double plannerSilentAfterS) {
        List<ScenarioRun> runs = ScenarioLoader.load(Path.of("..", "scenarios", file), params, null);
        SimSetup setup = ScenarioSetups.of(runs.get(0));
        LockstepRunner.Builder b = LockstepRunner.builder(setup).optBasicController(false)
                .optNode(new TruthFusion())
                .optNode(new BlindPlanner(setup, withSafety ? StandardTopics.PLANNED_COMMAND
                        : StandardTopics.CONTROL_COMMAND, plannerSilentAfterS));
        if (withSafety) {
            b.optNode(new SafetyHost(statuses));
        }
        return b.build().run();
    }

    /** The safety node, hosted; records every status. */
    private static final class SafetyHost implements HostedNode {
        private final List<SafetyStatus> statuses;
        private SafetyNode node;

        SafetyHost(List<SafetyStatus> statuses) {
            this.statuses = statuses;
        }

        @Override
        public void attach(Bus bus, Clock clock) {
            bus.subscribe(TopicNames.topic(EGO, StandardTopics.SAFETY_STATUS), (t, m) -> statuses.add((SafetyStatus) m));
            node = SafetyNode.builder().setBus(bus).setRegistry(TopicRegistry.standard(EGO)).setClock(clock)
                    .setConfig(SafetyConfig.defaults()).setRadarMount(RADAR_MOUNT).build();
        }

        @Override
        public void close() {
            if (node != null) {
                node.close();
            }
        }
    }

    /** Perfect fusion: every ground-truth actor as a track, at 10 Hz with the truth. */
    private static final class TruthFusion implements HostedNode {
        @Override
        public void attach(Bus bus, Clock clock) {
            String out = TopicNames.topic(EGO, StandardTopics.OBJECTS);
            bus.subscribe(TopicNames.topic(EGO, StandardTopics.GROUND_TRUTH), (t, m) -> {
                GroundTruth truth = (GroundTruth) m;
                List<TrackedObject> tracks = new ArrayList<>();
                for (GroundTruthObject o : truth.objects()) {
                    tracks.add(new TrackedObject(o.actorId(), o.cls(), o.pose().xM(), o.pose().yM(), o.pose().zM(),
                            o.pose().yawRad(), o.velocity(), 0, 0, o.dims(), 0, 0, 0, 0, 1.0, 0,
                            TrackedObject.SENSOR_ALL));
                }
                bus.publish(out, new WorldModel(Header.of("map", truth.header().seq(), truth.header().stampNs()),
                        tracks, Optional.empty(), TrackedObject.SENSOR_ALL, TrackedObject.SENSOR_ALL));
            });
        }
    }

    /**
     * The built-in controller with no ground truth (so no leads: it drives into anything), a plan
     * straight ahead at the current speed at 10 Hz, silent after {@code silentAfterS}.
     */
    private static final class BlindPlanner implements HostedNode {
        private final BasicEgoController controller;
        private final String commandPath;
        private final long silentAfterNs;
        private long planSeq;

        BlindPlanner(SimSetup setup, String commandPath, double silentAfterS) {
            this.controller = new BasicEgoController(setup.road(), setup.egoParams(), setup.egoStart().laneId(),
                    setup.targetSpeedMps(), EGO);
            this.commandPath = commandPath;
            this.silentAfterNs = (long) Math.min(Long.MAX_VALUE / 2.0, silentAfterS * 1e9);
        }

        @Override
        public void attach(Bus bus, Clock clock) {
            String commands = TopicNames.topic(EGO, commandPath);
            String plans = TopicNames.topic(EGO, StandardTopics.TRAJECTORY);
            bus.subscribe(TopicNames.topic(EGO, StandardTopics.EGO_STATE), (t, m) -> {
                EgoState ego = (EgoState) m;
                long now = ego.header().stampNs();
                if (now >= silentAfterNs) {
                    return;
                }
                if (now % 100_000_000L == 0) {
                    bus.publish(plans, straightPlan(ego));
                }
                ControlCommand c = controller.command(ego, null);
                bus.publish(commands, c);
            });
        }

        private Trajectory straightPlan(EgoState ego) {
            List<TrajectoryPoint> points = new ArrayList<>();
            double v = Math.max(0.0, ego.speedMps());
            double yaw = ego.pose().yawRad();
            for (int i = 0; i <= 50; i++) {
                double t = i * 0.1;
                points.add(new TrajectoryPoint(i * 100_000_000L, ego.pose().xM() + Math.cos(yaw) * v * t,
                        ego.pose().yM() + Math.sin(yaw) * v * t, yaw, v, 0.0, 0.0));
            }
            return new Trajectory(Header.of("map", planSeq++, ego.header().stampNs()), points);
        }
    }
}
