package io.avstack.fusion.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.fusion.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ego-motion compensation and time alignment through the engine. */
class FusionEngineTest {

    private final FusionEngine engine = new FusionEngine(Fixtures.config(), Fixtures.tree(), SensorIds.DEFAULT);

    private static Detections3D box(long stampNs, double xVehicle) {
        return new Detections3D(Header.of("base_link", 0, stampNs), List.of(new Detection3D(ObjectClass.CAR, 0.9,
                xVehicle, 0, 0.75, new Dimensions(4.6, 1.85, 1.5), 0, Optional.empty())));
    }

    @Test
    void aParkedCarSeenFromAMovingEgoStaysStillInTheWorld() {
        // ego drives at 10 m/s along x; a parked car at world x = 50 is seen at 50 - egoX in the vehicle frame
        for (int i = 0; i <= 20; i++) {
            long t = i * 50_000_000L;
            double egoX = 10 * t / 1e9;
            engine.onEgoState(Fixtures.ego(t, egoX, 0, 0, 10));
            if (i % 2 == 0) {
                engine.onLidar(box(t, 50 - egoX));
            }
        }
        WorldModel wm = engine.output(1_000_000_000L, TrackedObject.SENSOR_LIDAR, TrackedObject.SENSOR_LIDAR);
        assertThat(wm.objects()).singleElement().satisfies(o -> {
            assertThat(o.xM()).isCloseTo(50, within(0.05));
            assertThat(o.velocity().speedMps()).isLessThan(0.2);
        });
    }

    @Test
    void aDelayedFrameIsPlacedWithTheEgoPoseOfItsOwnStamp() {
        for (int i = 0; i <= 10; i++) {
            long t = i * 100_000_000L;
            engine.onEgoState(Fixtures.ego(t, 10 * t / 1e9, 0, 0, 10));
            engine.onLidar(box(t, 50 - 10 * t / 1e9));
        }
        // a frame measured at 0.95 s arrives after the one of 1.0 s (ego pose then: x = 9.5)
        engine.onEgoState(Fixtures.ego(1_100_000_000L, 11, 0, 0, 10));
        assertThat(engine.onLidar(box(950_000_000L, 50 - 9.5))).isTrue();
        assertThat(engine.tracker().lateUsed()).isEqualTo(1);
        WorldModel wm = engine.output(1_100_000_000L, TrackedObject.SENSOR_LIDAR, TrackedObject.SENSOR_LIDAR);
        assertThat(wm.objects()).singleElement().satisfies(o -> assertThat(o.xM()).isCloseTo(50, within(0.05)));
        assertThat(wm.ego()).get().satisfies(e -> {
            assertThat(e.header().stampNs()).isEqualTo(1_100_000_000L);
            assertThat(e.pose().xM()).isCloseTo(11, within(1e-9));
        });
    }

    @Test
    void framesAfterTheEgoStateWentSilentAreDroppedAndTheWorldModelIsInvalidUntilItComesBack() {
        // ego at 10 m/s reports until 1.0 s, is silent 1.0-2.0 s, reports again from 2.0 s; the lidar sees
        // a parked car at world x = 50 throughout
        int lidar = TrackedObject.SENSOR_LIDAR;
        for (int i = 0; i <= 30; i++) {
            long t = i * 100_000_000L;
            double egoX = 10 * t / 1e9;
            boolean silent = t > 1_000_000_000L && t < 2_000_000_000L;
            if (!silent) {
                engine.onEgoState(Fixtures.ego(t, egoX, 0, 0, 10));
            }
            boolean fused = engine.onLidar(box(t, 50 - egoX));
            // extrapolated up to egoExtrapolationMaxS (0.3 s) past the newest state, then dropped
            assertThat(fused).as("frame at %.1f s fused", t / 1e9).isEqualTo(t <= 1_300_000_000L || !silent);
            WorldModel wm = engine.output(t, lidar, lidar);
            assertThat(wm.header().valid()).as("world model at %.1f s valid", t / 1e9)
                    .isEqualTo(t <= 1_300_000_000L || !silent);
            if (i >= 3) { // confirmed; the car never jumps (a frame placed with a stale pose would put it 7 m on)
                assertThat(wm.objects()).singleElement().satisfies(o -> assertThat(o.xM()).isCloseTo(50, within(0.3)));
            }
        }
        assertThat(engine.framesWithStaleEgo()).isEqualTo(6);
    }

    @Test
    void missingSensorsWidenTheTracks() {
        FusionEngine degraded = new FusionEngine(Fixtures.config(), Fixtures.tree(), SensorIds.DEFAULT);
        for (FusionEngine e : new FusionEngine[] {engine, degraded}) {
            for (int i = 0; i <= 10; i++) {
                long t = i * 100_000_000L;
                e.onEgoState(Fixtures.ego(t, 0, 0, 0, 0));
                e.onLidar(box(t, 30));
            }
        }
        int all = TrackedObject.SENSOR_ALL;
        engine.output(1_000_000_000L, all, all);
        degraded.output(1_000_000_000L, all, TrackedObject.SENSOR_LIDAR);
        double healthy = engine.output(2_000_000_000L, all, all).objects().get(0).varXM2();
        double widened = degraded.output(2_000_000_000L, all, TrackedObject.SENSOR_LIDAR).objects().get(0).varXM2();
        assertThat(widened).isGreaterThan(healthy);
        assertThat(degraded.output(2_100_000_000L, all, TrackedObject.SENSOR_LIDAR).missingSensorsMask())
                .isEqualTo(TrackedObject.SENSOR_CAMERA | TrackedObject.SENSOR_RADAR);
    }
}
