package io.avstack.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.sim.actor.Action;
import io.avstack.sim.actor.ActorKind;
import io.avstack.sim.actor.ActorSpec;
import io.avstack.sim.actor.IdmParams;
import io.avstack.sim.vehicle.AllocationMeter;
import io.avstack.core.map.Road;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimWorldAllocationTest {

    @Test
    void steppingTheWorldAllocatesNothing() {
        Road road = RunFixtures.straight(5000, 30);
        ActorSpec lead = new ActorSpec(1, ActorKind.CAR, null, 200, 12, 0,
                new Action.FollowLead(IdmParams.typicalCar(12)), List.of());
        ActorSpec oncoming = new ActorSpec(2, ActorKind.CAR, null, 100, 15, 0,
                new Action.FollowLead(IdmParams.typicalCar(15)), List.of());
        SimWorld world = new SimWorld(road, RunFixtures.car(0.1), new EgoStart(-1, 10, 10),
                List.of(new ActorSetup(lead, new LanePath(road, -1)), new ActorSetup(oncoming, new LanePath(road, 1))),
                RunFixtures.TICK_NS);
        for (int i = 0; i < 2000; i++) { // warm-up: class loading, JIT
            world.step(0.0, 0.0);
        }
        long before = AllocationMeter.allocatedBytes();
        for (int i = 0; i < 2000; i++) {
            world.step(0.0, 0.0);
        }
        long perStep = (AllocationMeter.allocatedBytes() - before) / 2000;
        assertThat(perStep).isLessThan(16);
        assertThat(world.collision()).isNull();
    }
}
