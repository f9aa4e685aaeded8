package io.avstack.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaneLayoutTest {

    private static final double EPS = 1e-9;

    /** Two forward lanes (3.5, 3.0 m) and one oncoming (3.25 m). */
    private final LaneLayout layout = new LaneLayout(List.of(3.5, 3.0), List.of(3.25), null);

    @Test
    void lanesAreOrderedFromTheLeftEdgeWithOpenDriveIds() {
        List<Lane> lanes = layout.lanes();
        assertThat(lanes).extracting(Lane::id).containsExactly(1, -1, -2);
        assertThat(lanes).extracting(Lane::direction).containsExactly(TravelDirection.ONCOMING,
                TravelDirection.FORWARD, TravelDirection.FORWARD);
        Lane outer = layout.lane(-2);
        assertThat(outer.leftEdgeDM()).isEqualTo(-3.5);
        assertThat(outer.rightEdgeDM()).isEqualTo(-6.5);
        assertThat(outer.centreDM()).isEqualTo(-5.0);
        assertThat(layout.lane(1).centreDM()).isEqualTo(1.625);
        assertThat(layout.leftEdgeDM()).isEqualTo(3.25);
        assertThat(layout.rightEdgeDM()).isEqualTo(-6.5);
        assertThat(layout.forwardCount()).isEqualTo(2);
        assertThat(layout.oncomingCount()).isEqualTo(1);
    }

    @Test
    void defaultMarkingsSeparateDirectionsWithDoubleSolid() {
        assertThat(layout.lane(1).leftMarking()).isEqualTo(LaneMarking.SOLID);
        assertThat(layout.lane(1).rightMarking()).isEqualTo(LaneMarking.DOUBLE_SOLID);
        assertThat(layout.lane(-1).leftMarking()).isEqualTo(LaneMarking.DOUBLE_SOLID);
        assertThat(layout.lane(-1).rightMarking()).isEqualTo(LaneMarking.DASHED);
        assertThat(layout.lane(-2).rightMarking()).isEqualTo(LaneMarking.SOLID);
        assertThat(LaneLayout.defaultMarkings(2, 0)).containsExactly(LaneMarking.SOLID, LaneMarking.DASHED,
                LaneMarking.SOLID);
    }

    @Test
    void sidesAreAsTheDriverSeesThem() {
        Lane oncoming = layout.lane(1);
        // the oncoming driver has the centre line on the left
        assertThat(oncoming.edgeDM(LaneSide.LEFT)).isEqualTo(0);
        assertThat(oncoming.marking(LaneSide.LEFT)).isEqualTo(LaneMarking.DOUBLE_SOLID);
        assertThat(oncoming.marking(LaneSide.RIGHT)).isEqualTo(LaneMarking.SOLID);
        Lane forward = layout.lane(-1);
        assertThat(forward.edgeDM(LaneSide.LEFT)).isEqualTo(0);
        assertThat(forward.marking(LaneSide.RIGHT)).isEqualTo(LaneMarking.DASHED);
        assertThat(forward.marking(LaneSide.RIGHT).crossable()).isTrue();
        assertThat(forward.marking(LaneSide.LEFT).crossable()).isFalse();
    }

    @Test
    void lateralOffsetMapsToItsLane() {
        // a boundary belongs to the lane right of it (facing increasing s), so the left road edge is
        // on the road and the right road edge is not
        assertThat(layout.laneIdAt(3.25)).isEqualTo(1);
        assertThat(layout.laneIdAt(3.26)).isZero();
        assertThat(layout.laneIdAt(0.01)).isEqualTo(1);
        assertThat(layout.laneIdAt(0)).isEqualTo(-1);
        assertThat(layout.laneIdAt(-3.49)).isEqualTo(-1);
        assertThat(layout.laneIdAt(-3.5)).isEqualTo(-2);
        assertThat(layout.laneIdAt(-6.49)).isEqualTo(-2);
        assertThat(layout.laneIdAt(-6.5)).isZero();
        assertThat(layout.laneIdAt(Double.NaN)).isZero();
    }

    @Test
    void explicitMarkingsAreUsedInOrder() {
        LaneLayout oneWay = new LaneLayout(List.of(3.5, 3.5), List.of(),
                List.of(LaneMarking.NONE, LaneMarking.SOLID, LaneMarking.DASHED));
        assertThat(oneWay.lane(-1).leftMarking()).isEqualTo(LaneMarking.NONE);
        assertThat(oneWay.lane(-1).rightMarking()).isEqualTo(LaneMarking.SOLID);
        assertThat(oneWay.lane(-2).rightMarking()).isEqualTo(LaneMarking.DASHED);
        assertThat(oneWay.hasLane(1)).isFalse();
        assertThat(oneWay.hasLane(-2)).isTrue();
    }

    @Test
    void rejectsBadLayouts() {
        assertThatThrownBy(() -> new LaneLayout(List.of(), List.of(3.5), null)).hasMessageContaining("0 forward");
        assertThatThrownBy(() -> new LaneLayout(List.of(3.5, 3.5, 3.5, 3.5, 3.5), List.of(), null))
                .hasMessageContaining("5 forward");
        assertThatThrownBy(() -> new LaneLayout(List.of(3.5, 1.0), List.of(), null)).hasMessageContaining("1.0 m");
        assertThatThrownBy(() -> new LaneLayout(List.of(3.5), List.of(Double.NaN), null)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new LaneLayout(List.of(3.5), List.of(), List.of(LaneMarking.SOLID)))
                .hasMessageContaining("need one per boundary (2)");
        assertThatThrownBy(() -> layout.lane(-3)).hasMessageContaining("no lane -3");
        assertThatThrownBy(() -> layout.lane(0)).hasMessageContaining("no lane 0");
    }

    @Test
    void laneGeometryOnACurvedRoad() {
        ReferenceLine line = new ReferenceLine(0, 0, 0, List.of(Segment.straight(50), Segment.arc(Math.PI * 50, 0.01)));
        Road road = new Road(line, layout, new SpeedLimits(List.of(new SpeedLimits.Zone(0, 10))), List.of(), List.of());
        double s = 50 + Math.PI * 25; // 45 degrees into the left curve of radius 100 around (50, 100)
        Pose2 p = road.laneCentreAt(-2, s, new Pose2());
        double r = 100 + 5.0; // lane -2's centre is 5 m right, i.e. outside the left curve
        assertThat(p.x).isCloseTo(50 + r * Math.sin(Math.PI / 4), within(EPS));
        assertThat(p.y).isCloseTo(100 - r * Math.cos(Math.PI / 4), within(EPS));
        assertThat(p.headingRad).isCloseTo(Math.PI / 4, within(EPS));
        road.laneCentreAt(1, s, p);
        assertThat(Math.hypot(p.x - 50, p.y - 100)).isCloseTo(100 - 1.625, within(EPS));
        assertThat(p.headingRad).isCloseTo(Math.PI / 4 + Math.PI, within(EPS)); // oncoming travels back
        road.laneBoundaryAt(-2, LaneSide.RIGHT, s, p); // the right road edge
        assertThat(Math.hypot(p.x - 50, p.y - 100)).isCloseTo(106.5, within(EPS));
        road.laneBoundaryAt(1, LaneSide.RIGHT, s, p); // the oncoming driver's right is the left road edge
        assertThat(Math.hypot(p.x - 50, p.y - 100)).isCloseTo(100 - 3.25, within(EPS));

        Frenet f = new Frenet();
        assertThat(road.laneAt(50 + 104 * Math.sin(0.3), 100 - 104 * Math.cos(0.3), f)).isEqualTo(-2);
        assertThat(road.laneAt(50 + 98 * Math.sin(0.3), 100 - 98 * Math.cos(0.3), f)).isEqualTo(1);
        assertThat(road.laneAt(20, -1, f)).isEqualTo(-1);
        assertThat(road.laneAt(20, -10, f)).isZero();
        assertThat(f.dM).isCloseTo(-10, within(EPS)); // the projection is left in dest
        assertThat(road.laneAt(-5, -1, f)).as("before the start").isZero();
    }

    @Test
    void laneCurvatureIsThatOfTheOffsetCircleAsItsDriverSeesIt() {
        ReferenceLine line = new ReferenceLine(0, 0, 0, List.of(Segment.straight(50), Segment.arc(100, 0.01)));
        Road road = new Road(line, layout, new SpeedLimits(List.of(new SpeedLimits.Zone(0, 10))), List.of(), List.of());
        assertThat(road.laneCurvatureAt(-2, 20)).isZero();
        assertThat(road.laneCurvatureAt(-2, 100)).isCloseTo(1 / 105.0, within(EPS)); // outside the left curve
        assertThat(road.laneCurvatureAt(-1, 100)).isCloseTo(1 / 101.75, within(EPS));
        // the oncoming lane is inside the curve, and its driver turns right
        assertThat(road.laneCurvatureAt(1, 100)).isCloseTo(-1 / (100 - 1.625), within(EPS));
    }

    @Test
    void sampleLaneCentreStepsInTravelDirectionAndStopsAtTheEnd() {
        ReferenceLine line = new ReferenceLine(0, 0, 0, List.of(Segment.straight(100)));
        Road road = new Road(line, layout, new SpeedLimits(List.of(new SpeedLimits.Zone(0, 10))), List.of(), List.of());
        double[] xyh = new double[30];
        int n = road.sampleLaneCentre(-1, 80, 5, 10, xyh);
        assertThat(n).isEqualTo(5); // 80, 85, ..., 100
        assertThat(xyh[0]).isEqualTo(80);
        assertThat(xyh[1]).isEqualTo(-1.75);
        assertThat(xyh[12]).isEqualTo(100);
        n = road.sampleLaneCentre(1, 20, 10, 10, xyh);
        assertThat(n).isEqualTo(3); // 20, 10, 0
        assertThat(xyh[3]).isEqualTo(10);
        assertThat(xyh[4]).isEqualTo(1.625);
        assertThat(xyh[5]).isCloseTo(Math.PI, within(EPS));
        assertThat(road.sampleLaneCentre(-1, 0, 1, 100, new double[7])).as("capped by the array").isEqualTo(2);
    }
}
