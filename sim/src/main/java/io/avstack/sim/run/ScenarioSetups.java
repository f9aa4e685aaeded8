package io.avstack.sim.run;

import io.avstack.sim.actor.ActorSpec;
import io.avstack.sim.actor.Path;
import io.avstack.sim.scenario.Crossing;
import io.avstack.sim.scenario.EgoSpec;
import io.avstack.sim.scenario.ScenarioActor;
import io.avstack.sim.scenario.ScenarioRun;
import io.avstack.sim.scenario.ScenarioSpec;
import io.avstack.sim.vehicle.VehicleParams;
import io.avstack.core.map.Lane;
import io.avstack.core.map.Road;
import io.avstack.core.map.RoadFiles;
import io.avstack.core.map.TravelDirection;
import java.util.ArrayList;
import java.util.List;

/** Turns a loaded {@link ScenarioRun} into the {@link SimSetup} the runner takes. */
public final class ScenarioSetups {

    /**
     * The ego vehicle when a scenario names none: a mid-size car (wheelbase 2.8 m, 4.7 x 1.85 m,
     * rear overhang 1.0 m, +3 / -9 m/s², 0.6 rad at 0.8 rad/s, no jerk limit, 0.1 s actuation
     * delay, 50 m/s).
     */
    public static final VehicleParams DEFAULT_EGO =
            new VehicleParams(2.8, 4.7, 1.85, 1.0, 3.0, 9.0, 0.6, 0.8, null, 0.1, 50.0);

    private ScenarioSetups() {
    }

    public static SimSetup of(ScenarioRun run) {
        ScenarioSpec spec = run.spec();
        Road road = RoadFiles.build(spec.road());
        EgoSpec ego = spec.ego();
        double routeEnd = ego.routeEndSM() != null ? ego.routeEndSM() : road.lengthM();
        List<ActorSetup> actors = new ArrayList<>();
        for (ScenarioActor a : spec.actors()) {
            actors.add(actor(road, a));
        }
        return new SimSetup(run.name(), run.parameters(), run.seed(), road, ego.vehicleOr(DEFAULT_EGO),
                new EgoStart(ego.laneId(), ego.startSM(), ego.startSpeedMps()), ego.targetSpeedMps(), actors,
                spec.durationS(), routeEnd - ego.startSM(), criteria(spec.passCriteria()));
    }

    private static ActorSetup actor(Road road, ScenarioActor a) {
        ActorSpec s = a.spec();
        if (a.laneId() != null) {
            Lane lane = road.lane(a.laneId());
            LanePath path = new LanePath(road, a.laneId());
            // a scenario gives the road's arc length; an oncoming lane's path runs the other way
            double pathS = lane.direction() == TravelDirection.ONCOMING ? path.pathS(s.startSM()) : s.startSM();
            return new ActorSetup(withStart(s, pathS), path);
        }
        Crossing c = a.crossing();
        double kerb = c.kerbOffsetM();
        double right = road.laneLayout().rightEdgeDM() - kerb;
        double left = road.laneLayout().leftEdgeDM() + kerb;
        Path path = c.fromSide() == Crossing.Side.NEAR
                ? LanePath.crossing(road, c.atSM(), right, left)
                : LanePath.crossing(road, c.atSM(), left, right);
        return new ActorSetup(s, path);
    }

    private static ActorSpec withStart(ActorSpec s, double startSM) {
        return new ActorSpec(s.id(), s.kind(), s.dims(), startSM, s.startSpeedMps(), s.startOffsetM(), s.behaviour(),
                s.events());
    }

    static PassCriteria criteria(io.avstack.sim.scenario.PassCriteria c) {
        return new PassCriteria(!Boolean.TRUE.equals(c.noCollision()), c.minGapM(), c.minTtcS(), null,
                Boolean.TRUE.equals(c.noRedLightViolation()) ? 0 : null, c.maxSpeedLimitViolationS(),
                c.minRouteCompletion(), c.maxDecelMps2(), null);
    }
}
