package io.avstack.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceLineTest {

    private static final double EPS = 1e-9;

    @Test
    void straightPoseFollowsStartHeading() {
        double h0 = 0.7;
        ReferenceLine line = new ReferenceLine(3, -2, h0, List.of(Segment.straight(100)));
        Pose2 p = line.poseAt(40, new Pose2());
        assertThat(p.x).isCloseTo(3 + 40 * Math.cos(h0), within(EPS));
        assertThat(p.y).isCloseTo(-2 + 40 * Math.sin(h0), within(EPS));
        assertThat(p.headingRad).isEqualTo(h0);
        assertThat(line.lengthM()).isEqualTo(100);
        assertThat(line.curvatureAt(40)).isZero();
    }

    @Test
    void arcPointsLieOnTheCircleWithClosedFormHeading() {
        double h0 = -0.3;
        double k = 0.02; // radius 50 m, left
        ReferenceLine line = new ReferenceLine(1, 2, h0, List.of(Segment.arc(120, k)));
        double cx = 1 - Math.sin(h0) / k;
        double cy = 2 + Math.cos(h0) / k;
        Pose2 p = new Pose2();
        for (double s = 0; s <= 120; s += 7.5) {
            line.poseAt(s, p);
            assertThat(Math.hypot(p.x - cx, p.y - cy)).as("radius at s=%s", s).isCloseTo(50, within(EPS));
            assertThat(p.headingRad).isCloseTo(h0 + k * s, within(EPS));
            // the point sits at angle heading - 90 deg as seen from the centre of a left arc
            assertThat(p.x).isCloseTo(cx + Math.sin(h0 + k * s) / k, within(EPS));
            assertThat(p.y).isCloseTo(cy - Math.cos(h0 + k * s) / k, within(EPS));
        }
        line.poseAt(120, p); // the end point: turned by k * L = 2.4 rad
        assertThat(p.x).isCloseTo(cx + Math.sin(h0 + 2.4) / k, within(EPS));
        assertThat(p.y).isCloseTo(cy - Math.cos(h0 + 2.4) / k, within(EPS));
    }

    @Test
    void rightArcCurvesClockwise() {
        ReferenceLine line = new ReferenceLine(0, 0, 0, List.of(Segment.arc(Math.PI * 50, -0.02)));
        Pose2 p = line.poseAt(Math.PI * 50, new Pose2()); // half circle of radius 50 to the right
        assertThat(p.x).isCloseTo(0, within(EPS));
        assertThat(p.y).isCloseTo(-100, within(EPS));
        assertThat(p.headingRad).isCloseTo(-Math.PI, within(EPS));
    }

    @Test
    void positionAndHeadingAreContinuousAcrossJoints() {
        ReferenceLine line = new ReferenceLine(0, 0, 0.2, List.of(Segment.straight(50), Segment.arc(80, 0.01),
                Segment.arc(60, -0.03), Segment.straight(40), Segment.arc(30, 0.05)));
        Pose2 before = new Pose2();
        Pose2 after = new Pose2();
        for (int i = 1; i < line.segments().size(); i++) {
            double joint = line.segmentStartS(i);
            line.poseAt(joint - 1e-7, before);
            line.poseAt(joint + 1e-7, after);
            assertThat(Math.hypot(after.x - before.x, after.y - before.y)).as("gap at joint %d", i)
                    .isCloseTo(2e-7, within(1e-9));
            assertThat(after.headingRad - before.headingRad).as("heading jump at joint %d", i)
                    .isCloseTo(0, within(1e-8));
        }
        assertThat(line.lengthM()).isEqualTo(260);
    }

    @Test
    void curvatureIsPiecewiseConstantAndQueryableAhead() {
        ReferenceLine line = new ReferenceLine(0, 0, 0, List.of(Segment.straight(50), Segment.arc(80, 0.01),
                Segment.arc(60, -0.03), Segment.straight(40)));
        assertThat(line.curvatureAt(49.9)).isZero();
        assertThat(line.curvatureAt(50)).isEqualTo(0.01); // a joint belongs to the segment it starts
        assertThat(line.curvatureAt(150)).isEqualTo(-0.03);
        assertThat(line.curvatureAt(-5)).isZero();
        assertThat(line.curvatureAt(500)).isZero();
        assertThat(line.maxAbsCurvature(0, 49)).isZero();
        assertThat(line.maxAbsCurvature(0, 100)).isEqualTo(0.01);
        assertThat(line.maxAbsCurvature(100, 20)).isEqualTo(0.01);
        assertThat(line.maxAbsCurvature(100, 200)).isEqualTo(0.03);
        assertThat(line.maxAbsCurvature(240, 400)).isZero();
    }

    @Test
    void beyondTheEndsTheLineContinuesStraight() {
        ReferenceLine line = new ReferenceLine(0, 0, 0, List.of(Segment.arc(Math.PI * 50, 0.01)));
        Pose2 p = line.poseAt(-10, new Pose2());
        assertThat(p.x).isCloseTo(-10, within(EPS));
        assertThat(p.y).isCloseTo(0, within(EPS));
        line.poseAt(Math.PI * 50 + 10, p); // quarter circle to (100, 100) heading +y, then 10 m on
        assertThat(p.x).isCloseTo(100, within(EPS));
        assertThat(p.y).isCloseTo(110, within(EPS));
        Frenet f = line.project(100.5, 130, new Frenet());
        assertThat(f.sM).isCloseTo(Math.PI * 50 + 30, within(EPS));
        assertThat(f.dM).isCloseTo(-0.5, within(EPS));
        line.project(-25, 2, f);
        assertThat(f.sM).isCloseTo(-25, within(EPS));
        assertThat(f.dM).isCloseTo(2, within(EPS));
    }

    @Test
    void projectionPicksTheNearestPartOfTheRoad() {
        // a U-turn: the two straights run 100 m apart
        ReferenceLine line = new ReferenceLine(0, 0, 0, List.of(Segment.straight(100), Segment.arc(Math.PI * 50, 0.02),
                Segment.straight(100)));
        Frenet f = line.project(30, 95, new Frenet()); // near the return straight, which runs along y = 100
        assertThat(f.sM).isCloseTo(100 + Math.PI * 50 + 70, within(EPS));
        assertThat(f.dM).isCloseTo(5, within(EPS)); // heading -x: the left side is -y, inside the U
        line.project(30, 5, f);
        assertThat(f.sM).isCloseTo(30, within(EPS));
        assertThat(f.dM).isCloseTo(5, within(EPS));
        line.project(100, 50, f); // the arc's centre: every arc point is 50 m away, the straights' ends too
        assertThat(Math.abs(f.dM)).isCloseTo(50, within(EPS));
    }

    @Test
    void tinyCurvatureStaysExact() {
        ReferenceLine line = new ReferenceLine(0, 0, 0, List.of(Segment.arc(1000, 1e-6)));
        Pose2 p = line.poseAt(1000, new Pose2());
        // closed form about the centre (0, 1e6)
        assertThat(p.x).isCloseTo(1e6 * Math.sin(1e-3), within(1e-9));
        assertThat(p.y).isCloseTo(1e6 * (1 - Math.cos(1e-3)), within(1e-9));
        Frenet f = line.project(p.x, p.y + 1.5, new Frenet());
        assertThat(f.sM).isCloseTo(1000, within(1e-2));
        assertThat(f.dM).isCloseTo(1.5, within(1e-6));
    }

    @Test
    void rejectsBadSegments() {
        assertThatThrownBy(() -> Segment.arc(10, Double.NaN)).hasMessageContaining("curvaturePerM = NaN");
        assertThatThrownBy(() -> Segment.arc(10, 1e-9)).hasMessageContaining("use a straight segment");
        assertThatThrownBy(() -> Segment.arc(100, 0.1)).hasMessageContaining("full circle");
        assertThatThrownBy(() -> Segment.straight(0)).hasMessageContaining("lengthM = 0");
        assertThatThrownBy(() -> new ReferenceLine(0, 0, 0, List.of())).hasMessageContaining("at least one segment");
        assertThatThrownBy(() -> new ReferenceLine(Double.NaN, 0, 0, List.of(Segment.straight(1))))
                .hasMessageContaining("x=NaN");
    }
}
