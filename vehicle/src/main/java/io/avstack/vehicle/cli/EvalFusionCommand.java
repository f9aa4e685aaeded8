package io.avstack.vehicle.cli;

import io.avstack.core.config.ConfigException;
import io.avstack.core.geom.TransformTree;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.eval.MotResult;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.truth.TruthNoiseParams;
import io.avstack.sim.fault.FaultSpec;
import io.avstack.sim.fault.FaultSpecs;
import io.avstack.sim.run.SimCalibration;
import io.avstack.sim.scenario.ScenarioRun;
import io.avstack.vehicle.fusion.CnnDetections;
import io.avstack.vehicle.fusion.Combination;
import io.avstack.vehicle.fusion.DetectionSource;
import io.avstack.vehicle.fusion.FusionEvaluation;
import io.avstack.vehicle.fusion.MissingDetectorException;
import io.avstack.vehicle.fusion.TruthNoiseDetections;
import io.avstack.vehicle.train.CliSupport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avstack eval fusion}: the fusion node against simulator ground truth, per sensor combination. */
@Command(name = "fusion", mixinStandardHelpOptions = true,
        description = {"Runs scenarios in the simulator with the sensor models, the detectors and the fusion node, and",
            "scores the world model against ground truth (MOTA, MOTP, position / velocity RMSE, ID switches per",
            "1000 frames, false tracks, missed) per sensor combination. docs/FUSION.md explains every number.",
            "--detections cnn (default) needs the trained weights and fails naming what is missing;",
            "truth-noise feeds ground-truth boxes through per-sensor noise models (a tracker diagnostic).",
            "Exit 0 when the runs completed, 1 for missing detector weights, 2 for bad input."})
public final class EvalFusionCommand implements Callable<Integer> {

    static final int MISSING_WEIGHTS = 1;
    static final int BAD_INPUT = 2;
    /** The default scenario set: multi-actor traffic, crossings, stop-and-go, oncoming and cut-ins. */
    static final String DEFAULT_SCENARIOS = "scenarios/bench-ten-actors.yaml,scenarios/urban-showcase.yaml,"
            + "scenarios/oncoming-traffic.yaml,scenarios/stop-and-go-queue.yaml,scenarios/cut-in-close.yaml,"
            + "scenarios/pedestrian-near-side.yaml,scenarios/cyclist-crossing-near-side.yaml";

    /** How detections are produced. */
    enum Detections { CNN, TRUTH_NOISE }

    @Option(names = "--scenarios", split = ",", defaultValue = DEFAULT_SCENARIOS,
            description = "Scenario files, comma-separated (the first run of each; default: ${DEFAULT-VALUE}).")
    List<Path> scenarios;

    @Option(names = {"--faults", "--fault"}, arity = "1..*", paramLabel = "SPEC",
            description = "Faults injected in every run (docs/FAULTS.md), e.g. blackout:camera_front@0-1000.")
    List<String> faults = new ArrayList<>();

    @Option(names = "--seed", description = "Seed of every run (default: each file's defaultSeed).")
    Long seed;

    @Option(names = "--detections", defaultValue = "cnn", converter = DetectionsConverter.class,
            description = "cnn (the trained detectors; default) or truth-noise (ground truth + noise models).")
    Detections detections;

    @Option(names = "--combinations", split = ",", defaultValue = "all,camera,lidar,radar,camera+radar",
            description = "Sensor combinations (all, camera, lidar, radar, camera+radar, lidar+radar; default ${DEFAULT-VALUE}).")
    List<String> combinations;

    @Option(names = "--max-duration-s", defaultValue = "30", description = "Each run is cut to this many simulated seconds (default ${DEFAULT-VALUE}).")
    double maxDurationS;

    @Option(names = "--range-m", defaultValue = "60", description = "Objects farther than this from the ego are not scored (default ${DEFAULT-VALUE}).")
    double rangeM;

    @Option(names = "--match-m", defaultValue = "2.0", description = "Largest track-to-object distance of a match (default ${DEFAULT-VALUE}).")
    double matchM;

    @Option(names = "--warm-up-s", defaultValue = "1.0", description = "First seconds of each run not scored (default ${DEFAULT-VALUE}).")
    double warmUpS;

