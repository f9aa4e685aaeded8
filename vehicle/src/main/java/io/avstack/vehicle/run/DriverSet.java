package io.avstack.vehicle.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.config.ConfigLoader;
import io.avstack.core.time.Clock;
import io.avstack.core.time.ReplayPacer;
import io.avstack.core.time.Sleeper;
import io.avstack.drivers.camera.CameraDriver;
import io.avstack.drivers.can.CandumpSource;
import io.avstack.drivers.ego.EgoCanConfig;
import io.avstack.drivers.ego.EgoStateDriver;
import io.avstack.drivers.lidar.Vlp16Driver;
import io.avstack.drivers.lidar.Vlp16PcapSource;
import io.avstack.drivers.lidar.Vlp16UdpSource;
import io.avstack.drivers.radar.Ars408Driver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured sensor drivers, each on its own thread, publishing on the bus. File inputs (pcap,
 * candump, video) end by themselves; live ones (UDP, devices, streams) run until {@link #close}.
 * A driver whose input fails is logged and counted; the others keep running.
 */
final class DriverSet implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DriverSet.class);

    private final List<Thread> fileThreads = new ArrayList<>();
    private final List<AutoCloseable> live = new ArrayList<>();
    private CameraDriver fileCamera;
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * Starts the drivers of {@code in}, each on the bus {@code busOf} gives for its node name
     * ({@code camera_front}, {@code lidar_top}, {@code radar_front}, {@code ego_state}), with the
     * driver's rejected input as the node's own drops.
     *
     * @param baseDir folder relative input paths are resolved against
     * @throws io.avstack.core.config.ConfigException for a bad signal map
     */
    static DriverSet start(RunConfig.DriversInput in, NodeRegistry busOf, String vehicleId,
            Clock clock, Path baseDir) throws java.net.SocketException {
        DriverSet set = new DriverSet();
        ReplayPacer pacer = new ReplayPacer(clock, Sleeper.SYSTEM, in.replaySpeedOrDefault()); // shared: files keep their relative timing
        if (in.camera() != null) {
            CameraDriver[] made = new CameraDriver[1];
            Bus bus = busOf.node("camera_front", () -> made[0] == null ? 0 : made[0].drops() + made[0].badFrames());
            var s = in.camera();
            var resolved = new io.avstack.drivers.camera.CameraSettings(resolve(baseDir, s.source()), s.frameId(),
                    s.intrinsicsId(), s.widthPx(), s.heightPx(), s.jpegQuality(), s.realTime(), s.loop(),
                    s.minBackoffMs(), s.maxBackoffMs(), s.format());
            CameraDriver camera = new CameraDriver(bus, TopicNames.topic(vehicleId, StandardTopics.CAMERA_FRONT),
                    resolved, clock, Sleeper.SYSTEM, CameraDriver::ffmpeg).start();
            made[0] = camera;
            boolean endsByItself = !s.loop() && !s.source().contains("://") && !s.source().startsWith("/dev/");
            if (endsByItself) {
                set.fileCamera = camera;
            } else {
                set.live.add(camera);
            }
        }
        if (in.lidar() != null) {
            Vlp16Driver[] made = new Vlp16Driver[1];
            Bus bus = busOf.node("lidar_top", () -> made[0] == null ? 0 : made[0].packetsRejected());
            Vlp16Driver lidar = new Vlp16Driver(bus, TopicNames.topic(vehicleId, StandardTopics.LIDAR_TOP), "lidar_top");
            made[0] = lidar;
            if (in.lidar().pcap() != null) {
                Path pcap = baseDir.resolve(in.lidar().pcap());
                set.file("lidar-pcap", () -> {
                    Vlp16PcapSource.replay(pcap, in.lidar().udpPort(), lidar, pacer);
                    lidar.finish();
                });
            } else {
                set.live.add(Vlp16UdpSource.start("0.0.0.0", in.lidar().udpPort(), lidar, clock));
            }
        }
        if (in.radar() != null) {
            Ars408Driver[] made = new Ars408Driver[1];
            Bus bus = busOf.node("radar_front", () -> made[0] == null ? 0 : rejected(made[0]));
            Ars408Driver radar = new Ars408Driver(bus, TopicNames.topic(vehicleId, StandardTopics.RADAR_FRONT),
                    "radar_front", in.radar().sensorId());
            made[0] = radar;
            Path log = baseDir.resolve(in.radar().candump());
            set.file("radar-candump", () -> {
                CandumpSource.replay(log, pacer, radar::onFrame);
                radar.finish();
            });
        }
        if (in.ego() != null) {
            EgoStateDriver[] made = new EgoStateDriver[1];
            Bus bus = busOf.node("ego_state", () -> made[0] == null ? 0 : made[0].dropped());
            EgoCanConfig map = ConfigLoader.load(baseDir.resolve(in.ego().signals()), EgoCanConfig.class);
            EgoStateDriver ego = new EgoStateDriver(bus, TopicNames.topic(vehicleId, StandardTopics.EGO_STATE), map);
            made[0] = ego;
            Path log = baseDir.resolve(in.ego().candump());
            set.file("ego-candump", () -> CandumpSource.replay(log, pacer, ego::onFrame));
        }
        return set;
    }

    /** Gives each driver its node's bus; {@code ownDrops} counts what the driver rejected (bad packets, frames). */
    interface NodeRegistry {
        Bus node(String name, java.util.function.LongSupplier ownDrops);
    }

    private static long rejected(Ars408Driver radar) {
        long sum = 0;
        for (io.avstack.drivers.radar.RadarRejection r : io.avstack.drivers.radar.RadarRejection.values()) {
            if (r != io.avstack.drivers.radar.RadarRejection.NONE) {
                sum += radar.count(r);
            }
        }
        return sum;
    }

    private static String resolve(Path baseDir, String source) {
        boolean pathLike = !source.contains("://") && !source.startsWith("/dev/");
        return pathLike ? baseDir.resolve(source).toString() : source;
    }

    private interface FileJob {
        void run() throws Exception;
    }

    private void file(String name, FileJob job) {
        Thread t = Thread.ofPlatform().daemon().name(name).start(() -> {
            try {
                job.run();
            } catch (InterruptedException e) {
                LOG.info("driver input {} stopped while replaying", name); // close() during a paced replay
            } catch (Exception e) {
                failures.add(name + ": " + e.getMessage());
                LOG.error("driver input {} failed: {}", name, e.toString());
            }
        });
        fileThreads.add(t);
    }

    /** True when every driver has file input and all have reached its end. */
    boolean allInputsEnded() {
        if (!live.isEmpty() || (fileCamera != null && !fileCamera.finished())) {
            return false;
        }
        for (Thread t : fileThreads) {
            if (t.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /** Input failures so far, as "driver: message". */
    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        if (fileCamera != null) {
            fileCamera.close();
        }
        for (AutoCloseable c : live) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing a driver failed: {}", e.toString());
            }
        }
        for (Thread t : fileThreads) {
            t.interrupt();
            t.join(2_000);
        }
    }
}
