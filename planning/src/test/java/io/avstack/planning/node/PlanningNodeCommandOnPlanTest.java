package io.avstack.planning.node;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.ManualClock;
import io.avstack.planning.Fixtures;
import io.avstack.planning.Planner;
import io.avstack.planning.Route;
import io.avstack.planning.control.TrajectoryController;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link PlanningNode#optCommandOnPlan}: onboard, a new plan is commanded at once, not from the next ego state. */
class PlanningNodeCommandOnPlanTest {

    private static final String V = "ego";
    private static final long T = 100_000_000L;

    private final ManualClock clock = new ManualClock(0L);
    private final InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard(V));
    private final List<ControlCommand> commands = new ArrayList<>();
    private PlanningNode node;

    @AfterEach
    void tearDown() {
        node.close();
        bus.close();
    }

    private void start(boolean commandOnPlan) {
        bus.subscribe(TopicNames.topic(V, StandardTopics.PLANNED_COMMAND), (t, m) -> commands.add((ControlCommand) m));
        Planner planner = new Planner(Fixtures.twoLaneRoad(), CONFIG, new Route(-1, 1000), 13.9);
        node = new PlanningNode(planner, new TrajectoryController(CONFIG), V).optCommandOnPlan(commandOnPlan);
        node.attach(bus, clock);
    }

    private void worldModelAt(long stampNs) {
        clock.setNs(stampNs);
        EgoState ego = Fixtures.egoAt(100, -1.75, 10, stampNs);
        bus.publish(TopicNames.topic(V, StandardTopics.OBJECTS), new WorldModel(Header.of("map", 0, stampNs),
                List.of(Fixtures.car(7, 150, -1.75, 8)), Optional.of(ego), TrackedObject.SENSOR_ALL,
                TrackedObject.SENSOR_ALL));
    }

    @Test
    void eachPlanIsCommandedAtOnce() {
        start(true);
        worldModelAt(T);
        assertThat(commands).as("the plan's command, without waiting for an ego state").hasSize(1);
        assertThat(commands.get(0).header().stampNs()).isEqualTo(T);
        worldModelAt(T + 7_000_000L);
        assertThat(commands).hasSize(2);
        clock.setNs(T + 20_000_000L);
        bus.publish(TopicNames.topic(V, StandardTopics.EGO_STATE), Fixtures.egoAt(100.2, -1.75, 10, T + 20_000_000L));
        assertThat(commands).as("and each ego state still commands").hasSize(3);
        assertThat(commands).extracting(c -> c.header().stampNs()).isSorted();
    }

    @Test
    void offByDefaultAsInLockstep() {
        start(false);
        worldModelAt(T);
        assertThat(commands).isEmpty();
    }
}
