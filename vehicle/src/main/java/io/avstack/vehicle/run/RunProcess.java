package io.avstack.vehicle.run;

import io.avstack.sim.run.RunMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The onboard process's lifecycle: choose the input, run it, stop cleanly on request. */
public final class RunProcess {

    /** How long SIGTERM waits for the run to finish its files, s. */
    static final long SHUTDOWN_GRACE_S = 15;

    /**
     * @param metrics the simulated run's metrics; null for drivers input or a stopped run
     * @param logFile the drive log written, or null
     * @param stopped true when a stop request ended the run
     */
    public record Outcome(RunMetrics metrics, Path logFile, boolean stopped) {
    }

    private RunProcess() {
    }

    /**
     * Runs {@code config} with a JVM shutdown hook (SIGTERM, Ctrl-C) that requests a stop and waits
     * until the run has finished its files, and prints the outcome to {@code out}.
     */
    public static Outcome runWithShutdownHook(RunConfig config, Path baseDir, PrintWriter out) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                done.await(SHUTDOWN_GRACE_S, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "avstack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Outcome o = run(config, baseDir, stop, out);
            // report before releasing the hook: once it returns the JVM may halt
            if (o.metrics() != null) {
                out.println(o.metrics().summaryLine());
            }
            if (o.logFile() != null) {
                out.println("drive log: " + o.logFile());
            }
            out.println(o.stopped() ? "stopped on request" : "finished");
            out.flush();
            return o;
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for done, which is now counted down
            }
        }
    }

    /** Runs {@code config} until its inputs end, its duration passes, or {@code stop} is set. */
    public static Outcome run(RunConfig config, Path baseDir, AtomicBoolean stop, PrintWriter out) throws Exception {
        if (config.sim() != null) {
            Path logFile = config.log() == null ? null : newLogFile(baseDir.resolve(config.log().dir()),
                    Path.of(config.sim().scenario()).getFileName().toString().replaceAll("\\.ya?ml$", ""));
            RunMetrics m = SimRun.run(config, baseDir, stop, logFile);
            return new Outcome(m, logFile, m == null);
        }
        OnboardRun.run(config, baseDir, stop, out);
        return new Outcome(null, null, stop.get());
    }

    /** {@code dir/name.avlog}, or {@code name-N.avlog} for the first N not taken (a log is never overwritten). */
    static Path newLogFile(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(name + ".avlog");
        for (int n = 1; Files.exists(p); n++) {
            p = dir.resolve(name + "-" + n + ".avlog");
        }
        return p;
    }
}
