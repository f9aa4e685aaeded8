package io.avstack.safety.rss;

import static io.avstack.safety.Fixtures.CONFIG;
import static io.avstack.safety.Fixtures.car;
import static io.avstack.safety.Fixtures.world;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.Trajectory;
import io.avstack.safety.Fixtures;
import io.avstack.safety.geom.EgoOnPath;
import io.avstack.safety.geom.ObjectRelations;
import io.avstack.safety.geom.PathFrame;
import org.junit.jupiter.api.Test;

class RssTrajectoryCheckTest {

    private final RssTrajectoryCheck check = new RssTrajectoryCheck(CONFIG.rss(), CONFIG.vehicle(), CONFIG.checks());
    private final PathFrame path = new PathFrame();
    private final EgoOnPath egoOnPath = new EgoOnPath();
    private final ObjectRelations relations = new ObjectRelations();
    private final TrajectoryOutcome out = new TrajectoryOutcome();

    private void run(EgoState ego, Trajectory plan, TrackedObject... objects) {
        path.setTrajectory(plan, 0, 0, 0);
        egoOnPath.set(ego, path);
        relations.update(ego, egoOnPath, world(0, objects), path, CONFIG.vehicle(), CONFIG.checks().minExistenceProb());
        check.check(ego, egoOnPath, relations, plan, path, out);
    }

    @Test
    void accelerating_towardsASlowerLeadIsFlaggedAtTheFirstUnsafePoint() {
        EgoState ego = Fixtures.ego(0, 0, 15);
        // lead at 15 m/s, gap 60.05 m; d_min(15, 15) = 7.5 + 0.25 + 32 - 14.06 = 25.7 m: safe now
        run(ego, Fixtures.straightPlan(0, 0, 15, 2.0, 5.0), car(4, 66, 0, 0, 10, 0));
        assertThat(out.violation).isTrue();
        assertThat(out.trackId).isEqualTo(4);
        assertThat(out.timeS).isGreaterThan(0.0).isLessThanOrEqualTo(CONFIG.checks().trajectoryHorizonS());
        assertThat(out.gapM).isLessThanOrEqualTo(out.safeDistanceM);
        // one step earlier it was still safe: the first violation is reported
        double t = out.timeS - 0.1;
        double egoS = 15 * t + t * t;
        double gap = 66 + 10 * t - egoS - 2.25 - 3.7;
        double v = 15 + 2 * t;
        double dMin = io.avstack.core.rss.Rss.longitudinalSafeDistanceM(v, 10, CONFIG.rss());
        assertThat(gap).isGreaterThan(dMin);
    }

    @Test
    void followingAtConstantSpeedBeyondTheSafeDistanceIsFine() {
        EgoState ego = Fixtures.ego(0, 0, 15);
        run(ego, Fixtures.straightPlan(0, 0, 15, 0.0, 5.0), car(4, 40, 0, 0, 15, 0));
        assertThat(out.violation).isFalse();
    }

    @Test
    void stoppingPlansBehindAStandingCarAreFineAndIgnoreCarsInOtherLanes() {
        EgoState ego = Fixtures.ego(0, 0, 10);
        // stops after 12.5 m at -4 m/s²; the standing car's rear is 30 m ahead
        run(ego, Fixtures.straightPlan(0, 0, 10, -4.0, 4.0), car(4, 36, 0, 0, 0, 0), car(5, 10, 3.5, 0, 0, 0));
        assertThat(out.violation).isFalse();
    }

    @Test
    void aPedestrianWalkingIntoThePlannedPathIsFlagged() {
        EgoState ego = Fixtures.ego(0, 0, 10);
        run(ego, Fixtures.straightPlan(0, 0, 10, 0.0, 4.0), Fixtures.pedestrian(9, 40, -6, 0, 1.5));
        assertThat(out.violation).isTrue();
        assertThat(out.trackId).isEqualTo(9);
        assertThat(out.timeS).isCloseTo(2.5, within(1.5));
    }
}
