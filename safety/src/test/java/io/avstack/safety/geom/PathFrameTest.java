package io.avstack.safety.geom;

import static io.avstack.safety.Fixtures.MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.Header;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.TrajectoryPoint;
import io.avstack.safety.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathFrameTest {

    private final PathFrame path = new PathFrame();
    private final PathPoint p = new PathPoint();

    @Test
    void straightPathGivesArcLengthAndLeftPositiveOffset() {
        path.setStraight(10, 5, Math.PI / 2); // heading +y
        path.project(8, 25, p);
        assertThat(p.sM).isCloseTo(20, within(1e-9));
        assertThat(p.dM).isCloseTo(2, within(1e-9)); // x smaller = left when heading +y
        assertThat(p.headingRad).isCloseTo(Math.PI / 2, within(1e-9));
        path.project(10, -5, p); // behind the start: the line extends backwards
        assertThat(p.sM).isCloseTo(-10, within(1e-9));
    }

    @Test
    void aPlanTurningLeftCarriesItsCurvatureAndExtendsBeyondItsEnd() {
        List<TrajectoryPoint> pts = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            double a = i * 0.05; // quarter circle of radius 20 over 1 rad
            pts.add(new TrajectoryPoint(i * 100 * MS, 20 * Math.sin(a), 20 - 20 * Math.cos(a), a, 10, 0, 0.05));
        }
        path.setTrajectory(new Trajectory(Header.of("map", 0, 0), pts), 0, 0, 0);
        path.project(20 * Math.sin(0.5), 20 - 20 * Math.cos(0.5), p);
        assertThat(p.sM).isCloseTo(10.0, within(0.02)); // arc length 20 * 0.5 along the chords
        assertThat(p.dM).isCloseTo(0.0, within(0.01));
        assertThat(p.curvaturePerM).isEqualTo(0.05);
        // the centre of the circle is to the left of the path
        path.project(0, 20, p);
        assertThat(p.dM).isGreaterThan(19.0);
        // beyond the last point the last chord continues (heading 0.975 rad between the last two points)
        double endX = 20 * Math.sin(1.0) + 5 * Math.cos(0.975);
        double endY = 20 - 20 * Math.cos(1.0) + 5 * Math.sin(0.975);
        path.project(endX, endY, p);
        assertThat(p.sM).isCloseTo(25.0, within(0.05));
        assertThat(p.dM).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void aStandingPlanFallsBackToAStraightLineAlongItsHeading() {
        path.setTrajectory(Fixtures.straightPlan(0, 3.0, 0.0, 0.0, 2.0), 0, 0, 0);
        assertThat(path.size()).isEqualTo(2);
        path.project(13, -1, p);
        assertThat(p.sM).isCloseTo(10, within(1e-9));
        assertThat(p.dM).isCloseTo(-1, within(1e-9));
    }

    @Test
    void anEmptyPlanUsesTheFallbackPose() {
        path.setTrajectory(new Trajectory(Header.of("map", 0, 0), List.of()), 1, 1, 0);
        path.project(5, 2, p);
        assertThat(p.sM).isCloseTo(4, within(1e-9));
        assertThat(p.dM).isCloseTo(1, within(1e-9));
    }
}
