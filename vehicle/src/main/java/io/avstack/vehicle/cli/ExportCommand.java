package io.avstack.vehicle.cli;

import io.avstack.core.config.ConfigException;
import io.avstack.sim.render.VideoWriter;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.sim.scenario.ScenarioRun;
import io.avstack.vehicle.export.SensorExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avstack export}: a simulated drive as the files real sensors would have produced (docs/RUN.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Runs a scenario (its first run, or the one --param pins) in the simulator with the built-in",
            "controller and writes what the vehicle's sensors would have sent, in their wire formats, for the",
            "drivers of 'avstack run' (config/run/drivers-files.yaml): lidar.pcap (VLP-16), radar.log (ARS408-21",
            "candump), vehicle.log + ego-can.yaml (vehicle CAN), camera.mp4, ground_truth.avlog (the simulator's",
            "drive log). Exit 0 when written, 1 when a file cannot be written, 2 for a bad scenario or option."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path scenario;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created; existing files are never overwritten).")
    Path out;

    @Option(names = "--seed", description = "Run seed (default: the file's defaultSeed).")
    Long seed;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Overrides a scenario parameter (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--duration-s", paramLabel = "S", description = "Simulated seconds to export instead of the scenario's duration.")
    Double durationS;

    @Option(names = "--camera-fps", defaultValue = "10", paramLabel = "FPS",
            description = "Camera frames per simulated second, 10..30 (default ${DEFAULT-VALUE}).")
    double cameraFps;

    @Option(names = "--ground-truth", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also write ground_truth.avlog, the simulator's drive log (default on; --no-ground-truth skips it).")
    boolean groundTruth;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SensorExport.Options options;
        ScenarioRun run;
        try {
            options = new SensorExport.Options(cameraFps, durationS, groundTruth);
            List<ScenarioRun> runs = ScenarioLoader.load(scenario, params, seed);
            run = runs.get(0);
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("avstack export: " + scenario + ": " + e.getMessage());
            return SimCommand.BAD_INPUT;
        }
        SensorExport.Summary s;
        try {
            s = SensorExport.export(scenario, run, out, options);
        } catch (FileAlreadyExistsException e) {
            err.println("avstack export: " + e.getFile() + " exists: " + e.getReason());
            return 1;
        } catch (IOException | UncheckedIOException | VideoWriter.VideoException e) {
            err.println("avstack export: " + e.getMessage());
            return 1;
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("avstack export: " + scenario + ": " + e.getMessage());
            return SimCommand.BAD_INPUT;
        }
        o.printf("exported %s (seed %d): %.1f s simulated, file times from %s%n", s.scenario(), s.seed(),
                s.simulatedS(), java.time.Instant.ofEpochSecond(0, SensorExport.EPOCH_NS));
        o.printf("  lidar   %d rotations, %d VLP-16 packets%n", s.lidarRotations(), s.lidarPackets());
        o.printf("  radar   %d ARS408 cycles, %d frames%s%n", s.radarScans(), s.radarFrames(),
                s.radarDetectionsDropped() > 0 ? ", " + s.radarDetectionsDropped() + " detections dropped" : "");
        o.printf("  vehicle %d CAN frames%n", s.egoFrames());
        o.printf("  camera  %d frames at %s fps (%s)%n", s.cameraFrames(), trim(options.cameraFps()), s.videoCodec());
        for (Path f : s.files()) {
            o.printf("  %-40s %,d bytes%n", f, size(f));
        }
        return 0;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }
}
