package io.avstack.vehicle.cli;

import ai.djl.Model;
import io.avstack.core.geom.TransformTree;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.CenterNetModel;
import io.avstack.perception.camera.DetectorConfig;
import io.avstack.perception.camera.DeviceChoice;
import io.avstack.perception.camera.ModelMetadata;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.fusion.FusionBenchmark;
import io.avstack.vehicle.train.CliSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code avstack bench fusion}: the fusion tick without CNN inference (50 objects, camera, lidar and
 * radar), and a camera frame through the CNN to a world model (docs/FUSION.md).
 */
@Command(name = "fusion", mixinStandardHelpOptions = true,
        description = {"Fusion tick excluding CNN inference (p50/p99 over every sensor frame fused and every world",
            "model produced, 50 objects), and camera frame -> CNN -> world model latency when the camera weights",
            "exist (or, with --untrained-camera, with randomly initialised weights of the same network: same cost).",
            "The lidar CNN is not in this build and is not included.",
            "--json prints {\"objects\": n, \"tick_p50_ms\": x, \"tick_p99_ms\": x, \"tick_max_ms\": x, \"tick_cpu_p99_ms\": x,",
            "\"camera_frame_to_world_model_p99_ms\": x or null, \"camera_weights\": \"trained\"|\"untrained\"|null}."})
public final class BenchFusionCommand implements Callable<Integer> {

    @Option(names = "--objects", defaultValue = "50", description = "Objects in the scene (default ${DEFAULT-VALUE}).")
    int objects;

    @Option(names = "--seconds", defaultValue = "60", description = "Simulated seconds measured (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--camera-weights", defaultValue = TrainCommand.DEFAULT_CAMERA_MODEL_DIR,
            description = "Camera model folder (default ${DEFAULT-VALUE}).")
    Path cameraWeights;

    @Option(names = "--untrained-camera", description = "Without weights, time the camera network with random weights.")
    boolean untrained;

    @Option(names = "--frames", defaultValue = "200", description = "Camera frames timed (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--device", defaultValue = "auto", description = "cpu, gpu or auto (default ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--threads", defaultValue = "0", description = "PyTorch intra-op threads (0: engine default).")
    int threads;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (objects < 1 || !(seconds > 0) || frames < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--objects, --seconds and --frames must be positive");
        }
        FusionConfig config = FusionConfig.defaults();
        TransformTree tree = TransformTree.of(SimCalibration.load());
        FusionBenchmark.TickResult tick = FusionBenchmark.tick(config, tree, objects, seconds, 10);
        String weights = null;
        FusionBenchmark.Stats camera = null;
        CameraDetector detector = null;
        if (Files.isRegularFile(cameraWeights.resolve(ModelMetadata.FILE_NAME))) {
            CliSupport.setThreads(threads);
            detector = CameraDetector.load(cameraWeights, ModelMetadata.read(cameraWeights).detectorConfig(), device);
            weights = "trained";
        } else if (untrained) {
            CliSupport.setThreads(threads);
            DetectorConfig dc = DetectorConfig.defaults();
            Model model = CenterNetModel.newModel(dc, DeviceChoice.resolve(device));
            detector = new CameraDetector(model, dc);
            weights = "untrained";
        }
        if (detector != null) {
            try (CameraDetector d = detector) {
                camera = FusionBenchmark.cameraToWorldModel(d, config, tree, frames, 30);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"objects\": %d, \"tick_p50_ms\": %.4f, \"tick_p99_ms\": %.4f, \"tick_max_ms\": %.4f, "
                    + "\"tick_cpu_p99_ms\": %.4f, \"camera_frame_to_world_model_p99_ms\": %s, \"camera_weights\": %s}%n",
                    objects, tick.tick().p50Ms(), tick.tick().p99Ms(), tick.tick().maxMs(), tick.tickCpu().p99Ms(),
                    camera == null ? "null" : String.format(Locale.ROOT, "%.3f", camera.p99Ms()),
                    weights == null ? "null" : "\"" + weights + "\"");
        } else {
            out.printf(Locale.ROOT, "fusion tick without CNN, %d objects (%d tracks published), %.0f s simulated:%n",
                    objects, tick.tracks(), seconds);
            line(out, "every call (wall)", tick.tick());
            line(out, "every call (thread CPU time)", tick.tickCpu());
            line(out, "lidar frame", tick.lidar());
            line(out, "radar frame", tick.radar());
            line(out, "camera frame", tick.camera());
            line(out, "world model", tick.output());
            if (camera == null) {
                out.println("camera frame -> world model with CNN: n/a (no camera weights at "
                        + cameraWeights.toAbsolutePath() + "; --untrained-camera times the same network untrained)");
            } else {
                line(out, "camera frame -> CNN -> world model (" + weights + " weights)", camera);
            }
            out.println("lidar CNN: not in this build (perception.lidar.LidarDetector), not included");
        }
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, String what, FusionBenchmark.Stats s) {
        out.printf(Locale.ROOT, "  %-40s n=%6d  p50 %.3f ms  p99 %.3f ms  max %.3f ms%n", what, s.samples(), s.p50Ms(),
                s.p99Ms(), s.maxMs());
    }
}
