package io.avstack.vehicle.cli;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.camera.BundledCameraModel;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.DetectorConfig;
import io.avstack.perception.camera.ModelMetadata;
import io.avstack.perception.camera.RangeErrorStats;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.train.CameraEvaluation;
import io.avstack.vehicle.train.CliSupport;
import io.avstack.vehicle.train.SeedRanges;
import io.avstack.vehicle.train.SimDatasetGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avstack eval}: evaluates perception models on fresh simulator data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate perception models on simulated data.",
        subcommands = {EvalCommand.Camera.class})
public final class EvalCommand implements Runnable {

    private static final String[] JSON_BINS = {"0-10", "10-30", "30-50", "50+"};
    /**
     * AP ranks every detection down to this score: AP summarises the whole precision/recall curve,
     * and cutting it at the deployed operating point (0.3) would only truncate the curve.
     */
    static final double DEFAULT_EVAL_SCORE_THRESHOLD = 0.05;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code avstack eval camera}. */
    @Command(name = "camera", mixinStandardHelpOptions = true,
            description = {"Render frames from the evaluation seed range, run the camera detector and print AP@0.5",
                "per class (ground truth within 50 m), mAP and ground-plane range error by range bin.",
                "--json prints one object; classes or bins without data are null."})
    static final class Camera implements Callable<Integer> {
        @Option(names = "--weights",
                description = "Model folder (weights + metadata.json); default: the bundled weights (classpath "
                        + BundledCameraModel.RESOURCE_DIR + ").")
        Path weights;
        @Option(names = "--score-threshold", defaultValue = "" + DEFAULT_EVAL_SCORE_THRESHOLD,
                description = "Lowest detection score kept for the AP ranking (default ${DEFAULT-VALUE}; the deployed "
                        + "detector reports from 0.3).")
        double scoreThreshold;
        @Option(names = "--seed", defaultValue = "0", description = "Evaluation run seed (default ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--frames", defaultValue = "200", description = "Frames (default ${DEFAULT-VALUE}).")
        int frames;
        @Option(names = "--json", description = "Print one JSON object instead of a table.")
        boolean json;
        @Mixin
        DetectorRuntimeOptions runtime = new DetectorRuntimeOptions();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (frames < 1 || frames > SeedRanges.MAX_FRAMES || seed < 0 || seed >= SeedRanges.MAX_RUN_SEEDS) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--frames must be in [1, "
                        + SeedRanges.MAX_FRAMES + "] and --seed in [0, " + SeedRanges.MAX_RUN_SEEDS + "), were "
                        + frames + ", " + seed);
            }
            if (!(scoreThreshold > 0 && scoreThreshold < 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--score-threshold must be in (0, 1), was " + scoreThreshold);
            }
            CliSupport.setThreads(runtime.threads);
            SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
            SimDatasetGenerator gen = new SimDatasetGenerator(cam,
                    CliSupport.roads(runtime.roads, TrainCommand.DEFAULT_ROADS_DIR),
                    SimDatasetGenerator.defaultOptions(cam));
            CameraDetector loaded;
            try {
                loaded = weights == null
                        ? BundledCameraModel.load(BundledCameraModel.config().withScoreThreshold(scoreThreshold),
                                runtime.device)
                        : CameraDetector.load(weights, config().withScoreThreshold(scoreThreshold), runtime.device);
            } catch (IllegalArgumentException | IllegalStateException e) {
                spec.commandLine().getErr().println("avstack eval camera: " + e.getMessage());
                return 1;
            }
            CameraEvaluation.Result r;
            try (CameraDetector detector = loaded) {
                r = CameraEvaluation.run(detector, gen, cam, seed, frames);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? json(r) : table(r));
            out.flush();
            return 0;
        }

        private DetectorConfig config() {
            if (!Files.isDirectory(weights)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--weights folder not found: " + weights.toAbsolutePath());
            }
            Path meta = weights.resolve(ModelMetadata.FILE_NAME);
            if (!Files.isRegularFile(meta)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--weights folder has no " + ModelMetadata.FILE_NAME + ": " + meta.toAbsolutePath());
            }
            try {
                return ModelMetadata.read(weights).detectorConfig();
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--weights metadata unreadable: " + meta.toAbsolutePath() + " (" + e.getMessage() + ")");
            }
        }
    }

    static String json(CameraEvaluation.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"seed\": ").append(r.seed()).append(", \"frames\": ").append(r.frames()).append(", \"ap\": {");
        ObjectClass[] classes = {ObjectClass.CAR, ObjectClass.TRUCK, ObjectClass.PEDESTRIAN, ObjectClass.CYCLIST};
        for (int i = 0; i < classes.length; i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(classes[i].name().toLowerCase(Locale.ROOT)).append("\": ")
                    .append(num(r.ap().getOrDefault(classes[i], Double.NaN)));
        }
        sb.append("}, \"map\": ").append(num(r.map())).append(", \"range_error\": {");
        for (int b = 0; b < JSON_BINS.length; b++) {
            sb.append(b == 0 ? "" : ", ").append('"').append(JSON_BINS[b]).append("\": ").append(num(r.rangeError()[b]));
        }
        return sb.append("}}").append(System.lineSeparator()).toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "null";
    }

    static String table(CameraEvaluation.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "camera detector on %d evaluation frames (run seed %d)%n%n", r.frames(), r.seed()));
        sb.append("| class | AP@0.5 (<= 50 m) |\n|---|---|\n");
        r.ap().forEach((c, ap) -> sb.append("| ").append(c.name().toLowerCase(Locale.ROOT)).append(" | ")
                .append(Double.isNaN(ap) ? "n/a (no ground truth)" : String.format(Locale.ROOT, "%.3f", ap)).append(" |\n"));
        sb.append(String.format(Locale.ROOT, "| **mAP** | %s |%n%n", Double.isNaN(r.map()) ? "n/a" : String.format(Locale.ROOT, "%.3f", r.map())));
        sb.append("| range bin | matched | mean abs error | mean relative error |\n|---|---|---|---|\n");
        RangeErrorStats s = r.stats();
        for (int b = 0; b < RangeErrorStats.binCount(); b++) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %s |%n", RangeErrorStats.label(b), s.count(b),
                    s.count(b) == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f m", s.meanAbsErrorM(b)),
                    s.count(b) == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", s.meanRelError(b))));
        }
        return sb.toString();
    }
}
