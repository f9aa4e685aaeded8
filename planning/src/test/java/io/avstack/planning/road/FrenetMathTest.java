package io.avstack.planning.road;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.map.Road;
import io.avstack.core.map.RoadFiles;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Pose;
import io.avstack.planning.Fixtures;
import org.junit.jupiter.api.Test;

class FrenetMathTest {

    @Test
    void aLaneCentreOfACircleHasTheOffsetCircleCurvature() {
        double kr = 0.02;
        double d = -1.75;
        assertThat(FrenetMath.curvature(kr, d, 0, 0)).isCloseTo(kr / (1 - kr * d), within(1e-12));
        assertThat(FrenetMath.pathSpeed(kr, d, 0, 10)).isCloseTo(10 * (1 - kr * d), within(1e-12));
    }

    @Test
    void secondDerivativeInvertsCurvature() {
        double kr = 0.01;
        double d = 0.5;
        double d1 = 0.1;
        double d2 = -0.004;
        double k = FrenetMath.curvature(kr, d, d1, d2);
        double dth = FrenetMath.headingErrRad(kr, d, d1);
        assertThat(FrenetMath.secondDerivative(k, kr, d, d1, dth)).isCloseTo(d2, within(1e-12));
    }

    @Test
    void theEgoStateOfACarOnACurvedLaneCentreHasNoLateralMotion() {
        Road road = RoadFiles.parse("""
                segments:
                  - arc: {lengthM: 200, curvaturePerM: 0.01}
                lanes:
                  forward: [3.5]
                speedLimits:
                  - {fromS: 0, limitMps: 20}
                """, "circle");
        var p = road.laneCentreAt(-1, 50, new io.avstack.core.map.Pose2());
        double k = road.laneCurvatureAt(-1, 50);
        EgoState ego = new EgoState(Header.of("map", 0, 0), Pose.planar(p.x, p.y, p.headingRad), 10, 10 * k, 0.5,
                Math.atan(2.8 * k));
        EgoFrenet f = new EgoFrenet().set(road, ego, 2.8);

        assertThat(f.sM).isCloseTo(50, within(1e-6));
        assertThat(f.dM).isCloseTo(-1.75, within(1e-6));
        assertThat(f.dPrime).isCloseTo(0, within(1e-9));
        assertThat(f.dPrime2).isCloseTo(0, within(1e-9));
        assertThat(f.sDotMps).isCloseTo(10 / (1 + 0.01 * 1.75), within(1e-9));
    }

    @Test
    void roadViewKnowsTheForwardLanes() {
        RoadView v = new RoadView(Fixtures.twoLaneRoad());

        assertThat(v.isForwardLane(-2)).isTrue();
        assertThat(v.isForwardLane(1)).isFalse();
        assertThat(v.centreD(-2)).isEqualTo(-5.25);
        assertThat(v.forwardLaneAt(-4)).isEqualTo(-2);
        assertThat(v.forwardLaneAt(1)).isZero();
        assertThat(v.nearestForwardLane(-9)).isEqualTo(-2);
        assertThat(v.leftOf(-2)).isEqualTo(-1);
        assertThat(v.leftOf(-1)).isZero();
        assertThat(v.rightOf(-1)).isEqualTo(-2);
        assertThat(v.rightOf(-2)).isZero();
        assertThat(v.forwardLeftEdgeD()).isEqualTo(0);
        assertThat(v.forwardRightEdgeD()).isEqualTo(-7);
        assertThat(v.nextCentreBeyond(-1.75, -1)).isEqualTo(-5.25);
        assertThat(v.nextCentreBeyond(-1.75, 1)).isEqualTo(1.75);
        assertThat(v.nextCentreBeyond(-5.25, -1)).isNaN();
    }
}
