package io.avstack.system.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.planning.config.PlanningConfig;
import io.avstack.sim.run.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Closed loop on ground truth: following a lead that brakes hard, and a cut-in at a 1.5 s time gap. */
class PlannerFollowingTest {

    /** "Briefly": the RSS distance may be undercut while the ego's braking builds up, s. */
    private static final double BRIEF_S = 0.3;

    @Test
    void aLeadBrakingAtSixIsFollowedWithoutCollisionAndTheRssGapIsKeptButBriefly() {
        List<PlannerRuns.Run> runs = PlannerRuns.runAll("planning-lead-brakes.yaml"); // 50 and 80 km/h
        assertThat(runs).hasSize(2);
        for (PlannerRuns.Run r : runs) {
            assertThat(r.metrics().verdict()).as(r.metrics().summaryLine()).isEqualTo(Verdict.PASS);
            assertThat(r.metrics().collision()).isFalse();
            assertThat(r.metrics().rssViolationS()).as(r.metrics().summaryLine()).isLessThanOrEqualTo(BRIEF_S);
            assertThat(r.metrics().minGapM()).isGreaterThan(2.0);
            assertThat(r.probe().reasons).anyMatch(s -> s.startsWith("following car 7 at "));
            assertThat(r.probe().behaviours).contains("FOLLOW_LEAD", "STOPPED");
            assertThat(r.probe().lastStatus.reason()).isEqualTo("stopped behind car 7");
        }
    }

    @Test
    void aCutInAtOnePointFiveSecondsIsAnsweredByComfortableBraking() {
        PlanningConfig noLaneChanges = PlannerRuns.CONFIG.withLaneChange(new PlanningConfig.LaneChange(false,
                0.3, 0.3, 0.4, 2.0, 3.0, 4.0, 40.0, 0.3));
        PlannerRuns.Run r = PlannerRuns.runAll("planning-cut-in.yaml", Map.of(), noLaneChanges).get(0);

        assertThat(r.metrics().verdict()).as(r.metrics().summaryLine()).isEqualTo(Verdict.PASS);
        assertThat(r.metrics().minGapM()).isGreaterThan(15.0);
        assertThat(r.probe().maxDecelMps2).isLessThanOrEqualTo(PlannerRuns.CONFIG.comfort().decelMps2() + 0.05);
        assertThat(r.probe().reasons).anyMatch(s -> s.startsWith("car 1 cutting in at "));
        assertThat(r.probe().fallbacks).isZero();
    }

    @Test
    void withLaneChangesTheCutInIsHandledToo() {
        PlannerRuns.Run r = PlannerRuns.runOnly("planning-cut-in.yaml", Map.of());

        assertThat(r.metrics().verdict()).as(r.metrics().summaryLine()).isEqualTo(Verdict.PASS);
        assertThat(r.metrics().minGapM()).isGreaterThan(15.0);
        assertThat(r.probe().fallbacks).isZero();
    }
}
