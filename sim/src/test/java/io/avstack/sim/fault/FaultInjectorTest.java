package io.avstack.sim.fault;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.Trajectory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.avstack.sim.fault.TestMessages.CAMERA;
import static io.avstack.sim.fault.TestMessages.LIDAR;
import static io.avstack.sim.fault.TestMessages.RADAR;
import static io.avstack.sim.fault.TestMessages.TRAJECTORY;
import static io.avstack.sim.fault.TestMessages.camera;
import static io.avstack.sim.fault.TestMessages.injector;
import static io.avstack.sim.fault.TestMessages.lidar;
import static io.avstack.sim.fault.TestMessages.radar;
import static io.avstack.sim.fault.TestMessages.s;
import static io.avstack.sim.fault.TestMessages.trajectory;
import static org.assertj.core.api.Assertions.assertThat;

/** Timing faults (dropout, frozen, latency, bus_delay, bus_loss) and the injector's bookkeeping. */
class FaultInjectorTest {

    private static final long FRAME_NS = s(0.1);

    @Test
    void noFaultsPassesTheSameInstanceThrough() {
        FaultInjector inj = injector(1);
        CameraFrame f = camera(0, 0, 4, 3, 0);
        assertThat(inj.apply(CAMERA, f, 0)).containsExactly(f);
        assertThat(inj.poll(s(100))).isEmpty();
    }

