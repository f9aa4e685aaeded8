package io.avstack.vehicle.cli;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimCalibration;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.vehicle.fusion.CapturedFrames;
import io.avstack.vehicle.fusion.CnnDetections;
import io.avstack.vehicle.fusion.DetectionSource;
import io.avstack.vehicle.fusion.FusionBenchmark;
import io.avstack.vehicle.fusion.FusionEvaluation;
import io.avstack.vehicle.fusion.MissingDetectorException;
import io.avstack.vehicle.train.CliSupport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code avstack bench fusion}: the fusion tick without CNN inference (50 objects, camera, lidar and
 * radar), and camera and lidar frames from a simulator run through the committed CNNs to a world
 * model (docs/FUSION.md).
 */
@Command(name = "fusion", mixinStandardHelpOptions = true,
        description = {"Fusion tick excluding CNN inference (p50/p99 over every sensor frame fused and every world",
            "model produced, 50 objects), and sensor frame -> CNN -> world model latency for the camera and the",
            "lidar, on frames recorded from a simulator run (--no-cnn skips it).",
            "--json prints {\"objects\": n, \"tick_p50_ms\": x, \"tick_p99_ms\": x, \"tick_max_ms\": x, \"tick_cpu_p99_ms\": x,",
            "\"camera_frame_to_world_model_p99_ms\": x or null, \"lidar_frame_to_world_model_p99_ms\": x or null}."})
public final class BenchFusionCommand implements Callable<Integer> {

    @Option(names = "--objects", defaultValue = "50", description = "Objects in the scene (default ${DEFAULT-VALUE}).")
    int objects;

    @Option(names = "--seconds", defaultValue = "60", description = "Simulated seconds measured (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--no-cnn", description = "Only the tick: skip the detectors.")
    boolean noCnn;

    @Option(names = "--scenario", defaultValue = "scenarios/bench-ten-actors.yaml",
            description = "Scenario the frames are recorded from (default ${DEFAULT-VALUE}).")
    Path scenario;

    @Option(names = "--frames-s", defaultValue = "8", description = "Simulated seconds of frames recorded (default ${DEFAULT-VALUE}).")
    double framesS;

    @Option(names = "--camera-weights", description = "Camera model folder (default: the committed weights).")
    Path cameraWeights;

    @Option(names = "--device", defaultValue = "auto", description = "cpu, gpu or auto (default ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--threads", defaultValue = "0", description = "PyTorch intra-op threads (0: engine default).")
    int threads;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (objects < 1 || !(seconds > 0) || !(framesS > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--objects, --seconds and --frames-s must be positive");
        }
        FusionConfig config = FusionConfig.defaults();
        TransformTree tree = TransformTree.of(SimCalibration.load());
        FusionBenchmark.TickResult tick = FusionBenchmark.tick(config, tree, objects, seconds, 10);
        FusionBenchmark.Stats[] cnn = {null, null};
        if (!noCnn) {
            CliSupport.setThreads(threads);
            CapturedFrames frames = CapturedFrames.record(FusionEvaluation.capped(
                    ScenarioSetups.of(ScenarioLoader.load(scenario, Map.of(), null).get(0)), framesS));
            try (DetectionSource source = CnnDetections.load(TrackedObject.SENSOR_CAMERA | TrackedObject.SENSOR_LIDAR,
                    cameraWeights, device)) {
                cnn = FusionBenchmark.frameToWorldModel(source, config, tree, frames, 10);
            } catch (MissingDetectorException e) {
                spec.commandLine().getErr().println("avstack bench fusion: " + e.getMessage());
                return 1;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"objects\": %d, \"tick_p50_ms\": %.4f, \"tick_p99_ms\": %.4f, \"tick_max_ms\": %.4f, "
                    + "\"tick_cpu_p99_ms\": %.4f, \"camera_frame_to_world_model_p99_ms\": %s, "
                    + "\"lidar_frame_to_world_model_p99_ms\": %s}%n", objects, tick.tick().p50Ms(), tick.tick().p99Ms(),
                    tick.tick().maxMs(), tick.tickCpu().p99Ms(), p99(cnn[0]), p99(cnn[1]));
        } else {
            out.printf(Locale.ROOT, "fusion tick without CNN, %d objects (%d tracks published), %.0f s simulated:%n",
                    objects, tick.tracks(), seconds);
            line(out, "every call (wall)", tick.tick());
            line(out, "every call (thread CPU time)", tick.tickCpu());
            line(out, "lidar frame", tick.lidar());
            line(out, "radar frame", tick.radar());
            line(out, "camera frame", tick.camera());
            line(out, "world model", tick.output());
            if (cnn[0] != null) {
                line(out, "camera frame -> CNN -> world model", cnn[0]);
            }
            if (cnn[1] != null) {
                line(out, "lidar scan -> CNN -> world model", cnn[1]);
            }
        }
        out.flush();
        return 0;
    }

    private static String p99(FusionBenchmark.Stats s) {
        return s == null ? "null" : String.format(Locale.ROOT, "%.3f", s.p99Ms());
    }

    private static void line(PrintWriter out, String what, FusionBenchmark.Stats s) {
        out.printf(Locale.ROOT, "  %-36s n=%6d  p50 %.3f ms  p99 %.3f ms  max %.3f ms%n", what, s.samples(), s.p50Ms(),
                s.p99Ms(), s.maxMs());
    }
}
