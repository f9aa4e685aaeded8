package io.avstack.sim.run;

import io.avstack.sim.actor.Action;
import io.avstack.sim.actor.ActorKind;
import io.avstack.sim.actor.ActorSpec;
import io.avstack.sim.vehicle.VehicleParams;
import io.avstack.core.map.Crosswalk;
import io.avstack.core.map.LaneLayout;
import io.avstack.core.map.LightState;
import io.avstack.core.map.ReferenceLine;
import io.avstack.core.map.Road;
import io.avstack.core.map.ScriptedLight;
import io.avstack.core.map.Segment;
import io.avstack.core.map.SpeedLimits;
import io.avstack.core.map.StopLine;
import io.avstack.core.map.TravelDirection;
import java.util.List;
import java.util.Map;

/** Roads, vehicles and setups shared by the runner tests. */
final class RunFixtures {

    static final long TICK_NS = LockstepRunner.DEFAULT_TICK_NS;

    private RunFixtures() {
    }

    /** A mid-size car, no actuation delay unless given. */
    static VehicleParams car(double actuationDelayS) {
        return new VehicleParams(2.8, 4.7, 1.85, 1.0, 3.0, 9.0, 0.6, 0.8, null, actuationDelayS, 50.0);
    }

    /** A straight road along world x, one lane each way (3.5 m), limit {@code limitMps}. */
    static Road straight(double lengthM, double limitMps) {
        return new Road(new ReferenceLine(0, 0, 0, List.of(Segment.straight(lengthM))),
                new LaneLayout(List.of(3.5), List.of(3.5), null),
                new SpeedLimits(List.of(new SpeedLimits.Zone(0, limitMps))), List.of(), List.<Crosswalk>of());
    }

    /** As {@link #straight} with a stop line for lane -1 at {@code stopS} whose light is always red. */
    static Road straightWithRedLight(double lengthM, double limitMps, double stopS) {
        StopLine stop = new StopLine("always-red", stopS, TravelDirection.FORWARD, List.of(-1),
                new ScriptedLight("always-red", List.of(new ScriptedLight.Phase(0, LightState.RED))));
        return new Road(new ReferenceLine(0, 0, 0, List.of(Segment.straight(lengthM))),
                new LaneLayout(List.of(3.5), List.of(3.5), null),
                new SpeedLimits(List.of(new SpeedLimits.Zone(0, limitMps))), List.of(stop), List.<Crosswalk>of());
    }

    static ActorSpec car(long id, double startSM, double speedMps) {
        return new ActorSpec(id, ActorKind.CAR, null, startSM, speedMps, 0.0, new Action.HoldSpeed(), List.of());
    }

    static SimSetup setup(String name, Road road, EgoStart start, double targetMps, List<ActorSetup> actors,
            double durationS, double routeM) {
        return new SimSetup(name, Map.of(), 1L, road, car(0.1), start, targetMps, actors, durationS, routeM,
                PassCriteria.DEFAULT);
    }
}
