package io.avstack.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner drives the ego from a chosen command topic when the built-in controller is off. */
class RunnerCommandTopicTest {

    /** Publishes a constant command on {@code topic} for every ego state. */
    private static HostedNode constantCommand(String topic, double accelMps2) {
        return (bus, clock) -> bus.subscribe(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.EGO_STATE),
                (t, m) -> bus.publish(TopicNames.topic(LockstepRunner.VEHICLE_ID, topic),
                        new ControlCommand(Header.of("base_link", 0, clock.nowNs()), accelMps2, 0.0)));
    }

    private static SimSetup setup() {
        return RunFixtures.setup("topic", RunFixtures.straight(1000, 30), new EgoStart(-1, 10, 10), 10, List.of(), 2.0,
                900);
    }

    @Test
    void theEgoFollowsTheChosenTopicAndIgnoresTheDefaultOne() {
        RunMetrics m = LockstepRunner.builder(setup()).optBasicController(false)
                .optCommandTopic(StandardTopics.PLANNED_COMMAND)
                .optNode(constantCommand(StandardTopics.PLANNED_COMMAND, -2.0))
                .optNode(constantCommand(StandardTopics.CONTROL_COMMAND, 2.0))
                .build().run();

        assertThat(m.maxDecelMps2()).isGreaterThan(1.9);
    }

    @Test
    void byDefaultTheEgoFollowsControlCommand() {
        RunMetrics m = LockstepRunner.builder(setup()).optBasicController(false)
                .optNode(constantCommand(StandardTopics.PLANNED_COMMAND, -2.0))
                .build().run();

        assertThat(m.maxDecelMps2()).isLessThan(0.01);
    }

    @Test
    void theTopicMustBeRelativeToTheVehicle() {
        assertThatThrownBy(() -> LockstepRunner.builder(setup()).optCommandTopic("avstack/ego/planning/command"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relative");
    }
}
