package io.avstack.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner-facing look-ahead queries, on the urban example road (see urban-light-crosswalk.yaml). */
class RoadMapQueriesTest {

    private final RoadMap map = RoadFiles.loadResource("world/urban-light-crosswalk.yaml");
    private final List<StopLine> stops = new ArrayList<>();
    private final List<Crosswalk> walks = new ArrayList<>();

    @Test
    void stopLinesAheadAreFilteredByDirectionAndDistance() {
        map.stopLinesAhead(200, 50, TravelDirection.FORWARD, stops);
        assertThat(stops).extracting(StopLine::id).containsExactly("main-north"); // main-south is for oncoming lanes
        map.stopLinesAhead(200, 39.9, TravelDirection.FORWARD, stops);
        assertThat(stops).isEmpty();
        map.stopLinesAhead(200, 40, TravelDirection.FORWARD, stops);
        assertThat(stops).as("the far end is inclusive").hasSize(1);
        map.stopLinesAhead(240, 10, TravelDirection.FORWARD, stops);
        assertThat(stops).as("standing on the line").hasSize(1);
        map.stopLinesAhead(240.01, 100, TravelDirection.FORWARD, stops);
        assertThat(stops).as("passed").isEmpty();
    }

    @Test
    void oncomingTrafficLooksTowardsDecreasingS() {
        map.stopLinesAhead(300, 60, TravelDirection.ONCOMING, stops);
        assertThat(stops).extracting(StopLine::id).containsExactly("main-south");
        map.stopLinesAhead(251, 60, TravelDirection.ONCOMING, stops);
        assertThat(stops).isEmpty();
        map.crosswalksAhead(300, 60, TravelDirection.ONCOMING, walks);
        assertThat(walks).extracting(Crosswalk::id).containsExactly("school");
        map.crosswalksAhead(300, 50, TravelDirection.ONCOMING, walks);
        assertThat(walks).isEmpty();
    }

    @Test
    void crosswalksAheadIncludeOneBeingCrossed() {
        map.crosswalksAhead(200, 42, TravelDirection.FORWARD, walks);
        assertThat(walks).isEmpty();
        map.crosswalksAhead(200, 43, TravelDirection.FORWARD, walks);
        assertThat(walks).extracting(Crosswalk::id).containsExactly("school");
        map.crosswalksAhead(246, 1, TravelDirection.FORWARD, walks);
        assertThat(walks).hasSize(1);
        map.crosswalksAhead(249.5, 100, TravelDirection.FORWARD, walks);
        assertThat(walks).isEmpty();
    }

    @Test
    void destListsAreClearedFirst() {
        map.stopLinesAhead(0, 1000, TravelDirection.FORWARD, stops);
        assertThat(stops).hasSize(1);
        map.stopLinesAhead(0, 10, TravelDirection.FORWARD, stops);
        assertThat(stops).isEmpty();
    }

    @Test
    void nearestFeatureComesFirst() {
        Road road = new Road(new ReferenceLine(0, 0, 0, List.of(Segment.straight(300))),
                new LaneLayout(List.of(3.5), List.of(3.5), null), new SpeedLimits(List.of(new SpeedLimits.Zone(0, 10))),
                List.of(stop("far", 200, TravelDirection.FORWARD, -1), stop("near", 100, TravelDirection.FORWARD, -1),
                        stop("back", 50, TravelDirection.ONCOMING, 1)),
                List.of(new Crosswalk("w2", 210, 214), new Crosswalk("w1", 110, 114)));
        road.stopLinesAhead(0, 300, TravelDirection.FORWARD, stops);
        assertThat(stops).extracting(StopLine::id).containsExactly("near", "far");
        road.crosswalksAhead(300, 300, TravelDirection.ONCOMING, walks);
        assertThat(walks).extracting(Crosswalk::id).containsExactly("w2", "w1");
        road.crosswalksAhead(0, 300, TravelDirection.FORWARD, walks);
        assertThat(walks).extracting(Crosswalk::id).containsExactly("w1", "w2");
    }

    @Test
    void curvatureAndSpeedLimitAhead() {
        // the 60 m left arc (0.01 1/m) runs from s = 120 to 180; the limit drops at 250
        assertThat(map.maxAbsCurvatureAhead(50, 69, TravelDirection.FORWARD)).isZero();
        assertThat(map.maxAbsCurvatureAhead(50, 71, TravelDirection.FORWARD)).isEqualTo(0.01);
        assertThat(map.maxAbsCurvatureAhead(250, 71, TravelDirection.ONCOMING)).isEqualTo(0.01);
        assertThat(map.maxAbsCurvatureAhead(250, 60, TravelDirection.ONCOMING)).isZero();
        assertThat(map.minSpeedLimitAhead(200, 49, TravelDirection.FORWARD)).isEqualTo(13.9);
        assertThat(map.minSpeedLimitAhead(200, 50, TravelDirection.FORWARD)).isEqualTo(8.3);
        assertThat(map.minSpeedLimitAhead(300, 100, TravelDirection.ONCOMING)).isEqualTo(8.3);
        assertThat(map.speedLimitAt(250)).isEqualTo(8.3);
    }

    @Test
    void roadRejectsFeaturesThatDoNotFit() {
        ReferenceLine line = new ReferenceLine(0, 0, 0, List.of(Segment.straight(100)));
        LaneLayout layout = new LaneLayout(List.of(3.5), List.of(3.5), null);
        SpeedLimits limits = new SpeedLimits(List.of(new SpeedLimits.Zone(0, 10)));
        assertThatThrownBy(() -> new Road(line, layout, limits, List.of(stop("x", 120, TravelDirection.FORWARD, -1)),
                List.of())).hasMessageContaining("stop line x at s = 120.0");
        assertThatThrownBy(() -> new Road(line, layout, limits, List.of(stop("x", 50, TravelDirection.FORWARD, 1)),
                List.of())).hasMessageContaining("lane 1 is not a FORWARD lane");
        assertThatThrownBy(() -> new Road(line, layout, limits, List.of(stop("x", 50, TravelDirection.FORWARD, -1),
                stop("x", 60, TravelDirection.FORWARD, -1)), List.of())).hasMessageContaining("two traffic lights have id x");
        assertThatThrownBy(() -> new Road(line, layout, limits, List.of(), List.of(new Crosswalk("c", 98, 102))))
                .hasMessageContaining("crosswalk c");
    }

    private static StopLine stop(String id, double sM, TravelDirection direction, int laneId) {
        return new StopLine(id, sM, direction, List.of(laneId), new FixedCycleLight(id, 10, 3, 10, 0));
    }
}
