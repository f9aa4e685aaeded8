package io.avstack.perception.radar;

import static io.avstack.perception.radar.Scans.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.config.ConfigException;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RadarClusterNodeTest {

    private static final String SCANS = TopicNames.topic("ego", StandardTopics.RADAR_FRONT);
    private static final String OUT = TopicNames.topic("ego", StandardTopics.DETECTIONS_3D);

    private final InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
    private final List<Detections3D> published = new ArrayList<>();

    RadarClusterNodeTest() {
        bus.subscribe(OUT, (t, m) -> published.add((Detections3D) m));
    }

    @AfterEach
    void close() {
        bus.close();
    }

    /** The rear face of a car 20 m ahead, closing at 3 m/s, plus a weak isolated return. */
    private static List<RadarDetection> carAndClutter() {
        return List.of(at(20, -0.9, -3, 12), at(20, 0, -3, 12), at(20, 0.9, -3, 12), at(50, 20, 5, -8));
    }

    @Test
    void publishesOneDetections3DPerScanInTheSensorFrame() {
        RadarClusterNode node = RadarClusterNode.inSensorFrame(bus, SCANS, OUT, RadarClusterParams.defaults());

        bus.publish(SCANS, Scans.scan(7, carAndClutter()));

        assertThat(published).hasSize(1);
        Detections3D out = published.get(0);
        assertThat(out.header().frameId()).isEqualTo("radar_front");
        assertThat(out.header().stampNs()).isEqualTo(Scans.scan(7, List.of()).header().stampNs());
        assertThat(out.header().seq()).isZero();
        assertThat(out.header().valid()).isTrue();
        assertThat(out.detections()).hasSize(1);
        Detection3D car = out.detections().get(0);
        assertThat(car.cls()).isEqualTo(ObjectClass.CAR);
        assertThat(car.score()).isGreaterThan(0.9);
        assertThat(car.xM()).isCloseTo(20, within(1e-9));
        assertThat(car.dims().lengthM()).isCloseTo(1.8, within(1e-9));
        assertThat(car.dims().heightM()).isEqualTo(1.5);
        PlanarVelocity v = car.velocity().orElseThrow();
        assertThat(v.vxMps()).isCloseTo(-3, within(1e-9));
        assertThat(v.vyMps()).isCloseTo(0, within(1e-9));
        assertThat(node.rejected(ClusterRejection.FALSE_ALARM)).isEqualTo(1);
    }

    @Test
    void smallOrWeakObjectsAreUnknown() {
        RadarClusterNode.inSensorFrame(bus, SCANS, OUT, RadarClusterParams.defaults());

        // a pedestrian-sized pair of returns and a single strong point
        bus.publish(SCANS, Scans.scan(0, List.of(at(10, 3, 1, 2), at(10.2, 3, 1, 2), at(30, -5, 0, 20))));

        assertThat(published.get(0).detections()).extracting(Detection3D::cls)
                .containsExactly(ObjectClass.UNKNOWN, ObjectClass.UNKNOWN);
    }

    @Test
    void survivesAnEmptyScanAndAnswersIt() {
        RadarClusterNode node = RadarClusterNode.inSensorFrame(bus, SCANS, OUT, RadarClusterParams.defaults());

        bus.publish(SCANS, Scans.scan(0, List.of()));
        bus.publish(SCANS, Scans.scan(1, carAndClutter()));

        assertThat(published).hasSize(2);
        assertThat(published.get(0).detections()).isEmpty();
        assertThat(published.get(0).header().valid()).isTrue();
        assertThat(published.get(1).detections()).hasSize(1);
        assertThat(published.get(1).header().seq()).isEqualTo(1);
        assertThat(node.scans()).isEqualTo(2);
        assertThat(node.emptyScans()).isEqualTo(1);
        assertThat(node.failures()).isZero();
        assertThat(bus.stats().handlerErrors()).isZero();
    }

    @Test
    void hugeScanIsTruncatedNotThrown() {
        RadarClusterNode node = RadarClusterNode.inSensorFrame(bus, SCANS, OUT, RadarClusterParams.defaults());
        List<RadarDetection> huge = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            huge.add(at(5 + (i % 100) * 1.9, (i / 100) * 1.6 - 40, 0, 10)); // all within maxRangeM
        }

        bus.publish(SCANS, Scans.scan(0, huge));

        assertThat(published).hasSize(1);
        assertThat(node.rejected(ClusterRejection.TRUNCATED)).isEqualTo(5000 - 1024);
        assertThat(published.get(0).detections()).isNotEmpty();
        assertThat(bus.stats().handlerErrors()).isZero();
    }

    @Test
    void invalidScanGivesInvalidDetections() {
        RadarClusterNode.inSensorFrame(bus, SCANS, OUT, RadarClusterParams.defaults());

        bus.publish(SCANS, new RadarScan(new Header("radar_front", 0, 5, false), carAndClutter()));

        assertThat(published.get(0).header().valid()).isFalse();
        assertThat(published.get(0).detections()).hasSize(1);
    }

    @Test
    void vehicleFrameNodeMovesObjectsByTheMount() {
        Extrinsics mount = new Extrinsics(3.7, 0.5, 0.5, 0, 0, Math.PI / 2); // looking left
        RadarClusterNode.inVehicleFrame(bus, SCANS, OUT, RadarClusterParams.defaults(), mount, "base_link");

        bus.publish(SCANS, Scans.scan(0, carAndClutter()));

        Detections3D out = published.get(0);
        assertThat(out.header().frameId()).isEqualTo("base_link");
        Detection3D car = out.detections().get(0);
        assertThat(car.xM()).isCloseTo(3.7, within(1e-9));
        assertThat(car.yM()).isCloseTo(20.5, within(1e-9));
        assertThat(car.zM()).isCloseTo(0.5, within(1e-9));
        assertThat(car.yawRad()).isCloseTo(0, within(1e-9)); // the rear face now runs along x
        assertThat(car.velocity().orElseThrow().vyMps()).isCloseTo(-3, within(1e-9));
        assertThat(car.velocity().orElseThrow().vxMps()).isCloseTo(0, within(1e-9));
    }

    @Test
    void failureInsideIsCountedAndAnsweredWithAnInvalidEmptyList() {
        RadarClusterNode node = new RadarClusterNode(bus, SCANS, OUT, RadarClusterParams.defaults(), o -> {
            throw new IllegalStateException("injected");
        }, null);

        bus.publish(SCANS, Scans.scan(0, carAndClutter()));
        bus.publish(SCANS, Scans.scan(1, List.of())); // nothing to convert: fine again

        assertThat(published).hasSize(2);
        assertThat(published.get(0).detections()).isEmpty();
        assertThat(published.get(0).header().valid()).isFalse();
        assertThat(published.get(1).header().valid()).isTrue();
        assertThat(node.failures()).isEqualTo(1);
        assertThat(bus.stats().handlerErrors()).isZero();
    }

    @Test
    void brokenMountFailsAtConstruction() {
        Extrinsics nanMount = new Extrinsics(Double.NaN, 0, 0, 0, 0, 0);

        assertThatThrownBy(() -> RadarClusterNode.inVehicleFrame(bus, SCANS, OUT, RadarClusterParams.defaults(),
                nanMount, "base_link")).isInstanceOf(ConfigException.class).hasMessageContaining("xM");
    }

    @Test
    void closedNodeStopsPublishing() {
        RadarClusterNode node = RadarClusterNode.inSensorFrame(bus, SCANS, OUT, RadarClusterParams.defaults());
        node.close();

        bus.publish(SCANS, Scans.scan(0, carAndClutter()));

        assertThat(published).isEmpty();
    }
}
