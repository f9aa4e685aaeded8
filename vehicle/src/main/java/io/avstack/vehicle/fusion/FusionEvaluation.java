package io.avstack.vehicle.fusion;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.eval.CoverageRegion;
import io.avstack.fusion.eval.MotResult;
import io.avstack.fusion.eval.MotScorer;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.truth.GroundTruthHistory;
import io.avstack.sim.fault.FaultSpec;
import io.avstack.sim.fault.FaultSpecs;
import io.avstack.sim.run.FaultHook;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ModelSensors;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SensorModel;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.run.SimWorld;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.sim.scenario.ScenarioRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code avstack eval fusion}: runs scenarios in the lockstep simulator with the sensor models
 * (camera 30 Hz, lidar 10 Hz, radar 20 Hz, noisy ego state), the detector stages of a
 * {@link DetectionSource} and the fusion node, and scores the world models against ground truth
 * ({@link MotScorer}) for one sensor combination at a time. The basic controller drives the ego.
 */
public final class FusionEvaluation {

    /**
     * @param scenarios       scenario files; the first run of each (a sweep's first point)
     * @param faults          faults added to every run (besides a file's own)
     * @param seed            run seed override, or null for each file's default
     * @param maxDurationS    runs are cut to at most this much simulated time, s
     * @param evalRangeM      ground truth farther than this from the ego does not count, m
     * @param matchDistanceM  a track farther than this from an object cannot match it, m
     * @param warmUpS         the first seconds of a run are not scored (tracks are still being born), s
     */
    public record Settings(List<Path> scenarios, List<FaultSpec> faults, Long seed, double maxDurationS,
                           double evalRangeM, double matchDistanceM, double warmUpS) {
        public Settings {
            scenarios = List.copyOf(scenarios);
            faults = List.copyOf(faults);
        }
    }

    /** Scores of one run, for reports. */
    public record RunScore(String scenario, long seed, Combination combination, MotResult result) {
    }

    private final FusionConfig config;
    private final TransformTree tree;
    private final DetectionSource detections;

    public FusionEvaluation(FusionConfig config, TransformTree tree, DetectionSource detections) {
        this.config = config;
        this.tree = tree;
        this.detections = detections;
    }

    /** Loads the first run of each scenario file, with the duration cut and the seed override applied. */
    public static List<ScenarioRun> load(Settings s) {
        List<ScenarioRun> runs = new ArrayList<>();
        for (Path p : s.scenarios()) {
            runs.add(ScenarioLoader.load(p, Map.of(), s.seed()).get(0));
        }
        return runs;
    }

    /** Runs every scenario with {@code combination}; one score per run. */
    public List<RunScore> run(Combination combination, List<ScenarioRun> runs, Settings s) {
        List<RunScore> out = new ArrayList<>();
        for (ScenarioRun run : runs) {
            SimSetup setup = capped(ScenarioSetups.of(run), s.maxDurationS());
            List<FaultSpec> faults = new ArrayList<>(FaultSpecs.parseAll(run.spec().faults()));
            faults.addAll(s.faults());
            out.add(new RunScore(setup.name(), setup.seed(), combination, runOne(setup, faults, combination, s, null)));
        }
        return out;
    }

    /**
     * One run.
     *
     * @param listener sees every counted match and miss; may be null
     */
    public MotResult runOne(SimSetup setup, List<FaultSpec> faults, Combination combination, Settings s,
            MotScorer.Listener listener) {
        long seed = setup.seed();
        GroundTruthHistory truth = new GroundTruthHistory(512);
        LockstepRunner.Builder b = LockstepRunner.builder(setup).optEgoStateSensor(ModelSensors.egoState(seed));
        if (combination.has(TrackedObject.SENSOR_CAMERA)) {
            b.optSensor(sensor(ModelSensors.cameraFront(seed), truth));
        }
        if (combination.has(TrackedObject.SENSOR_LIDAR)) {
            b.optSensor(sensor(ModelSensors.lidarTop(seed), truth));
        }
        if (combination.has(TrackedObject.SENSOR_RADAR)) {
            b.optSensor(sensor(ModelSensors.radarFront(seed), truth));
        }
        b.optNode(new FusionHostedNode(config, tree, detections, combination.sensorMask(), truth, seed));
        CoverageRegion region = CoverageRegion.of(tree, config, SensorIds.DEFAULT, combination.sensorMask(),
                s.evalRangeM());
        MotScorer scorer = new MotScorer(region, s.matchDistanceM()).listener(listener);
        b.optNode(new ScoringNode(scorer, Math.round(s.warmUpS() * 1e9), MAX_TRUTH_AGE_NS));
        if (!faults.isEmpty()) {
            b.optSensorOutputHook(new FaultHook(faults, seed));
        }
        b.build().run();
        return scorer.result();
    }

    /** A world model is scored against ground truth at most this far from its stamp, ns. */
    static final long MAX_TRUTH_AGE_NS = 50_000_000L;

    private Function<SimWorld, SensorModel> sensor(Function<SimWorld, SensorModel> model, GroundTruthHistory truth) {
        return detections.needsTruth() ? TruthRecording.recording(model, truth) : model;
    }

    /** {@code setup} with its duration cut to {@code maxS}. */
    public static SimSetup capped(SimSetup setup, double maxS) {
        if (setup.durationS() <= maxS) {
            return setup;
        }
        return new SimSetup(setup.name(), setup.parameters(), setup.seed(), setup.road(), setup.egoParams(),
                setup.egoStart(), setup.targetSpeedMps(), setup.actors(), maxS, setup.routeLengthM(),
                setup.criteria());
    }
}
