package io.avstack.core.map;

import java.util.List;

/**
 * A signalised stop line across some lanes of one travel direction. Vehicles travelling in
 * {@link #direction()} in one of {@link #laneIds()} stop before {@link #sM()} when {@link #light()}
 * is red (or yellow and they can stop).
 *
 * @param id identifier (the light's id in a road file)
 * @param sM arc length of the line, m
 * @param direction travel direction of the lanes it controls
 * @param laneIds the lanes it crosses, all of {@code direction}
 * @param light the light controlling it
 */
public record StopLine(String id, double sM, TravelDirection direction, List<Integer> laneIds, TrafficLight light) {

    public StopLine {
        laneIds = List.copyOf(laneIds);
    }

    /** Whether the line crosses lane {@code laneId}. */
    public boolean appliesTo(int laneId) {
        for (int i = 0; i < laneIds.size(); i++) {
            if (laneIds.get(i) == laneId) {
                return true;
            }
        }
        return false;
    }
}