    @Option(names = "--config", description = "Fusion configuration YAML (default: the shipped defaults).")
    Path config;

    @Option(names = "--camera-weights", defaultValue = TrainCommand.DEFAULT_CAMERA_MODEL_DIR,
            description = "Camera model folder for --detections cnn (default ${DEFAULT-VALUE}).")
    Path cameraWeights;

    @Option(names = "--device", defaultValue = "auto", description = "cpu, gpu or auto for the CNNs (default ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--threads", defaultValue = "0", description = "PyTorch intra-op threads (0: engine default).")
    int threads;

    @Option(names = "--verbose", description = "Also print one line per run.")
    boolean verbose;

    @Option(names = "--json", description = "Print {\"combinations\": {name: {mota, motp_m, ...}}} instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Combination> combos = new ArrayList<>();
        FusionConfig fusionConfig;
        FusionEvaluation.Settings settings;
        List<ScenarioRun> runs;
        try {
            for (String c : combinations) {
                combos.add(Combination.named(c.trim()));
            }
            if (!(maxDurationS > 0) || !(rangeM > 0) || !(matchM > 0) || !(warmUpS >= 0)) {
                throw new IllegalArgumentException("--max-duration-s, --range-m and --match-m must be > 0 and "
                        + "--warm-up-s >= 0");
            }
            List<FaultSpec> parsed = FaultSpecs.parseAll(faults);
            fusionConfig = config == null ? FusionConfig.defaults() : FusionConfig.load(config);
            settings = new FusionEvaluation.Settings(scenarios, parsed, seed, maxDurationS, rangeM, matchM, warmUpS);
            runs = FusionEvaluation.load(settings);
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("avstack eval fusion: " + e.getMessage());
            return BAD_INPUT;
        }
        int needed = 0;
        for (Combination c : combos) {
            needed |= c.sensorMask();
        }
        TransformTree tree = TransformTree.of(SimCalibration.load());
        DetectionSource source;
        try {
            source = detectionSource(needed, tree);
        } catch (MissingDetectorException e) {
            err.println("avstack eval fusion: --detections cnn: missing detector weights: " + e.getMessage()
                    + ". Nothing was evaluated; --detections truth-noise runs the tracker on simulated detections.");
            return MISSING_WEIGHTS;
        }
        Map<Combination, MotResult> totals = new LinkedHashMap<>();
        PrintWriter out = spec.commandLine().getOut();
        try (DetectionSource s = source) {
            FusionEvaluation eval = new FusionEvaluation(fusionConfig, tree, s);
            for (Combination c : combos) {
                MotResult total = MotResult.EMPTY;
                for (FusionEvaluation.RunScore r : eval.run(c, runs, settings)) {
                    total = total.plus(r.result());
                    if (verbose && !json) {
                        out.println(c.name() + " " + r.scenario() + " seed " + r.seed() + ": " + line(r.result()));
                        out.flush();
                    }
                }
                totals.put(c, total);
            }
        }
        out.print(json ? EvalFusionReport.json(totals) : EvalFusionReport.table(totals, runs, settings, source.name()));
        out.flush();
        return 0;
    }

    private DetectionSource detectionSource(int sensorMask, TransformTree tree) {
        if (detections == Detections.TRUTH_NOISE) {
            return new TruthNoiseDetections(TruthNoiseParams.defaults(), tree, SensorIds.DEFAULT);
        }
        CliSupport.setThreads(threads);
        return CnnDetections.load(sensorMask, cameraWeights, device);
    }

    private static String line(MotResult r) {
        return String.format(Locale.ROOT, "MOTA %.3f, MOTP %.3f m, vel RMSE %.3f m/s, IDSW %d, FP %d, FN %d, GT %d",
                r.mota(), r.motpM(), r.velRmseMps(), r.idSwitches(), r.falseTracks(), r.missed(), r.groundTruth());
    }

    /** Accepts cnn and truth-noise (and the enum names). */
    static final class DetectionsConverter implements picocli.CommandLine.ITypeConverter<Detections> {
        @Override
        public Detections convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "cnn" -> Detections.CNN;
                case "truth-noise", "truth_noise" -> Detections.TRUTH_NOISE;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "--detections must be cnn or truth-noise, was '" + value + "'");
            };
        }
    }
}
