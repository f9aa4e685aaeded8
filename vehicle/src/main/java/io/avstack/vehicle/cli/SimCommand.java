package io.avstack.vehicle.cli;

import io.avstack.core.config.ConfigException;
import io.avstack.sim.fault.FaultSpec;
import io.avstack.sim.fault.FaultSpecs;
import io.avstack.sim.render.VideoWriter;
import io.avstack.sim.run.PlanOverlay;
import io.avstack.sim.run.RunVideoObserver;
import io.avstack.sim.run.SnapshotObserver;
import io.avstack.sim.run.DriveLogNode;
import io.avstack.sim.run.FaultHook;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ModelSensors;
import io.avstack.sim.run.RunMetrics;
import io.avstack.sim.run.RunReports;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.sim.scenario.ScenarioRun;
import io.avstack.vehicle.replay.RunIdentity;
import io.avstack.vehicle.stack.SimStack;
import io.avstack.vehicle.stack.SimStacks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code avstack sim}: runs a scenario file (every expansion of a sweep) in the lockstep simulator
 * and prints one line per run; the verdict does not change the exit code, a bad file does.
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = {
            "Runs every run of a scenario file (docs/scenario-format.md) headless in lockstep and prints one",
            "summary line per run (verdict, key metrics, realtime factor; docs/METRICS.md).",
            "Exit 0 when the runs completed, whatever their verdict; 2 for a bad scenario file or option."})
public final class SimCommand implements Callable<Integer> {

    /** Exit code for a bad scenario file or option. */
    static final int BAD_INPUT = 2;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path scenario;

    @Option(names = "--seed", description = "Seed of every run (default: the file's defaultSeed).")
    Long seed;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Overrides a scenario parameter (repeatable); an overridden parameter is not swept.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--report", paramLabel = "FILE.json", description = "Writes the metrics of every run as JSON.")
    Path report;

    @Option(names = "--record", paramLabel = "FILE", description = "Records every bus message into a drive log (docs/DRIVELOG.md); a sweep writes FILE-1, FILE-2, ...")
    Path record;

    @Option(names = "--video", paramLabel = "FILE.mp4", description = "Writes an MP4 of the run: front camera beside a bird's-eye view, 10 frames per simulated second; a sweep writes FILE-1.mp4, ...")
    Path video;

    @Option(names = "--png-at", paramLabel = "SECONDS", description = "Writes a PNG (camera beside bird's-eye view) at this simulated time (repeatable) into --png-dir as RUN-tSECONDS.png.")
    List<Double> pngAtS = new ArrayList<>();

    @Option(names = "--png-dir", defaultValue = "out", description = "Folder for --png-at pictures (default ${DEFAULT-VALUE}).")
    Path pngDir;

    @Option(names = "--fault", paramLabel = "SPEC", description = "Injects a fault into the sensor outputs, e.g. dropout:ego_state@2-4 (docs/FAULTS.md; repeatable; added to the file's faults).")
    List<String> faults = new ArrayList<>();

    /** Which sensor models run besides ground truth and the exact ego state. */
    enum Sensors { TRUTH, LIDAR_RADAR, ALL }

    @Option(names = "--sensors",
            description = "truth (ground truth and exact ego state only, fastest), lidar_radar (lidar, radar and a noisy ego state) or all (adds the 30 Hz front camera; default all). Builtin stack only: other stacks run the sensors they consume.")
    Sensors sensors;

    @Option(names = "--stack", defaultValue = "builtin",
            description = "What drives the ego: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).",
            completionCandidates = StackNames.class)
    String stack;

