package io.avstack.fusion.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.ManualClock;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.detect.LidarStage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The threaded node's event-driven publishing ({@link FusionNodeBuilder#optPublishOnResults}): a
 * world model follows a fused detector result at once instead of at the next point of the 10 Hz
 * grid. The clock is manual and never reaches the next grid point, so a world model stamped at the
 * result's time can only come from the event-driven path.
 */
class FusionNodeOnResultsTest {

    private static final String V = "ego";
    private static final long MS = 1_000_000L;
    private static final LidarStage ONE_CAR = scan -> new Detections3D(
            new Header("base_link", scan.header().seq(), scan.header().stampNs(), scan.header().valid()),
            List.of(new Detection3D(ObjectClass.CAR, 0.9, 20, 0, 0.75, new Dimensions(4.6, 1.85, 1.5), 0,
                    Optional.empty())));

    private final InProcessBus bus = InProcessBus.synchronous(StandardTopics.registry(V));
    private final ManualClock clock = new ManualClock(0);
    private final LinkedBlockingQueue<WorldModel> models = new LinkedBlockingQueue<>();
    private FusionNode node;

    @AfterEach
    void close() {
        if (node != null) {
            node.close();
        }
        bus.close();
    }

    private void start(double maxRateHz) {
        bus.subscribe(TopicNames.topic(V, StandardTopics.OBJECTS), (t, m) -> models.add((WorldModel) m));
        node = FusionNode.builder().setBus(bus).setClock(clock).setTransforms(Fixtures.tree())
                .setConfig(Fixtures.config()).optLidar(ONE_CAR).optThreaded(true).optPublishOnResults(maxRateHz)
                .build();
    }

    private WorldModel next() throws InterruptedException {
        WorldModel m = models.poll(10, TimeUnit.SECONDS);
        assertThat(m).as("a world model within 10 s").isNotNull();
        return m;
    }

    private void lidarAt(long stampNs, long seq) {
        bus.publish(TopicNames.topic(V, StandardTopics.EGO_STATE), Fixtures.ego(stampNs, 0, 0, 0, 0));
        bus.publish(TopicNames.topic(V, StandardTopics.LIDAR_TOP),
                new LidarScan(Header.of("lidar_top", seq, stampNs), new float[0], new int[0]));
    }

    @Test
    void aFusedResultIsPublishedAtOnceNotAtTheNextGridPoint() throws Exception {
        start(100);
        assertThat(next().header().stampNs()).isZero(); // the first one at start
        clock.setNs(20 * MS);
        lidarAt(20 * MS, 1);
        assertThat(next().header().stampNs()).as("published on the result, 80 ms before the grid's next point")
                .isEqualTo(20 * MS);
        clock.setNs(45 * MS);
        lidarAt(45 * MS, 2);
        assertThat(next().header().stampNs()).isEqualTo(45 * MS);
        assertThat(node.worldModels()).isEqualTo(3);
    }

    @Test
    void resultsWithinTheShortestIntervalWaitForIt() throws Exception {
        start(20); // at most every 50 ms
        assertThat(next().header().stampNs()).isZero();
        clock.setNs(20 * MS);
        lidarAt(20 * MS, 1);
        clock.setNs(50 * MS); // the result's world model is due at 50 ms, not at 20 ms
        assertThat(next().header().stampNs()).isEqualTo(50 * MS);
    }

    @Test
    void withoutResultsWorldModelsStillComeAtThePublishRate() throws Exception {
        start(100);
        assertThat(next().header().stampNs()).isZero();
        clock.setNs(100 * MS); // Fixtures.config(): 10 Hz
        assertThat(next().header().stampNs()).isEqualTo(100 * MS);
    }

    @Test
    void theOptionNeedsTheThreadedModeAndAValidRate() {
        assertThatThrownBy(() -> FusionNode.builder().setBus(bus).setClock(clock).setTransforms(Fixtures.tree())
                .setConfig(Fixtures.config()).optPublishOnResults(50).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("optThreaded");
        assertThatThrownBy(() -> FusionNode.builder().optPublishOnResults(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was -1");
    }
}
