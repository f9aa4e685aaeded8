package io.avstack.system.sim;

import io.avstack.sim.actor.Action;
import io.avstack.sim.actor.ActorKind;
import io.avstack.sim.actor.ActorSpec;
import io.avstack.sim.actor.IdmParams;
import io.avstack.sim.actor.ScriptedEvent;
import io.avstack.sim.actor.Trigger;
import io.avstack.sim.run.ActorSetup;
import io.avstack.sim.run.EgoStart;
import io.avstack.sim.run.LanePath;
import io.avstack.sim.run.PassCriteria;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.world.Road;
import io.avstack.sim.world.RoadFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A busy 60 s on the rural road of the catalogue (bends both ways): three cars and a truck ahead in
 * the ego lane (one brakes to a stop at 10 s), four oncoming cars, a pedestrian crossing and a
 * cyclist at the kerb. Ten actors, for determinism and realtime-factor measurements.
 */
final class TenActorScenario {

    private TenActorScenario() {
    }

    static SimSetup setup(long seed) {
        return setup(seed, 60);
    }

    static SimSetup setup(long seed, double durationS) {
        Road road = RoadFiles.load(Path.of("..", "scenarios", "roads", "rural-2way.yaml"));
        LanePath ahead = new LanePath(road, -1);
        LanePath oncoming = new LanePath(road, 1);
        List<ActorSetup> actors = List.of(
                new ActorSetup(follower(1, ActorKind.CAR, 80, 18), ahead),
                new ActorSetup(follower(2, ActorKind.CAR, 150, 16), ahead),
                new ActorSetup(follower(3, ActorKind.TRUCK, 260, 15), ahead),
                new ActorSetup(new ActorSpec(4, ActorKind.CAR, null, 420, 15, 0, new Action.HoldSpeed(),
                        List.of(new ScriptedEvent(new Trigger.AtTime(10), new Action.Brake(3.0)))), ahead),
                new ActorSetup(follower(5, ActorKind.CAR, oncoming.pathS(1150), 20), oncoming),
                new ActorSetup(follower(6, ActorKind.CAR, oncoming.pathS(1050), 20), oncoming),
                new ActorSetup(follower(7, ActorKind.CAR, oncoming.pathS(900), 20), oncoming),
                new ActorSetup(follower(8, ActorKind.CAR, oncoming.pathS(750), 20), oncoming),
                new ActorSetup(new ActorSpec(9, ActorKind.PEDESTRIAN, null, 0, 0, 0, new Action.HoldSpeed(),
                        List.of(new ScriptedEvent(new Trigger.AtTime(5), new Action.SetSpeed(1.4)))),
                        LanePath.crossing(road, 600, road.laneLayout().rightEdgeDM() - 1,
                                road.laneLayout().leftEdgeDM() + 1)),
                new ActorSetup(new ActorSpec(10, ActorKind.CYCLIST, null, 700, 5, -1.0, new Action.HoldSpeed(),
                        List.of()), ahead));
        return new SimSetup("ten-actors", Map.of("variant", "test"), seed, road, ScenarioSetups.DEFAULT_EGO,
                new EgoStart(-1, 20, 15), 20, actors, durationS, 1100, PassCriteria.DEFAULT);
    }

    private static ActorSpec follower(long id, ActorKind kind, double startSM, double speedMps) {
        return new ActorSpec(id, kind, null, startSM, speedMps, 0, new Action.FollowLead(IdmParams.typicalCar(speedMps)),
                List.of());
    }
}
