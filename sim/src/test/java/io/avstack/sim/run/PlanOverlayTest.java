package io.avstack.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.PlanStatus;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.TrajectoryPoint;
import io.avstack.core.time.ManualClock;
import io.avstack.sim.render.BevOverlay;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanOverlayTest {

    @Test
    void drawsNothingUntilAPlannerPublishesThenThePathAndTheExplanation() {
        PlanOverlay overlay = new PlanOverlay();
        try (InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard(LockstepRunner.VEHICLE_ID))) {
            overlay.attach(bus, new ManualClock(0));
            assertThat(overlay.get()).isSameAs(BevOverlay.NONE);

            bus.publish(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.TRAJECTORY),
                    new Trajectory(Header.of("map", 0, 0), List.of(new TrajectoryPoint(0, 1, 2, 0, 5, 0, 0),
                            new TrajectoryPoint(100_000_000L, 1.5, 2, 0, 5, 0, 0))));
            bus.publish(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.PLAN_STATUS),
                    new PlanStatus(Header.of("map", 0, 0), "FOLLOW_LEAD", "rss_gap",
                            "following car 7 at 28.0 m, RSS gap 24.1 m", false, 10.0, 7));
        }
        BevOverlay o = overlay.get();

        assertThat(o.plannedXy()).containsExactly(1, 2, 1.5, 2);
        assertThat(o.textLines()).containsExactly("FOLLOW_LEAD [rss_gap]", "following car 7 at 28.0 m, RSS gap 24.1 m",
                "target 10.0 m/s");
    }
}
