package io.avstack.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.map.LightState;
import io.avstack.core.map.Road;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.Clock;
import io.avstack.sim.actor.Action;
import io.avstack.sim.actor.ActorKind;
import io.avstack.sim.actor.ActorSpec;
import io.avstack.sim.actor.Trigger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundTruthWorldModelSensorTest {

    /** Collects messages of one topic. */
    private static final class Inbox<T> implements HostedNode {
        final List<T> received = new ArrayList<>();
        private final String topic;

        Inbox(String topic) {
            this.topic = TopicNames.topic(LockstepRunner.VEHICLE_ID, topic);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void attach(Bus bus, Clock clock) {
            bus.subscribe(topic, (t, m) -> received.add((T) m));
        }
    }

    @Test
    void publishesEveryActorAsATrackWithTheEgoAndFullSensorHealth() {
        Road road = RunFixtures.straight(1000, 30);
        ActorSpec braking = new ActorSpec(7, ActorKind.CAR, null, 80, 10, 0.0, new Action.HoldSpeed(),
                List.of(new io.avstack.sim.actor.ScriptedEvent(new Trigger.AtTime(0.5), new Action.Brake(2.0))));
        SimSetup setup = RunFixtures.setup("wm", road, new EgoStart(-1, 10, 5), 5,
                List.of(new ActorSetup(braking, new LanePath(road, -1))), 1.0, 900);
        Inbox<WorldModel> inbox = new Inbox<>(StandardTopics.OBJECTS);

        LockstepRunner.builder(setup).optSensor(GroundTruthWorldModelSensor.factory(10)).optNode(inbox).build().run();

        assertThat(inbox.received).hasSize(11);
        WorldModel first = inbox.received.get(0);
        assertThat(first.header().frameId()).isEqualTo("map");
        assertThat(first.sensorsExpectedMask()).isEqualTo(TrackedObject.SENSOR_ALL);
        assertThat(first.missingSensorsMask()).isZero();
        assertThat(first.ego()).isPresent();
        assertThat(first.ego().get().speedMps()).isCloseTo(5, within(1e-9));
        TrackedObject t = first.objects().get(0);
        assertThat(t.trackId()).isEqualTo(7);
        assertThat(t.velocity().vxMps()).isCloseTo(10, within(1e-9));
        assertThat(t.axMps2()).isZero();
        WorldModel late = inbox.received.get(10);
        TrackedObject braked = late.objects().get(0);
        assertThat(braked.axMps2()).isCloseTo(-2.0, within(1e-6));
        assertThat(braked.ageNs()).isEqualTo(1_000_000_000L);
        assertThat(late.header().seq()).isEqualTo(10);
    }

    @Test
    void trafficLightStatesFollowTheRoadsLightsAtSimTime() {
        Road road = RunFixtures.straightWithRedLight(1000, 30, 500);
        SimSetup setup = RunFixtures.setup("lights", road, new EgoStart(-1, 10, 5), 5, List.of(), 0.3, 900);
        Inbox<TrafficLightStates> inbox = new Inbox<>(StandardTopics.TRAFFIC_LIGHTS);

        LockstepRunner.builder(setup).optSensor(TrafficLightSensor.factory(10)).optNode(inbox).build().run();

        assertThat(inbox.received).hasSize(4);
        TrafficLightStates s = inbox.received.get(3);
        assertThat(s.header().stampNs()).isEqualTo(300_000_000L);
        assertThat(s.lights()).hasSize(1);
        assertThat(s.lights().get(0).stopLineId()).isEqualTo("always-red");
        assertThat(s.lights().get(0).state()).isEqualTo(LightState.RED);
    }
}
