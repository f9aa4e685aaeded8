package io.avstack.vehicle.run;

import io.avstack.sim.run.DriveLogNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.RunMetrics;
import io.avstack.sim.run.RunReports;
import io.avstack.sim.run.RunVideoObserver;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SceneObserver;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.sim.scenario.ScenarioRun;
import io.avstack.vehicle.replay.RunIdentity;
import io.avstack.vehicle.stack.SimStack;
import io.avstack.vehicle.stack.SimStacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code avstack run} with the {@code sim} input: the scenario's first run in lockstep with the
 * configured stack hosted on the simulator's bus, optionally paced to the wall clock, recording a
 * drive log, a report and a video. A stop request (SIGTERM) ends it at the next tick with every
 * file finished.
 */
final class SimRun {

    /** Thrown from the pacing observer to end the run early; the runner's finally blocks close every file. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stop requested", null, false, false);
        }
    }

    private SimRun() {
    }

    /** Runs it; returns the metrics, or null when stopped before the end. */
    static RunMetrics run(RunConfig config, Path baseDir, AtomicBoolean stop, Path logFile) {
        RunConfig.SimInput in = config.sim();
        Path scenario = baseDir.resolve(in.scenario());
        List<ScenarioRun> runs = ScenarioLoader.load(scenario, in.params() == null ? Map.of() : in.params(), in.seed());
        ScenarioRun run = runs.get(0);
        SimSetup setup = ScenarioSetups.of(run);
        if (config.durationS() > 0) {
            setup = new SimSetup(setup.name(), setup.parameters(), setup.seed(), setup.road(), setup.egoParams(),
                    setup.egoStart(), setup.targetSpeedMps(), setup.actors(),
                    Math.min(setup.durationS(), config.durationS()), setup.routeLengthM(), setup.criteria());
        }
        SimStack stack = SimStacks.byName(in.stack());
        LockstepRunner.Builder b = LockstepRunner.builder(setup);
        stack.install(b, setup);
        b.optObserver(new Pacer(in.realtime(), stop));
        if (logFile != null) {
            b.optNode(new DriveLogNode(logFile, RunIdentity.of(run, Path.of(in.scenario()), stack).toMetadata(setup.name())));
        }
        if (in.video() != null) {
            b.optObserver(new RunVideoObserver(created(baseDir.resolve(in.video())), setup.seed()));
        }
        RunMetrics m;
        try {
            m = b.build().run();
        } catch (Stopped e) {
            return null;
        }
        if (in.report() != null) {
            RunReports.write(created(baseDir.resolve(in.report())), List.of(m));
        }
        return m;
    }

    private static Path created(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        return file;
    }

    /**
     * Sleeps so simulated time advances at {@code factor} times the wall clock (0: no pacing) and
     * ends the run when a stop is requested. Wall-clock reads here only pace; they never change
     * what the simulation computes.
     */
    static final class Pacer implements SceneObserver {
        private final double factor;
        private final AtomicBoolean stop;
        private long wallStartNs = -1;

        Pacer(double factor, AtomicBoolean stop) {
            this.factor = factor;
            this.stop = stop;
        }

        @Override
        public boolean wantsScene(long nowNs) {
            if (stop.get()) {
                throw new Stopped();
            }
            if (factor > 0) {
                if (wallStartNs < 0) {
                    wallStartNs = System.nanoTime();
                }
                long dueNs = wallStartNs + (long) (nowNs / factor);
                long waitNs = dueNs - System.nanoTime();
                if (waitNs > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(waitNs);
                }
            }
            return false;
        }

        @Override
        public void onScene(Scene scene) {
        }
    }
}
