package io.avstack.system.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.map.Frenet;
import io.avstack.core.map.Road;
import io.avstack.core.map.RoadFiles;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.sim.run.Verdict;
import io.avstack.sim.scenario.ScenarioLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Closed loop on ground truth: red lights, a pedestrian on a crosswalk, a lane change around a stopped car. */
class PlannerRulesTest {

    private static final double FRONT_M = PlannerRuns.CONFIG.vehicle().frontOffsetM();

    @Test
    void aLightTurningRedIsStoppedForWithinTwoMetresOfTheLine() {
        List<PlannerRuns.Run> runs = PlannerRuns.runAll("traffic-light-turns-red.yaml"); // yellow at 5 s and 9 s
        assertThat(runs).hasSize(2);
        for (PlannerRuns.Run r : runs) {
            assertThat(r.metrics().verdict()).as(r.metrics().summaryLine()).isEqualTo(Verdict.PASS);
            assertThat(r.metrics().redLightViolations()).isZero();
            // the run ends during red: the ego waits at the line (stop line at 250 m, road straight along x)
            double front = r.probe().lastEgo.pose().xM() + FRONT_M;
            assertThat(front).isBetween(250.0 - 2.0, 250.0);
            assertThat(r.probe().lastEgo.speedMps()).isZero();
            assertThat(r.probe().lastStatus.reason()).isEqualTo("stopped for red light");
            assertThat(r.probe().reasons).anyMatch(s -> s.matches("stopping for (yellow|red) light at \\d+\\.\\d m"));
        }
    }

    @Test
    void aPedestrianOnTheCrosswalkIsYieldedTo() {
        Road road = RoadFiles.build(ScenarioLoader.load(PlannerRuns.CATALOGUE.resolve("planning-crosswalk-pedestrian.yaml"))
                .get(0).spec().road());
        double[] pedDWhenEntering = {Double.NaN};
        Frenet f = new Frenet();
        // where the pedestrian is when the ego's front reaches the crosswalk (150 m, road straight along x)
        PlannerRuns.Probe.Watcher watcher = (ego, truth, status) -> {
            if (!Double.isNaN(pedDWhenEntering[0]) || truth == null || ego.pose().xM() + FRONT_M < 150.0) {
                return;
            }
            for (GroundTruthObject o : truth.objects()) {
                if (o.actorId() == 3) {
                    pedDWhenEntering[0] = road.project(o.pose().xM(), o.pose().yM(), f).dM;
                }
            }
        };
        PlannerRuns.Run r = PlannerRuns.runAll("planning-crosswalk-pedestrian.yaml", Map.of(), PlannerRuns.CONFIG, watcher)
                .get(0);

        assertThat(r.metrics().verdict()).as(r.metrics().summaryLine()).isEqualTo(Verdict.PASS);
        assertThat(r.metrics().routeCompletion()).isEqualTo(1.0);
        assertThat(r.probe().behaviours).contains("YIELD");
        assertThat(r.probe().reasons).contains("yielding to pedestrian 3");
        // the pedestrian had left the ego's lane (with a margin) before the ego reached the crosswalk
        assertThat(pedDWhenEntering[0]).isNotNaN();
        double margin = 0.3;
        assertThat(pedDWhenEntering[0] - margin > road.lane(-1).leftEdgeDM()
                || pedDWhenEntering[0] + margin < road.lane(-1).rightEdgeDM()).isTrue();
    }

    @Test
    void aStoppedCarOnATwoLaneRoadIsPassedWithALaneChange() {
        PlannerRuns.Run r = PlannerRuns.runOnly("planning-lane-change-stopped-car.yaml", Map.of());

        assertThat(r.metrics().verdict()).as(r.metrics().summaryLine()).isEqualTo(Verdict.PASS);
        assertThat(r.metrics().collision()).isFalse();
        assertThat(r.metrics().routeCompletion()).isEqualTo(1.0);
        assertThat(r.probe().behaviours).contains("LANE_CHANGE");
        assertThat(r.probe().reasons).contains("changing to lane -1: car 2 stopped ahead",
                "changing to lane -2: back to the route's lane");
        assertThat(r.probe().fallbacks).isZero();
    }
}