    @Option(names = "--headless", description = "No window (the simulator is always headless in this build).")
    boolean headless;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FaultSpec> cliFaults;
        try {
            cliFaults = FaultSpecs.parseAll(faults);
        } catch (IllegalArgumentException e) {
            err.println("avstack sim: --fault: " + e.getMessage());
            return BAD_INPUT;
        }
        List<SimSetup> setups = new ArrayList<>();
        List<ScenarioRun> runs = new ArrayList<>();
        List<List<FaultSpec>> runFaults = new ArrayList<>();
        SimStack simStack;
        try {
            simStack = SimStacks.byName(stack);
        } catch (IllegalArgumentException e) {
            err.println("avstack sim: --stack: " + e.getMessage());
            return BAD_INPUT;
        }
        if (sensors != null && sensors != Sensors.TRUTH && simStack != SimStacks.BUILTIN) {
            err.println("avstack sim: --sensors applies to the builtin stack only; stack " + simStack.name()
                    + " runs the sensors it consumes");
            return BAD_INPUT;
        }
        try {
            for (ScenarioRun run : ScenarioLoader.load(scenario, params, seed)) {
                runs.add(run);
                List<FaultSpec> all = new ArrayList<>(FaultSpecs.parseAll(run.spec().faults()));
                all.addAll(cliFaults);
                runFaults.add(all);
                setups.add(ScenarioSetups.of(run));
            }
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("avstack sim: " + scenario + ": " + e.getMessage());
            return BAD_INPUT;
        }
        List<RunMetrics> results = new ArrayList<>();
        for (int i = 0; i < setups.size(); i++) {
            SimSetup setup = setups.get(i);
            RunMetrics m;
            try {
                m = builder(setup, runs.get(i), simStack, runFaults.get(i), i, setups.size()).build().run();
            } catch (UncheckedIOException | VideoWriter.VideoException e) {
                err.println("avstack sim: " + e.getMessage());
                return 1;
            } catch (ConfigException | IllegalArgumentException e) {
                // a setup the loader accepted but the world rejects, e.g. an actor past its path's end
                err.println("avstack sim: " + scenario + ": run " + setup.name() + ": " + e.getMessage());
                return BAD_INPUT;
            }
            out.println(m.summaryLine());
            out.flush();
            results.add(m);
        }
        if (report != null) {
            try {
                RunReports.write(outputFile(report, 0, 1), results);
            } catch (UncheckedIOException e) {
                err.println("avstack sim: " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    private LockstepRunner.Builder builder(SimSetup setup, ScenarioRun run, SimStack simStack, List<FaultSpec> runFaults,
            int index, int count) {
        LockstepRunner.Builder builder = LockstepRunner.builder(setup);
        simStack.install(builder, setup);
        // a stack other than the built-in controller brings the sensors it consumes
        Sensors extra = sensors != null ? sensors : simStack == SimStacks.BUILTIN ? Sensors.ALL : Sensors.TRUTH;
        if (extra != Sensors.TRUTH) {
            builder.optSensor(ModelSensors.lidarTop(setup.seed())).optSensor(ModelSensors.radarFront(setup.seed()))
                    .optEgoStateSensor(ModelSensors.egoState(setup.seed()));
        }
        if (extra == Sensors.ALL) {
            builder.optSensor(ModelSensors.cameraFront(setup.seed()));
        }
        if (!runFaults.isEmpty()) {
            builder.optSensorOutputHook(new FaultHook(runFaults, setup.seed()));
        }
        if (record != null) {
            builder.optNode(new DriveLogNode(outputFile(record, index, count),
                    RunIdentity.of(run, simStack).toMetadata(setup.name())));
        }
        PlanOverlay plan = new PlanOverlay(); // draws the planner's path and explanation, when a planner runs
        if (video != null || !pngAtS.isEmpty()) {
            builder.optNode(plan);
        }
        if (video != null) {
            builder.optObserver(new RunVideoObserver(outputFile(video, index, count), setup.seed(), plan));
        }
        if (!pngAtS.isEmpty()) {
            Map<Long, Path> files = new TreeMap<>();
            for (double t : pngAtS) {
                if (!(t >= 0)) {
                    throw new IllegalArgumentException("--png-at must be >= 0 s, was " + t);
                }
                String name = setup.name().replaceAll("[^A-Za-z0-9._=-]+", "_") + "-t" + t + ".png";
                files.put(Math.round(t * 1e9), outputFile(pngDir.resolve(name), 0, 1));
            }
            builder.optObserver(new SnapshotObserver(files, setup.seed(), plan));
        }
        return builder;
    }

    /** The known stack names, for help and completion. */
    static final class StackNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SimStacks.names().iterator();
        }
    }

    /** {@link #numbered} with its folder created. */
    private static Path outputFile(Path file, int index, int count) {
        Path numbered = numbered(file, index, count);
        Path parent = numbered.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder " + parent + " for " + numbered, e);
        }
        return numbered;
    }

    /** {@code file} itself for a single run, else {@code name-N.ext} for run N (from 1). */
    private static Path numbered(Path file, int index, int count) {
        if (count == 1) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + (index + 1) + name.substring(dot)
                : name + "-" + (index + 1);
        return file.resolveSibling(numbered);
    }
}
