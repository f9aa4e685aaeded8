package io.avstack.vehicle.cli;

import ai.djl.engine.Engine;
import io.avstack.core.geom.SensorCalibration;
import io.avstack.perception.camera.DeviceChoice;
import io.avstack.perception.lidar.BevCenterNetModel;
import io.avstack.perception.lidar.BundledLidarModel;
import io.avstack.perception.lidar.LidarArchitecture;
import io.avstack.perception.lidar.LidarDetector;
import io.avstack.perception.lidar.LidarDetectorConfig;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.train.CliSupport;
import io.avstack.vehicle.train.LidarDatasetGenerator;
import io.avstack.vehicle.train.LidarLatency;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code avstack bench lidar}: latency of the lidar detector on simulated 32-beam scans. */
@Command(name = "lidar", mixinStandardHelpOptions = true,
        description = {"Lidar detector latency per simulated 32-beam scan (rasterisation, network, decoding),",
            "after a warm-up: wall time, and the calling thread's CPU time (with --threads 1 the network runs on",
            "that thread: the latency on a core of its own). --json prints",
            "{\"lidar\": {\"p50_ms\": x, \"p99_ms\": x, \"cpu_p50_ms\": x}} (wall p50/p99, CPU p50)."})
public final class BenchLidarCommand implements Callable<Integer> {

    @Option(names = "--weights", description = "Model folder; default: the bundled weights (classpath "
            + BundledLidarModel.RESOURCE_DIR + ").")
    Path weights;
    @Option(names = "--untrained", description = "Time an untrained network of --base-channels instead (same cost).")
    boolean untrained;
    @Option(names = "--base-channels", defaultValue = "16", description = "Width of the untrained network (default ${DEFAULT-VALUE}).")
    int baseChannels;
    @Option(names = "--architecture", defaultValue = "plain", converter = LidarArchitectureOption.class,
            description = "Network of the untrained model: plain or compact (default ${DEFAULT-VALUE}).")
    LidarArchitecture architecture;
    @Option(names = "--scans", defaultValue = "300", description = "Measured scans (default ${DEFAULT-VALUE}).")
    int scans;
    @Option(names = "--warm-up", defaultValue = "50", description = "Unmeasured scans first (default ${DEFAULT-VALUE}).")
    int warmUp;
    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;
    @Mixin
    DetectorRuntimeOptions runtime = new DetectorRuntimeOptions();
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (scans < 1 || warmUp < 0 || baseChannels < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scans and --base-channels must be >= 1 "
                    + "and --warm-up >= 0, were " + scans + ", " + baseChannels + ", " + warmUp);
        }
        CliSupport.setThreads(runtime.threads);
        SensorCalibration lidar = SimCalibration.load().sensor(TrainCommand.LIDAR_ID);
        LidarDetector loaded;
        try {
            if (untrained) {
                LidarDetectorConfig config = LidarDetectorConfig.defaults().withBaseChannels(baseChannels)
                        .withArchitecture(architecture);
                loaded = new LidarDetector(BevCenterNetModel.inferenceModel(
                        BevCenterNetModel.newModel(config, DeviceChoice.resolve(runtime.device), 0), config), config,
                        lidar.extrinsics());
            } else if (weights == null) {
                loaded = BundledLidarModel.load(lidar.extrinsics(), runtime.device);
            } else {
                loaded = LidarDetector.load(weights, lidar.extrinsics(), runtime.device);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            spec.commandLine().getErr().println("avstack bench lidar: " + e.getMessage());
            return 1;
        }
        LidarLatency.Result r;
        String device;
        try (LidarDetector detector = loaded) {
            device = detector.model().getNDManager().getDevice().toString();
            LidarDatasetGenerator gen = new LidarDatasetGenerator(lidar,
                    CliSupport.roads(runtime.roads, TrainCommand.DEFAULT_ROADS_DIR), detector.config().grid(),
                    LidarDatasetGenerator.DEFAULT_MIN_POINTS);
            r = LidarLatency.measure(detector, gen, warmUp, scans);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"lidar\": {\"p50_ms\": %.3f, \"p99_ms\": %.3f, \"cpu_p50_ms\": %.3f}}%n",
                    r.wall().p50Ms(), r.wall().p99Ms(), r.cpu().p50Ms());
        } else {
            out.printf(Locale.ROOT, "lidar detector, %d scans (%.0f points each on average), device %s, PyTorch %s, "
                            + "intra-op threads %s:%n  detect wall p50 %.2f ms, p99 %.2f ms; calling thread CPU p50 %.2f ms, "
                            + "p99 %.2f ms; rasterise alone p50 %.2f ms%n",
                    r.wall().frames(), r.meanPoints(), device, Engine.getEngine("PyTorch").getVersion(),
                    runtime.threads == 0 ? "default" : Integer.toString(runtime.threads), r.wall().p50Ms(),
                    r.wall().p99Ms(), r.cpu().p50Ms(), r.cpu().p99Ms(), r.raster().p50Ms());
        }
        out.flush();
        return 0;
    }
}
