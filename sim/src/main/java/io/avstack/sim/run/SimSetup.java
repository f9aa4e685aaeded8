package io.avstack.sim.run;

import io.avstack.sim.vehicle.VehicleParams;
import io.avstack.core.map.RoadMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything one simulation run needs, independent of how a scenario file spells it.
 *
 * @param name            scenario name (reported)
 * @param parameters      the scenario parameters of this run (reported, sorted by key)
 * @param seed            run seed; every random generator derives from it
 * @param road            the road
 * @param egoParams       ego geometry and actuator limits
 * @param egoStart        ego start
 * @param targetSpeedMps  speed the ego should hold on a free road (the speed limit still applies)
 * @param actors          the other road users
 * @param durationS       simulated duration, s
 * @param routeLengthM    distance along its lane the ego should cover, m; the run ends early once it has
 * @param criteria        pass criteria
 */
public record SimSetup(String name, Map<String, String> parameters, long seed, RoadMap road,
        VehicleParams egoParams, EgoStart egoStart, double targetSpeedMps, List<ActorSetup> actors,
        double durationS, double routeLengthM, PassCriteria criteria) {

    public SimSetup {
        Objects.requireNonNull(name, "SimSetup.name");
        Objects.requireNonNull(road, "SimSetup.road");
        Objects.requireNonNull(egoParams, "SimSetup.egoParams");
        Objects.requireNonNull(egoStart, "SimSetup.egoStart");
        Objects.requireNonNull(criteria, "SimSetup.criteria");
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters == null ? Map.of() : parameters));
        actors = List.copyOf(actors);
        if (!(durationS > 0 && durationS <= 1e5)) {
            throw new IllegalArgumentException("SimSetup.durationS must be in (0, 1e5] s, was " + durationS);
        }
        if (!(routeLengthM > 0)) {
            throw new IllegalArgumentException("SimSetup.routeLengthM must be > 0 m, was " + routeLengthM);
        }
        if (!(targetSpeedMps >= 0 && targetSpeedMps <= egoParams.maxSpeedMps())) {
            throw new IllegalArgumentException("SimSetup.targetSpeedMps must be in [0, " + egoParams.maxSpeedMps()
                    + "] m/s, was " + targetSpeedMps);
        }
    }
}
