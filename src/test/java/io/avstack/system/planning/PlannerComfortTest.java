package io.avstack.system.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.planning.config.PlanningConfig;
import io.avstack.sim.run.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Closed loop on ground truth: lane keeping on curves and comfort in nominal driving. */
class PlannerComfortTest {

    /** Numerical slack on the measured comfort values. */
    private static final double SLACK = 0.05;

    @Test
    void curvedRoadsAreDrivenWithinAThirdOfAMetreOfTheLaneCentre() {
        List<PlannerRuns.Run> runs = new ArrayList<>(PlannerRuns.runAll("curve-lane-keeping.yaml")); // radius 500..50 m
        runs.addAll(PlannerRuns.runAll("curve-s-bend.yaml"));
        assertThat(runs).hasSize(5);
        for (PlannerRuns.Run r : runs) {
            assertThat(r.metrics().verdict()).as(r.metrics().summaryLine()).isEqualTo(Verdict.PASS);
            assertThat(r.probe().maxLaneOffsetM).as(r.metrics().scenario()).isLessThan(0.3);
            assertThat(r.probe().behaviours).containsOnly("LANE_FOLLOW");
        }
    }

    @Test
    void nominalDrivingStaysWithinTheComfortLimits() {
        PlanningConfig.Comfort comfort = PlannerRuns.CONFIG.comfort();
        List<PlannerRuns.Run> runs = new ArrayList<>();
        runs.addAll(PlannerRuns.runAll("speed-limit-change.yaml"));
        runs.addAll(PlannerRuns.runAll("acc-follow-lead.yaml"));
        runs.add(PlannerRuns.runOnly("traffic-light-turns-red.yaml", Map.of("yellowAtS", "5")));
        runs.addAll(PlannerRuns.runAll("stop-and-go-queue.yaml"));
        runs.addAll(PlannerRuns.runAll("highway-cruise.yaml"));
        for (PlannerRuns.Run r : runs) {
            String name = r.metrics().scenario();
            assertThat(r.metrics().verdict()).as(r.metrics().summaryLine()).isEqualTo(Verdict.PASS);
            assertThat(r.probe().maxAccelMps2).as(name).isLessThanOrEqualTo(comfort.accelMps2() + SLACK);
            assertThat(r.probe().maxDecelMps2).as(name).isLessThanOrEqualTo(comfort.decelMps2() + SLACK);
            assertThat(r.probe().maxAbsJerkMps3).as(name).isLessThanOrEqualTo(comfort.jerkMps3() + SLACK);
            assertThat(r.metrics().maxJerkMps3()).as(name).isLessThanOrEqualTo(comfort.jerkMps3() + SLACK);
            assertThat(r.probe().fallbacks).as(name).isZero();
        }
    }
}
