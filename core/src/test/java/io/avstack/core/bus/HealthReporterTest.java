package io.avstack.core.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.NodeHealth;
import io.avstack.core.time.ManualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthReporterTest {

    private static final String HEALTH = TopicNames.topic("ego", StandardTopics.HEALTH);
    private static final long S = 1_000_000_000L;

    private final InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
    private final List<NodeHealth> reports = new ArrayList<>();
    private final ManualClock clock = new ManualClock(50 * S);

    HealthReporterTest() {
        bus.subscribe(HEALTH, (t, m) -> reports.add((NodeHealth) m));
    }

    @AfterEach
    void closeBus() {
        bus.close();
    }

    @Test
    void publishesAtOnceThenOncePerPeriodOfTheInjectedClock() {
        HealthReporter r = HealthReporter.standard(bus, "ego", "fusion", clock);
        assertThat(r.publishIfDue()).isTrue();
        clock.advanceNs(S - 1);
        assertThat(r.publishIfDue()).isFalse();
        clock.advanceNs(1);
        assertThat(r.publishIfDue()).isTrue();
        assertThat(r.publishIfDue()).isFalse();
        // A 3.5 s stall: one report, not a burst of the missed ones, and the grid is kept.
        clock.advanceNs(3_500_000_000L);
        assertThat(r.publishIfDue()).isTrue();
        assertThat(r.publishIfDue()).isFalse();
        clock.advanceNs(499_999_999L);
        assertThat(r.publishIfDue()).isFalse();
        clock.advanceNs(1);
        assertThat(r.publishIfDue()).isTrue();
        assertThat(reports).extracting(h -> h.header().stampNs())
                .containsExactly(50 * S, 51 * S, 54_500_000_000L, 55 * S);
        assertThat(reports).extracting(h -> h.header().seq()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(reports).extracting(NodeHealth::uptimeNs).containsExactly(0L, S, 4_500_000_000L, 5 * S);
    }

    @Test
    void reportsTheCountersAndTheNodeName() {
        HealthReporter r = HealthReporter.standard(bus, "ego", "radar_front", clock);
        for (int i = 0; i < 7; i++) {
            r.messageIn();
        }
        r.messageOut();
        r.messageOut();
        r.dropped(3);
        r.publish(clock.nowNs());
        NodeHealth h = reports.get(0);
        assertThat(h).isEqualTo(new NodeHealth(new Header("radar_front", 0, 50 * S, true), "radar_front",
                NodeHealth.State.OK, 7, 2, 3, 0, "", 0));
    }

    @Test
    void anErrorDegradesThatPeriodsReportOnlyAndKeepsItsText() {
        HealthReporter r = new HealthReporter(bus, HEALTH, "planning", clock, S);
        r.error(new IllegalStateException("no lane under the ego"));
        assertThat(r.snapshot(clock.nowNs()).state()).isEqualTo(NodeHealth.State.DEGRADED);
        r.publishIfDue();
        clock.advanceNs(S);
        r.publishIfDue();
        assertThat(reports).extracting(NodeHealth::state)
                .containsExactly(NodeHealth.State.DEGRADED, NodeHealth.State.OK);
        assertThat(reports.get(1).errors()).isEqualTo(1);
        assertThat(reports.get(1).lastError()).isEqualTo("IllegalStateException: no lane under the ego");
        r.setState(NodeHealth.State.FAILED);
        r.error("again");
        clock.advanceNs(S);
        r.publishIfDue();
        assertThat(reports.get(2).state()).isEqualTo(NodeHealth.State.FAILED); // never lowered to DEGRADED
        assertThat(reports.get(2).lastError()).isEqualTo("again");
    }

    @Test
    void countingHandlerCountsMessagesAndErrorsAndRethrows() {
        HealthReporter r = HealthReporter.standard(bus, "ego", "arbiter", clock);
        MessageHandler counted = r.counting((t, m) -> {
            if (((ControlCommand) m).accelMps2() < 0) {
                throw new IllegalArgumentException("braking refused");
            }
        });
        counted.onMessage("t", new ControlCommand(Header.of("f", 0, 0), 1, 0));
        assertThatThrownBy(() -> counted.onMessage("t", new ControlCommand(Header.of("f", 1, 0), -1, 0)))
                .hasMessage("braking refused");
        NodeHealth h = r.snapshot(clock.nowNs());
        assertThat(h.messagesIn()).isEqualTo(2);
        assertThat(h.errors()).isEqualTo(1);
        assertThat(h.lastError()).isEqualTo("IllegalArgumentException: braking refused");
    }

    @Test
    void badSettingsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> new HealthReporter(bus, HEALTH, " ", clock, S)).hasMessageContaining("non-blank");
        assertThatThrownBy(() -> new HealthReporter(bus, HEALTH, "n", clock, 0)).hasMessageContaining("periodNs must be > 0, was 0");
        HealthReporter r = HealthReporter.standard(bus, "ego", "n", clock);
        assertThatThrownBy(() -> r.dropped(-2)).hasMessageContaining("-2");
    }
}
