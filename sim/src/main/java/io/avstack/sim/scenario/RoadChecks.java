package io.avstack.sim.scenario;

import io.avstack.core.config.ConfigException;
import io.avstack.core.map.RoadConfig;
import java.util.List;

/**
 * Checks that a scenario fits its road: lanes exist, start positions and the route end lie on it.
 * Runs in {@link ScenarioSpec#validate()} whenever the spec has its road (inline, or a road file
 * the loader attached).
 */
final class RoadChecks {

    private RoadChecks() {
    }

    /** @throws ConfigException naming the scenario key that does not fit {@code road} */
    static void check(ScenarioSpec spec, RoadConfig road) {
        double lengthM = road.lengthM();
        EgoSpec ego = spec.ego();
        checkLane(road, "ego.laneId", ego.laneId());
        checkOnRoad("ego.startSM", ego.startSM(), lengthM);
        if (ego.routeEndSM() != null) {
            checkOnRoad("ego.routeEndSM", ego.routeEndSM(), lengthM);
        }
        List<ScenarioActor> actors = spec.actors();
        for (int i = 0; i < actors.size(); i++) {
            ScenarioActor actor = actors.get(i);
            String key = "actors[" + i + "]";
            if (actor.laneId() != null) {
                checkLane(road, key + ".laneId", actor.laneId());
                checkOnRoad(key + ".spec.startSM", actor.spec().startSM(), lengthM);
            } else {
                checkOnRoad(key + ".crossing.atSM", actor.crossing().atSM(), lengthM);
            }
        }
    }

    private static void checkLane(RoadConfig road, String key, int laneId) {
        int forward = road.lanes().forward().size();
        int oncoming = road.lanes().oncoming().size();
        boolean exists = laneId < 0 ? -laneId <= forward : laneId > 0 && laneId <= oncoming;
        if (!exists) {
            throw ConfigException.invalid(key, laneId, "no such lane: the road has forward lanes -1.." + -forward
                    + (oncoming > 0 ? " and oncoming lanes 1.." + oncoming : " and no oncoming lanes"));
        }
    }

    private static void checkOnRoad(String key, double sM, double lengthM) {
        if (sM > lengthM) {
            throw ConfigException.invalid(key, sM, "beyond the road's end at " + lengthM + " m");
        }
    }
}
