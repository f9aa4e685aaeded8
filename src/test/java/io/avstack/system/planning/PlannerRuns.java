package io.avstack.system.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.map.Frenet;
import io.avstack.core.map.RoadMap;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.PlanStatus;
import io.avstack.core.time.Clock;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.RunMetrics;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.sim.scenario.ScenarioRun;
import io.avstack.vehicle.stack.PlannerStack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs catalogue scenarios closed loop with the planner on ground truth and watches what it does. */
final class PlannerRuns {

    /** System tests run in the vehicle module's folder; the catalogue is beside it. */
    static final Path CATALOGUE = Path.of("..", "scenarios");
    static final PlanningConfig CONFIG = PlanningConfig.defaults();

    private PlannerRuns() {
    }

    /** Every run of {@code file} with {@code params}, driven by the planner with {@code config}. */
    static List<Run> runAll(String file, Map<String, String> params, PlanningConfig config) {
        return runAll(file, params, config, null);
    }

    /** As {@link #runAll(String, Map, PlanningConfig)}, {@code watcher} (may be null) seeing every ego state. */
    static List<Run> runAll(String file, Map<String, String> params, PlanningConfig config, Probe.Watcher watcher) {
        List<Run> runs = new ArrayList<>();
        for (ScenarioRun scenario : ScenarioLoader.load(CATALOGUE.resolve(file), params, null)) {
            SimSetup setup = ScenarioSetups.of(scenario);
            Probe probe = new Probe(setup.road());
            if (watcher != null) {
                probe.watch(watcher);
            }
            LockstepRunner.Builder builder = LockstepRunner.builder(setup);
            new PlannerStack(config).install(builder, setup);
            RunMetrics metrics = builder.optNode(probe).build().run();
            runs.add(new Run(metrics, probe));
        }
        return runs;
    }

    static List<Run> runAll(String file) {
        return runAll(file, Map.of(), CONFIG);
    }

    /** The only run of {@code file} with {@code params}. */
    static Run runOnly(String file, Map<String, String> params) {
        List<Run> runs = runAll(file, params, CONFIG);
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    record Run(RunMetrics metrics, Probe probe) {
    }

    /**
     * Watches a run from the bus: the ego's realised acceleration and jerk (over the metrics' 0.1 s
     * window), its lateral distance from the centre of the lane it is in, the plan explanations, and
     * the latest ground truth and ego state.
     */
    static final class Probe implements HostedNode {
        private static final int WINDOW = 5; // ego states 20 ms apart: 0.1 s

        private final RoadMap road;
        private final Frenet frenet = new Frenet();
        private final double[] accelRing = new double[WINDOW];
        private int egoStates;
        double maxAccelMps2;
        double maxDecelMps2;
        double maxAbsJerkMps3;
        /** Largest |d - lane centre| of the rear axle while not changing lanes, m. */
        double maxLaneOffsetM;
        final Set<String> behaviours = new LinkedHashSet<>();
        final Set<String> reasons = new LinkedHashSet<>();
        int fallbacks;
        PlanStatus lastStatus;
        EgoState lastEgo;
        GroundTruth lastTruth;
        private final List<Watcher> watchers = new ArrayList<>();

        Probe(RoadMap road) {
            this.road = road;
        }

        /** Called for every ego state, with the latest ground truth (for scenario-specific checks). */
        interface Watcher {
            void onEgo(EgoState ego, GroundTruth truth, PlanStatus status);
        }

        Probe watch(Watcher w) {
            watchers.add(w);
            return this;
        }

        @Override
        public void attach(Bus bus, Clock clock) {
            bus.subscribe(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.GROUND_TRUTH),
                    (t, m) -> lastTruth = (GroundTruth) m);
            bus.subscribe(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.PLAN_STATUS), (t, m) -> {
                lastStatus = (PlanStatus) m;
                behaviours.add(lastStatus.behaviour());
                reasons.add(lastStatus.reason());
                fallbacks += lastStatus.fallback() ? 1 : 0;
            });
            bus.subscribe(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.EGO_STATE),
                    (t, m) -> onEgo((EgoState) m));
        }

        private void onEgo(EgoState ego) {
            lastEgo = ego;
            double a = ego.accelMps2();
            maxAccelMps2 = Math.max(maxAccelMps2, a);
            maxDecelMps2 = Math.max(maxDecelMps2, -a);
            if (egoStates >= WINDOW) {
                double jerk = (a - accelRing[egoStates % WINDOW]) / (WINDOW * 0.02);
                maxAbsJerkMps3 = Math.max(maxAbsJerkMps3, Math.abs(jerk));
            }
            accelRing[egoStates % WINDOW] = a;
            egoStates++;
            boolean changing = lastStatus != null && lastStatus.behaviour().contains("LANE_CHANGE");
            int lane = road.laneAt(ego.pose().xM(), ego.pose().yM(), frenet);
            if (lane != 0 && !changing) {
                maxLaneOffsetM = Math.max(maxLaneOffsetM, Math.abs(frenet.dM - road.lane(lane).centreDM()));
            }
            for (Watcher w : watchers) {
                w.onEgo(ego, lastTruth, lastStatus);
            }
        }
    }
}