    @Test
    void dropoutDropsExactlyTheFramesInsideItsWindowOnItsTopicOnly() {
        FaultInjector inj = injector(1, "dropout:camera_front@2.0-4.5");
        List<Long> passedSeq = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long now = i * FRAME_NS;
            for (Message m : inj.apply(CAMERA, camera(i, now, 4, 3, i), now)) {
                passedSeq.add(m.header().seq());
            }
            assertThat(inj.apply(RADAR, radar(i, now, 1), now)).hasSize(1);
        }
        // frames 20..44 (t = 2.0 .. 4.4 s) are in [2.0, 4.5)
        assertThat(passedSeq).hasSize(60 - 25).doesNotContainAnyElementsOf(range(20, 45));
        assertThat(passedSeq).contains(19L, 45L);
        assertThat(inj.counts().get(0).messages()).isEqualTo(25);
    }

    @Test
    void latencyReleasesAtStampPlusDelayKeepingTheOriginalStamp() {
        FaultInjector inj = injector(1, "latency:lidar_top@1-2,ms=150");
        long stamp = s(1.0) - s(0.02); // measured 20 ms before it reached the injector
        long now = s(1.0);
        assertThat(inj.apply(LIDAR, lidar(7, stamp, 5.0), now)).isEmpty();
        assertThat(inj.pendingCount()).isEqualTo(1);
        long due = stamp + s(0.150);
        assertThat(inj.poll(due - 1)).isEmpty();
        List<FaultInjector.Delivery> out = inj.poll(due);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).topic()).isEqualTo(LIDAR);
        assertThat(out.get(0).message().header().stampNs()).isEqualTo(stamp);
        assertThat(out.get(0).message().header().seq()).isEqualTo(7);
        assertThat(out.get(0).message().header().valid()).isTrue();
        assertThat(inj.pendingCount()).isZero();
        // a scan already older than the latency goes straight through, uncounted
        assertThat(inj.apply(LIDAR, lidar(9, s(1.0), 5.0), s(1.5))).hasSize(1);
        assertThat(inj.counts().get(0).messages()).isEqualTo(1);
        // outside the window: straight through
        assertThat(inj.apply(LIDAR, lidar(8, s(2.0), 5.0), s(2.0))).hasSize(1);
    }

    @Test
    void busDelayCountsFromArrivalAndReleasesInOrder() {
        FaultInjector inj = injector(1, "bus_delay:trajectory@1-3,ms=200");
        for (int i = 0; i < 5; i++) {
            long now = s(1.0) + i * s(0.05);
            assertThat(inj.apply(TRAJECTORY, trajectory(i, 0), now)).isEmpty(); // stamp 0: bus delay ignores it
        }
        assertThat(inj.poll(s(1.2) - 1)).isEmpty();
        assertThat(seqs(inj.poll(s(1.3)))).containsExactly(0L, 1L, 2L);
        assertThat(seqs(inj.poll(s(10)))).containsExactly(3L, 4L);
    }

    @Test
    void messagesAfterTheWindowQueueBehindPendingOnesSoATopicStaysInOrder() {
        FaultInjector inj = injector(1, "bus_delay:trajectory@0-1,ms=500");
        assertThat(inj.apply(TRAJECTORY, trajectory(0, 0), s(0.9))).isEmpty();
        assertThat(inj.apply(TRAJECTORY, trajectory(1, 0), s(1.0))).isEmpty();
        assertThat(inj.apply(RADAR, radar(0, s(1.0), 1), s(1.0))).hasSize(1); // other topics unaffected
        assertThat(seqs(inj.poll(s(1.4)))).containsExactly(0L, 1L);
        assertThat(inj.apply(TRAJECTORY, trajectory(2, 0), s(1.5))).hasSize(1);
    }

    @Test
    void frozenRepeatsTheLastGoodPayloadWithFreshHeaders() {
        FaultInjector inj = injector(1, "frozen:camera_front@3-4");
        CameraFrame lastGood = camera(29, s(2.9), 4, 3, 29);
        inj.apply(CAMERA, lastGood, s(2.9));
        for (int i = 30; i < 40; i++) {
            CameraFrame in = camera(i, s(i / 10.0), 4, 3, i);
            List<Message> out = inj.apply(CAMERA, in, s(i / 10.0));
            CameraFrame f = (CameraFrame) out.get(0);
            assertThat(f.data()).isEqualTo(lastGood.data()).isNotEqualTo(in.data());
            assertThat(f.header()).isEqualTo(in.header());
        }
        CameraFrame after = camera(40, s(4.0), 4, 3, 40);
        assertThat(inj.apply(CAMERA, after, s(4.0))).containsExactly(after);
        assertThat(inj.counts().get(0).messages()).isEqualTo(10);
    }

    @Test
    void frozenWithNothingBeforeTheWindowFreezesTheFirstFrameInIt() {
        FaultInjector inj = injector(1, "frozen:camera_front@0-1");
        CameraFrame first = camera(0, 0, 4, 3, 0);
        assertThat(inj.apply(CAMERA, first, 0)).containsExactly(first);
        CameraFrame second = (CameraFrame) inj.apply(CAMERA, camera(1, FRAME_NS, 4, 3, 1), FRAME_NS).get(0);
        assertThat(second.data()).isEqualTo(first.data());
        assertThat(second.header().seq()).isEqualTo(1);
    }

    @Test
    void busLossDropsAboutFractionPAndIsIdenticalForTheSameSeed() {
        List<Long> a = survivors(42);
        List<Long> b = survivors(42);
        List<Long> c = survivors(43);
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        // 10000 messages at p = 0.3: 7000 survive expected, sd ~46
        assertThat(a.size()).isBetween(6800, 7200);
    }

    @Test
    void busLossOutsideItsWindowLosesNothing() {
        FaultInjector inj = injector(1, "bus_loss:trajectory@1-3,p=1");
        assertThat(inj.apply(TRAJECTORY, trajectory(0, 0), s(0.99))).hasSize(1);
        assertThat(inj.apply(TRAJECTORY, trajectory(1, 0), s(1.0))).isEmpty();
        assertThat(inj.apply(TRAJECTORY, trajectory(2, 0), s(3.0))).hasSize(1);
    }

    @Test
    void countsReportEachFaultInSpecOrder() {
        FaultInjector inj = injector(1, "dropout:camera_front@0-1", "glare:camera_front@0-10,strength=1",
                "range_loss:lidar_top@0-10,max_m=10");
        inj.apply(CAMERA, camera(0, 0, 4, 3, 0), 0);
        inj.apply(CAMERA, camera(1, s(2), 4, 3, 0), s(2));
        inj.apply(LIDAR, lidar(0, s(2), 5, 15, 20), s(2));
        inj.apply(RADAR, radar(0, s(2), 1), s(2)); // not targeted by any: no count
        assertThat(inj.counts()).containsExactly(
                new FaultCount("dropout:camera_front@0-1", FaultKind.DROPOUT, 1, 0, 0),
                new FaultCount("glare:camera_front@0-10,strength=1", FaultKind.GLARE, 1, 0, 0),
                new FaultCount("range_loss:lidar_top@0-10,max_m=10", FaultKind.RANGE_LOSS, 1, 2, 0));
    }

    @Test
    void contentFaultsOnTheWrongMessageTypePassThroughAndCountAsUnsupported() {
        FaultInjector inj = injector(1, "glare:trajectory@0-10,strength=1", "noise:trajectory@0-10,factor=2");
        Trajectory t = trajectory(0, 0);
        assertThat(inj.apply(TRAJECTORY, t, 0)).containsExactly(t);
        assertThat(inj.counts()).extracting(FaultCount::unsupported).containsExactly(1L, 1L);
    }

    @Test
    void latencyAndBusDelayAddUp() {
        FaultInjector inj = injector(1, "bus_delay:lidar_top@0-10,ms=100", "latency:lidar_top@0-10,ms=150");
        inj.apply(LIDAR, lidar(0, s(1.0), 5), s(1.0));
        assertThat(inj.poll(s(1.25) - 1)).isEmpty();
        assertThat(inj.poll(s(1.25))).hasSize(1);
    }

    @Test
    void sameSeedSameInputsGiveIdenticalOutputs() {
        assertThat(mixedRun(11)).isEqualTo(mixedRun(11)).isNotEqualTo(mixedRun(12));
    }

    /** Every kind at once on a 10 s stream of all sensors; outputs as records (arrays compared by value). */
    private static List<Object> mixedRun(long seed) {
        FaultInjector inj = injector(seed, "dropout:camera_front@1-2", "latency:lidar_top@0-10,ms=150",
                "noise:radar_front@0-10,factor=3", "frozen:camera_front@3-4", "ghosts:radar_front@0-20,rate=5",
                "blackout:camera_front@6-7", "glare:camera_front@6-9,strength=0.8", "range_loss:lidar_top@4-12,max_m=15",
                "bus_delay:trajectory@1-3,ms=200", "bus_loss:trajectory@1-3,p=0.3", "noise:lidar_top@0-10,factor=2");
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long now = i * FRAME_NS;
            out.addAll(inj.apply(CAMERA, camera(i, now, 8, 6, i), now));
            out.addAll(inj.apply(LIDAR, lidar(i, now, 3, 10, 20, 40), now));
            out.addAll(inj.apply(RADAR, radar(i, now, 4), now));
            out.addAll(inj.apply(TRAJECTORY, trajectory(i, now), now));
            out.addAll(inj.poll(now));
        }
        out.addAll(inj.counts());
        return out;
    }

    private static List<Long> survivors(long seed) {
        FaultInjector inj = injector(seed, "bus_loss:trajectory@0-1000,p=0.3");
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            for (Message m : inj.apply(TRAJECTORY, trajectory(i, 0), s(i * 0.01))) {
                out.add(m.header().seq());
            }
        }
        return out;
    }

    private static List<Long> seqs(List<FaultInjector.Delivery> deliveries) {
        List<Long> out = new ArrayList<>();
        for (FaultInjector.Delivery d : deliveries) {
            out.add(d.message().header().seq());
        }
        return out;
    }

    private static List<Long> range(long from, long to) {
        List<Long> out = new ArrayList<>();
        for (long i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }
}
