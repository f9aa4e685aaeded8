package io.avstack.safety.node;

import static io.avstack.core.msg.SafetyStatus.Verdict.CLAMP;
import static io.avstack.core.msg.SafetyStatus.Verdict.OVERRIDE_MRM;
import static io.avstack.core.msg.SafetyStatus.Verdict.PASS;
import static io.avstack.safety.Fixtures.car;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.SafetyStatus;
import io.avstack.core.msg.SafetyStatus.DegradedMode;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.ManualClock;
import io.avstack.safety.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyNodeTest {

    @Test
    void healthyInputsPassEveryPlannerCommandAndReportAtTheStatusPeriod() {
        try (SafetyHarness h = new SafetyHarness(10.0)) {
            h.plannerAccelMps2 = 0.5;
            h.run(1.0);
            assertThat(h.commands).hasSize(50); // one per planner command
            assertThat(h.commands).allSatisfy(c -> assertThat(c.accelMps2()).isEqualTo(0.5));
            assertThat(h.statuses).hasSize(10); // 10 Hz, nothing changed
            assertThat(h.statuses).allSatisfy(s -> {
                assertThat(s.verdict()).isEqualTo(PASS);
                assertThat(s.degradedMode()).isEqualTo(DegradedMode.NONE);
                assertThat(s.reason()).isEmpty();
            });
            assertThat(h.node.errors()).isZero();
        }
    }

    @Test
    void aLeadBelowTheRssDistanceIsBrakedForWithItsReasonPublishedAtOnce() {
        try (SafetyHarness h = new SafetyHarness(15.0)) {
            h.objects = List.of(car(7, 100, 0, 0, 10, 0)); // watched while safe: the blame time is known
            h.run(1.0);
            assertThat(h.lastStatus().verdict()).isEqualTo(PASS);
            int before = h.statuses.size();
            // d_min(15, 10) = 7.5 + 0.25 + 32 - 6.25 = 33.5 m; put its rear 25 m ahead of the bumper
            h.objects = List.of(car(7, h.egoXM + 3.7 + 25 + 2.25, 0, 0, 10, 0));
            h.run(0.1);
            assertThat(h.statuses.size()).isGreaterThan(before);
            assertThat(h.lastStatus().verdict()).isEqualTo(CLAMP);
            assertThat(h.lastStatus().reason()).startsWith("RSS: CAR 7 ahead");
            assertThat(h.lastCommand().accelMps2()).isEqualTo(-4.0);
        }
    }

    @Test
    void aCarAppearingCloseAheadTriggersEmergencyBraking() {
        try (SafetyHarness h = new SafetyHarness(15.0)) {
            h.run(1.0);
            h.objects = List.of(car(9, h.egoXM + 3.7 + 10 + 2.25, 0, 0, 0, 0));
            h.run(0.2); // confirmed on two world models (10 Hz)
            assertThat(h.lastCommand().accelMps2()).isEqualTo(-9.0);
            assertThat(h.lastStatus().verdict()).isEqualTo(CLAMP);
            assertThat(h.lastStatus().reason()).contains("AEB brake: CAR 9");
            h.run(3.0);
            assertThat(h.egoSpeedMps).isZero();
        }
    }

    @Test
    void aWorldModelInAnotherFrameIsNotActedOn() {
        try (SafetyHarness h = new SafetyHarness(10.0)) {
            h.run(1.0);
            h.worldOn = false;
            for (int i = 0; i < 30; i++) {
                if (i % 10 == 0) {
                    h.bus.publish(TopicNames.topic("ego", StandardTopics.OBJECTS),
                            new WorldModel(Header.of("odom", i, h.nowNs()), List.of()));
                }
                h.step();
            }
            assertThat(h.lastStatus().verdict()).isEqualTo(OVERRIDE_MRM);
            assertThat(h.lastStatus().reason()).contains("world model frame 'odom' is not the ego state's 'map'");
        }
    }

    @Test
    void emptyAndDegenerateInputsNeitherThrowNorSilenceTheNode() {
        try (SafetyHarness h = new SafetyHarness(0.0)) {
            h.trajectoryOn = false;
            for (int i = 0; i < 100; i++) {
                if (i % 10 == 0) {
                    // a plan with no points, then one standing still
                    Trajectory plan = i % 20 == 0 ? new Trajectory(Header.of("map", i, h.nowNs()), List.of())
                            : Fixtures.straightPlan(h.nowNs(), h.egoXM, 0, 0, 3);
                    h.bus.publish(TopicNames.topic("ego", StandardTopics.TRAJECTORY), plan);
                }
                h.objects = List.of(car(1, 1e6, -1e6, 3.0, 40, -40), car(2, h.egoXM, 0, 0, 0, 0));
                h.step();
            }
            assertThat(h.node.errors()).isZero();
            assertThat(h.commands).hasSize(50);
            assertThat(h.commands).allSatisfy(c -> assertThat(c.accelMps2()).isFinite());
        }
    }

    @Test
    void aFailingCycleIsAnsweredWithTheFallbackStopAndCounted() {
        ManualClock clock = new ManualClock(0L);
        try (InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"))) {
            List<ControlCommand> commands = new ArrayList<>();
            List<SafetyStatus> statuses = new ArrayList<>();
            bus.subscribe(TopicNames.topic("ego", StandardTopics.CONTROL_COMMAND), (t, m) -> commands.add((ControlCommand) m));
            bus.subscribe(TopicNames.topic("ego", StandardTopics.SAFETY_STATUS), (t, m) -> statuses.add((SafetyStatus) m));
            SafetyNode node = SafetyNode.builder().setBus(bus).setRegistry(bus.registry()).setClock(clock)
                    .setConfig(Fixtures.CONFIG).setRadarMount(SafetyHarness.RADAR_MOUNT)
                    .optBusConnected(() -> {
                        throw new IllegalStateException("link probe crashed");
                    }).build();
            bus.publish(TopicNames.topic("ego", StandardTopics.PLANNED_COMMAND), Fixtures.command(0, 1.0, 0.0));
            assertThat(node.errors()).isEqualTo(1);
            assertThat(commands).hasSize(1);
            assertThat(commands.get(0).accelMps2()).isEqualTo(-3.0);
            assertThat(statuses.get(0).verdict()).isEqualTo(OVERRIDE_MRM);
            assertThat(statuses.get(0).reason()).contains("safety layer error").contains("link probe crashed");
            node.close();
        }
    }

    @Test
    void withoutInputTriggersTheOwnersTimerDrivesTheCycles() {
        ManualClock clock = new ManualClock(0L);
        try (InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"))) {
            List<ControlCommand> commands = new ArrayList<>();
            bus.subscribe(TopicNames.topic("ego", StandardTopics.CONTROL_COMMAND), (t, m) -> commands.add((ControlCommand) m));
            try (SafetyNode node = SafetyNode.builder().setBus(bus).setRegistry(bus.registry()).setClock(clock)
                    .setConfig(Fixtures.CONFIG).setRadarMount(SafetyHarness.RADAR_MOUNT).optTriggerOnInputs(false)
                    .build()) {
                bus.publish(TopicNames.topic("ego", StandardTopics.EGO_STATE), Fixtures.ego(0, 0, 5));
                bus.publish(TopicNames.topic("ego", StandardTopics.PLANNED_COMMAND), Fixtures.command(0, 0.2, 0.0));
                assertThat(commands).isEmpty();
                node.step(clock.nowNs());
                assertThat(commands).hasSize(1);
                assertThat(commands.get(0).accelMps2()).isEqualTo(0.2);
                node.step(clock.nowNs()); // nothing new: nothing due
                assertThat(commands).hasSize(1);
            }
        }
    }
}
