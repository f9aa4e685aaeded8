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
import io.avstack.core.msg.Message;
import io.avstack.core.msg.PlanStatus;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.Trajectory;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanningNodeTest {

    private static final String V = "ego";

    private final ManualClock clock = new ManualClock(0L);
    private InProcessBus bus;
    private PlanningNode node;
    private final List<Trajectory> trajectories = new ArrayList<>();
    private final List<PlanStatus> statuses = new ArrayList<>();
    private final List<ControlCommand> commands = new ArrayList<>();

    @BeforeEach
    void setUp() {
        bus = InProcessBus.synchronous(TopicRegistry.standard(V));
        bus.subscribe(TopicNames.topic(V, StandardTopics.TRAJECTORY), (t, m) -> trajectories.add((Trajectory) m));
        bus.subscribe(TopicNames.topic(V, StandardTopics.PLAN_STATUS), (t, m) -> statuses.add((PlanStatus) m));
        bus.subscribe(TopicNames.topic(V, StandardTopics.PLANNED_COMMAND), (t, m) -> commands.add((ControlCommand) m));
        Planner planner = new Planner(Fixtures.twoLaneRoad(), CONFIG, new Route(-1, 1000), 13.9);
        node = new PlanningNode(planner, new TrajectoryController(CONFIG), V);
        node.attach(bus, clock);
    }

    @AfterEach
    void tearDown() {
        node.close();
        bus.close();
    }

    private void publish(String topic, Message m) {
        bus.publish(TopicNames.topic(V, topic), m);
    }

    private static WorldModel worldWithEgo(long stampNs, EgoState ego, TrackedObject... objects) {
        return new WorldModel(Header.of("map", 0, stampNs), List.of(objects), Optional.of(ego), TrackedObject.SENSOR_ALL,
                TrackedObject.SENSOR_ALL);
    }

    @Test
    void nothingIsCommandedBeforeTheFirstPlan() {
        publish(StandardTopics.EGO_STATE, Fixtures.egoAt(100, -1.75, 10, 0));

        assertThat(commands).isEmpty();
        assertThat(trajectories).isEmpty();
    }

    @Test
    void aWorldModelIsPlannedOnAndFollowedFromTheNextEgoState() {
        clock.setNs(100_000_000L);
        publish(StandardTopics.OBJECTS, worldWithEgo(100_000_000L, Fixtures.egoAt(100, -1.75, 10, 100_000_000L),
                Fixtures.car(7, 150, -1.75, 8)));

        assertThat(trajectories).hasSize(1);
        assertThat(trajectories.get(0).header().stampNs()).isEqualTo(100_000_000L);
        assertThat(statuses).hasSize(1);
        assertThat(statuses.get(0).header().stampNs()).isEqualTo(100_000_000L);
        // commands keep the ego-state rate (50 Hz, watched by the safety layer): none on the plan itself
        assertThat(commands).isEmpty();
        assertThat(node.cycles()).isEqualTo(1);
        assertThat(node.latestStatus()).isEqualTo(statuses.get(0));
        clock.setNs(120_000_000L);
        publish(StandardTopics.EGO_STATE, Fixtures.egoAt(100.2, -1.75, 10, 120_000_000L));
        assertThat(commands).hasSize(1);
    }

    @Test
    void eachEgoStateAfterAPlanGivesACommandStampedByTheClock() {
        publish(StandardTopics.OBJECTS, worldWithEgo(0, Fixtures.egoAt(100, -1.75, 10, 0)));
        commands.clear();
        for (int k = 1; k <= 5; k++) {
            clock.setNs(k * 20_000_000L);
            publish(StandardTopics.EGO_STATE, Fixtures.egoAt(100 + 0.2 * k, -1.75, 10, k * 20_000_000L - 5_000_000L));
        }

        assertThat(commands).hasSize(5);
        assertThat(commands.get(4).header().stampNs()).isEqualTo(100_000_000L);
    }

    @Test
    void theEgoStateTopicIsUsedWhenTheWorldModelCarriesNone() {
        publish(StandardTopics.EGO_STATE, Fixtures.egoAt(100, -1.75, 10, 0));
        publish(StandardTopics.OBJECTS, Fixtures.world(0));

        assertThat(trajectories).hasSize(1);
        assertThat(trajectories.get(0).points().get(0).xM()).isEqualTo(100.0);
    }

    @Test
    void withoutAnyEgoStateNothingIsPlannedAndNothingThrows() {
        publish(StandardTopics.OBJECTS, Fixtures.world(0));

        assertThat(trajectories).isEmpty();
        assertThat(node.failures()).isZero();
    }

    @Test
    void emptyStaleAndForeignFrameWorldModelsStillGetAnExplainedPlan() {
        publish(StandardTopics.EGO_STATE, Fixtures.egoAt(100, -1.75, 10, 0));
        publish(StandardTopics.OBJECTS, Fixtures.world(0));
        clock.setNs(3_000_000_000L);
        publish(StandardTopics.OBJECTS, Fixtures.world(0));
        publish(StandardTopics.OBJECTS, new WorldModel(Header.of("odom", 0, 3_000_000_000L), List.of()));

        assertThat(statuses).hasSize(3);
        assertThat(statuses.get(0).fallback()).isFalse();
        assertThat(statuses.get(1).fallback()).isTrue();
        assertThat(statuses.get(1).reason()).startsWith("world model stale");
        assertThat(statuses.get(2).reason()).startsWith("world model in frame \"odom\"");
        assertThat(trajectories.get(2).header().valid()).isFalse();
        assertThat(node.fallbacks()).isEqualTo(2);
        assertThat(node.failures()).isZero();
    }

    @Test
    void invalidWorldModelsBeforeTheFirstValidOneAreFusionWarmingUpAndGetNoPlan() {
        publish(StandardTopics.EGO_STATE, Fixtures.egoAt(100, -1.75, 10, 0));
        publish(StandardTopics.OBJECTS, new WorldModel(Header.of("map", 0, 0).withValid(false), List.of()));
        assertThat(trajectories).isEmpty();
        publish(StandardTopics.OBJECTS, Fixtures.world(0));
        publish(StandardTopics.OBJECTS, new WorldModel(Header.of("map", 1, 0).withValid(false), List.of()));

        assertThat(statuses).hasSize(2);
        assertThat(statuses.get(1).fallback()).isTrue(); // after a valid one, invalid is a failure
        assertThat(statuses.get(1).reason()).startsWith("world model invalid");
    }

    @Test
    void closingUnsubscribes() {
        node.close();
        publish(StandardTopics.EGO_STATE, Fixtures.egoAt(100, -1.75, 10, 0));
        publish(StandardTopics.OBJECTS, Fixtures.world(0));

        assertThat(trajectories).isEmpty();
    }
}
