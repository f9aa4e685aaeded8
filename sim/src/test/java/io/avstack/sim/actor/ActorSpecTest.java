package io.avstack.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import io.avstack.core.msg.Dimensions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorSpecTest {

    private static final String CUT_IN = """
            id: 5
            kind: CAR
            startSM: 40.0
            startSpeedMps: 12.0
            startOffsetM: 3.5
            behaviour: {type: followLead, idm: {desiredSpeedMps: 14.0, timeHeadwayS: 1.2,
                        minGapM: 2.0, maxAccelMps2: 1.5, comfortDecelMps2: 2.0, exponent: 4.0}}
            events:
              - trigger: {type: egoGapBelow, gapM: 15.0}
                action: {type: changeLane, targetOffsetM: 0.0, durationS: 2.5}
              - trigger: {type: timeToCollisionBelow, ttcS: 3.0}
                action: {type: brake, decelMps2: 6.0}
              - trigger: {type: atTime, timeS: 20.0}
                action: {type: accelerateTo, speedMps: 15.0, accelMps2: 1.0}
              - trigger: {type: atTime, timeS: 30.0}
                action: {type: setSpeed, speedMps: 0.0}
              - trigger: {type: atTime, timeS: 31.0}
                action: {type: holdSpeed}
            """;

    @Test
    void loadsAScriptedCutInFromYaml() {
        ActorSpec spec = ConfigLoader.loadString(CUT_IN, "scenario.yaml", ActorSpec.class);

        assertThat(spec.kind()).isEqualTo(ActorKind.CAR);
        assertThat(spec.dims()).isNull();
        assertThat(spec.effectiveDims()).isEqualTo(ActorKind.CAR.defaultDims());
        assertThat(spec.behaviour()).isEqualTo(
                new Action.FollowLead(new IdmParams(14.0, 1.2, 2.0, 1.5, 2.0, 4.0)));
        assertThat(spec.events()).containsExactly(
                new ScriptedEvent(new Trigger.EgoGapBelow(15.0), new Action.ChangeLane(0.0, 2.5)),
                new ScriptedEvent(new Trigger.TimeToCollisionBelow(3.0), new Action.Brake(6.0)),
                new ScriptedEvent(new Trigger.AtTime(20.0), new Action.AccelerateTo(15.0, 1.0)),
                new ScriptedEvent(new Trigger.AtTime(30.0), new Action.SetSpeed(0.0)),
                new ScriptedEvent(new Trigger.AtTime(31.0), new Action.HoldSpeed()));
    }

    @Test
    void outOfRangeNestedValueFailsWithItsPath() {
        String bad = CUT_IN.replace("decelMps2: 6.0", "decelMps2: 60.0");

        assertThatThrownBy(() -> ConfigLoader.loadString(bad, "scenario.yaml", ActorSpec.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("events[1].action.decelMps2");
    }

    @Test
    void unknownActionTypeFails() {
        String bad = CUT_IN.replace("type: brake", "type: teleport");

        assertThatThrownBy(() -> ConfigLoader.loadString(bad, "scenario.yaml", ActorSpec.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("teleport");
    }

    @Test
    void laneChangeCannotBeTheStartBehaviour() {
        String bad = CUT_IN.replaceFirst("behaviour: \\{type: followLead, idm: \\{[^}]*\\}\\}",
                "behaviour: {type: changeLane, targetOffsetM: 0.0, durationS: 2.0}");

        assertThatThrownBy(() -> ConfigLoader.loadString(bad, "scenario.yaml", ActorSpec.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("behaviour");
    }

    @Test
    void eventsAreCopiedAndDimsOverrideTheKindDefault() {
        var events = new java.util.ArrayList<ScriptedEvent>();
        var spec = new ActorSpec(1, ActorKind.TRUCK, new Dimensions(16.5, 2.55, 4.0), 0.0, 0.0, 0.0,
                new Action.HoldSpeed(), events);
        events.add(new ScriptedEvent(new Trigger.AtTime(1.0), new Action.Brake(1.0)));

        assertThat(spec.events()).isEmpty();
        assertThat(spec.effectiveDims().lengthM()).isEqualTo(16.5);
        assertThatThrownBy(() -> new ActorSpec(1, ActorKind.CAR, null, 0.0, 0.0, 0.0, null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("behaviour");
    }
}
