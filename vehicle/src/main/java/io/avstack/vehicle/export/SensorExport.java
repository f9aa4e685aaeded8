package io.avstack.vehicle.export;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.config.ConfigLoader;
import io.avstack.core.geom.Calibration;
import io.avstack.core.geom.CameraIntrinsics;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.RadarScan;
import io.avstack.drivers.ego.EgoCanConfig;
import io.avstack.sim.render.VideoWriter;
import io.avstack.sim.run.DriveLogNode;
import io.avstack.sim.run.ExactEgoStateSensor;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ModelSensors;
import io.avstack.sim.run.RunMetrics;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SensorModel;
import io.avstack.sim.run.SimCalibration;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.run.SimWorld;
import io.avstack.sim.scenario.ScenarioRun;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.sensor.RadarParams;
import io.avstack.vehicle.replay.RunIdentity;
import io.avstack.vehicle.stack.SimStack;
import io.avstack.vehicle.stack.SimStacks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code avstack export}: runs a scenario in the lockstep simulator with the built-in controller and
 * writes what the vehicle's real sensors would have sent, in their wire formats, for the drivers of
 * {@code avstack run} (docs/RUN.md): a VLP-16 pcap, an ARS408-21 candump, the vehicle CAN candump
 * with its signal map, the front camera as MP4, and optionally the simulator's own drive log
 * (ground truth and the sensor models' outputs) to compare the drivers' output with.
 *
 * <p>File times are {@link #EPOCH_NS} plus simulated time. Same scenario, parameters and seed give
 * byte-identical pcap and candump files (the MP4 depends on the FFmpeg encoder).
 */
public final class SensorExport {

    /**
     * 2026-01-01T00:59:58Z, ns since the epoch: file times are this plus simulated time, so an export
     * crosses the top of an hour 2 s in (the VLP-16's "us past the hour" rolls over there).
     */
    public static final long EPOCH_NS = 1_767_229_198_000_000_000L;
    public static final String LIDAR_FILE = "lidar.pcap";
    public static final String RADAR_FILE = "radar.log";
    public static final String VEHICLE_FILE = "vehicle.log";
    public static final String SIGNALS_FILE = "ego-can.yaml";
    public static final String CAMERA_FILE = "camera.mp4";
    public static final String GROUND_TRUTH_FILE = "ground_truth.avlog";
    /** The shipped signal map of {@link #VEHICLE_FILE}, copied into the export as {@link #SIGNALS_FILE}. */
    public static final String SIGNALS_RESOURCE = "io/avstack/vehicle/export/ego-can.yaml";
    /** Rate of the vehicle CAN frames (the exact ego state), Hz. */
    public static final double EGO_RATE_HZ = 50;
    public static final double MIN_CAMERA_FPS = 10;
    public static final double MAX_CAMERA_FPS = 30;
    static final String LIDAR_FRAME = "lidar_top";

    /**
     * @param cameraFps   camera frames per simulated second, 10..30
     * @param durationS   simulated seconds to export instead of the scenario's duration; null = the scenario's
     * @param groundTruth also write the simulator's drive log ({@link #GROUND_TRUTH_FILE})
     */
    public record Options(double cameraFps, Double durationS, boolean groundTruth) {
        public Options {
            if (!(cameraFps >= MIN_CAMERA_FPS && cameraFps <= MAX_CAMERA_FPS)) {
                throw new IllegalArgumentException("camera fps must be in [10, 30], was " + cameraFps);
            }
            if (durationS != null && !(durationS > 0 && durationS <= 1e5)) {
                throw new IllegalArgumentException("duration must be in (0, 1e5] s, was " + durationS);
            }
        }
    }

    /** What an export wrote. */
    public record Summary(String scenario, long seed, double simulatedS, long lidarRotations, long lidarPackets,
                          long radarScans, long radarFrames, long radarDetectionsDropped, long egoFrames,
                          int cameraFrames, String videoCodec, List<Path> files) {
        public Summary {
            files = List.copyOf(files);
        }
    }

    /** Writes one part of the export from a sensor model's measurement. */
    @FunctionalInterface
    private interface WireWriter {
        void write(Scene scene, Message measurement) throws IOException;
    }

    private SensorExport() {
    }

    /**
     * Runs {@code run} and writes the export into {@code outDir} (created if needed).
     *
     * @param scenarioFile the scenario file, as given (recorded in the ground-truth log's metadata)
     * @throws FileAlreadyExistsException if an output file exists: an export never overwrites
     * @throws IOException                if a file cannot be written
     */
    public static Summary export(Path scenarioFile, ScenarioRun run, Path outDir, Options options) throws IOException {
        SimSetup setup = withDuration(ScenarioSetups.of(run), options.durationS());
        List<Path> files = new ArrayList<>(List.of(outDir.resolve(LIDAR_FILE), outDir.resolve(RADAR_FILE),
                outDir.resolve(VEHICLE_FILE), outDir.resolve(SIGNALS_FILE), outDir.resolve(CAMERA_FILE)));
        if (options.groundTruth()) {
            files.add(outDir.resolve(GROUND_TRUTH_FILE));
        }
        Files.createDirectories(outDir);
        for (Path f : files) {
            if (Files.exists(f)) {
                throw new FileAlreadyExistsException(f.toString(), null, "an export never overwrites; choose another --out");
            }
        }
        EgoCanConfig signals = ConfigLoader.loadResource(SIGNALS_RESOURCE, EgoCanConfig.class);
        try (InputStream in = SensorExport.class.getClassLoader().getResourceAsStream(SIGNALS_RESOURCE)) {
            Files.copy(in, outDir.resolve(SIGNALS_FILE));
        }
        Calibration calibration = SimCalibration.load();
        CameraIntrinsics camera = calibration.sensor(SimCalibration.CAMERA_FRONT).intrinsics();
        RadarParams radarParams = RadarParams.defaults();
        Vlp16SimLidar vlp16 = new Vlp16SimLidar(LIDAR_FRAME, calibration.sensor(LIDAR_FRAME).extrinsics(), setup.seed());
        try (LidarPcapExport lidar = new LidarPcapExport(outDir.resolve(LIDAR_FILE));
             RadarCandumpExport radar = new RadarCandumpExport(outDir.resolve(RADAR_FILE), radarParams.mount().yawRad());
             EgoCandumpExport ego = new EgoCandumpExport(outDir.resolve(VEHICLE_FILE), signals);
             VideoWriter video = new VideoWriter(outDir.resolve(CAMERA_FILE), camera.widthPx(), camera.heightPx(),
                     options.cameraFps())) {
            SimStack stack = SimStacks.BUILTIN;
            LockstepRunner.Builder b = LockstepRunner.builder(setup);
            stack.install(b, setup);
            b.optSensor(lidarSensor(vlp16, lidar));
            b.optSensor(tee(ModelSensors.radarFront(setup.seed()), RADAR_FILE, true,
                    (scene, m) -> radar.write((RadarScan) m, EPOCH_NS + scene.simTimeNs(), scene.egoSpeedMps())));
            // camera frames go to the video only: in the drive log they would be ~1 MB each
            b.optSensor(tee(ModelSensors.cameraFront(setup.seed(), options.cameraFps()), CAMERA_FILE, false,
                    (scene, m) -> video.write((CameraFrame) m)));
            b.optEgoStateSensor(tee(world -> ExactEgoStateSensor.create(world, LockstepRunner.VEHICLE_ID, EGO_RATE_HZ),
                    VEHICLE_FILE, true, (scene, m) -> ego.write((EgoState) m, EPOCH_NS + scene.simTimeNs())));
            if (options.groundTruth()) {
                b.optNode(new DriveLogNode(outDir.resolve(GROUND_TRUTH_FILE),
                        RunIdentity.of(run, scenarioFile, stack).toMetadata(setup.name())));
            }
            RunMetrics m = b.build().run();
            return new Summary(setup.name(), setup.seed(), m.simTimeS(), lidar.rotations(), lidar.packets(),
                    radar.scans(), radar.frames(), radar.dropped(), ego.frames(), video.framesWritten(),
                    video.codecName(), files);
        }
    }

    /** The simulated VLP-16 on {@code sensor/lidar/top}, each rotation also written as packets. */
    private static Function<SimWorld, SensorModel> lidarSensor(Vlp16SimLidar model, LidarPcapExport pcap) {
        String topic = TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.LIDAR_TOP);
        return world -> SensorModel.of(topic, Vlp16SimLidar.RATE_HZ, scene -> {
            Vlp16SimLidar.Sweep sweep = model.scan(scene);
            try {
                pcap.write(sweep, EPOCH_NS + scene.simTimeNs());
            } catch (IOException e) {
                throw new UncheckedIOException("writing " + LIDAR_FILE + ": " + e.getMessage(), e);
            }
            return sweep.scan();
        });
    }

    /** {@code model}, with each measurement also handed to {@code writer}; published on the bus only if {@code publish}. */
    private static Function<SimWorld, SensorModel> tee(Function<SimWorld, SensorModel> model, String file,
            boolean publish, WireWriter writer) {
        return world -> {
            SensorModel inner = model.apply(world);
            return SensorModel.of(inner.topic(), inner.rateHz(), scene -> {
                Message m = inner.measure(scene);
                if (m != null) {
                    try {
                        writer.write(scene, m);
                    } catch (IOException e) {
                        throw new UncheckedIOException("writing " + file + ": " + e.getMessage(), e);
                    }
                }
                return publish ? m : null;
            });
        };
    }

    private static SimSetup withDuration(SimSetup s, Double durationS) {
        if (durationS == null) {
            return s;
        }
        return new SimSetup(s.name(), s.parameters(), s.seed(), s.road(), s.egoParams(), s.egoStart(),
                s.targetSpeedMps(), s.actors(), durationS, s.routeLengthM(), s.criteria());
    }
}
