package io.avstack.drivers.radar;

import static io.avstack.drivers.radar.Ars408DriverTest.general;
import static io.avstack.drivers.radar.Ars408DriverTest.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.time.ManualClock;
import io.avstack.drivers.can.CanFrame;
import io.avstack.drivers.can.CanFrameSource;
import io.avstack.drivers.can.SocketCanFrames;
import io.avstack.drivers.can.SocketCanSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tel.schich.javacan.CanChannels;
import tel.schich.javacan.NetworkDevice;
import tel.schich.javacan.RawCanChannel;

/**
 * The ARS408 driver on a live SocketCAN interface: frames written to a virtual CAN bus by a second
 * socket come back through {@link SocketCanSource} as a decoded scan. Needs a vcan interface that is
 * up ({@code ip link add dev vcan0 type vcan && ip link set vcan0 up}; another name through the
 * environment variable {@code AVSTACK_VCAN}); skipped, with the reason printed, where there is none.
 */
class Ars408SocketCanTest {

    private static final String INTERFACE = Optional.ofNullable(System.getenv("AVSTACK_VCAN")).orElse("vcan0");

    @Test
    void framesWrittenToVcanArriveAsARadarScan() throws Exception {
        Optional<String> unavailable = SocketCanSource.unavailableReason(INTERFACE);
        unavailable.ifPresent(reason -> System.out.println("Ars408SocketCanTest skipped: " + reason));
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElse(""));

        ManualClock clock = new ManualClock(42_000_000_000L);
        List<RadarScan> scans = new CopyOnWriteArrayList<>();
        CountDownLatch published = new CountDownLatch(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
             SocketCanSource source = SocketCanSource.open(INTERFACE, clock);
             RawCanChannel writer = CanChannels.newRawChannel()) {
            bus.subscribe(Ars408DriverTest.TOPIC, (t, m) -> {
                scans.add((RadarScan) m);
                published.countDown();
            });
            Ars408Driver driver = new Ars408Driver(bus, Ars408DriverTest.TOPIC, "radar_front", 0);
            Future<CanFrameSource.Summary> run = reader.submit(() -> source.run(driver::onFrame));
            writer.bind(NetworkDevice.lookup(INTERFACE));
            List<CanFrame> frames = List.of(status(0, 2, 7), general(0, 1, 35.4, -3.2, -7.25, 1.5, 0, 12.5),
                    general(0, 2, 80.0, 4.0, 2.0, 0.0, 0, -3.0), new CanFrame(0, 0x18FEF100, true, new byte[] {1}));
            // The source may not be reading yet; frames sent before then wait in its socket's queue.
            for (CanFrame f : frames) {
                writer.write(SocketCanFrames.toJavaCan(f));
            }
            assertThat(published.await(10, TimeUnit.SECONDS)).isTrue();
            source.close();
            CanFrameSource.Summary summary = run.get(10, TimeUnit.SECONDS);

            assertThat(scans).hasSize(1);
            RadarScan scan = scans.get(0);
            assertThat(scan.header().valid()).isTrue();
            assertThat(scan.header().stampNs()).isEqualTo(42_000_000_000L); // the injected clock at receipt
            assertThat(scan.detections()).hasSize(2);
            assertThat(scan.detections().get(0).rangeM()).isCloseTo(Math.hypot(35.4, -3.2), within(1e-9));
            assertThat(scan.detections().get(1).rcsDbsm()).isCloseTo(-3.0, within(1e-9));
            assertThat(summary.frames()).isGreaterThanOrEqualTo(3); // the extended frame may still be queued
            assertThat(summary.sinkErrors()).isZero();
        } finally {
            reader.shutdownNow();
        }
    }
}
