package io.avstack.vehicle.regress;

import io.avstack.sim.fault.FaultSpecs;
import io.avstack.sim.run.FaultHook;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.RunMetrics;
import io.avstack.sim.run.RunVideoObserver;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.vehicle.stack.SimStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * Runs regression cases in parallel, each in its own lockstep simulation (runs share nothing, so
 * a case's result does not depend on the job count or on its neighbours), and prints one progress
 * line per finished case. Results come back in case order.
 */
public final class RegressionRunner {

    /** Period of the plotted time series, s. */
    public static final double TRACE_PERIOD_S = 0.1;

    private final SimStack stack;
    private final int jobs;
    private final PrintWriter progress;

    /**
     * @param stack    what drives the ego
     * @param jobs     parallel runs, >= 1
     * @param progress where progress lines go (flushed per line)
     */
    public RegressionRunner(SimStack stack, int jobs, PrintWriter progress) {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be >= 1, was " + jobs);
        }
        this.stack = Objects.requireNonNull(stack, "stack");
        this.jobs = jobs;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Runs every case; never throws for a failing or broken case (it becomes an error result). */
    public List<CaseResult> runAll(List<RegressionCase> cases) {
        AtomicInteger done = new AtomicInteger();
        return parallel(cases, RegressionRunner::simulatedS, c -> {
            CaseResult r = runOne(c, null);
            report(done.incrementAndGet(), cases.size(), r);
            return r;
        });
    }

    /**
     * Runs the failed results' cases again with a video observer writing {@code dir/ID.mp4} (runs
     * are deterministic, so the video shows the very run that failed); at most {@code max}.
     * Returns all results, failed ones carrying their video path relative to {@code reportDir}.
     */
    public List<CaseResult> recordFailureVideos(List<CaseResult> results, Path reportDir, int max) {
        List<CaseResult> failed = new ArrayList<>();
        for (CaseResult r : results) {
            if (!r.passed() && r.metrics() != null && failed.size() < max) {
                failed.add(r);
            }
        }
        List<CaseResult> withVideo = parallel(failed, r -> simulatedS(r.regressionCase()), r -> {
            String rel = "videos/" + r.regressionCase().id() + ".mp4";
            CaseResult again = runOne(r.regressionCase(), reportDir.resolve(rel));
            return again.error() == null ? r.withVideo(rel) : r;
        });
        List<CaseResult> out = new ArrayList<>(results);
        for (CaseResult v : withVideo) {
            out.set(results.indexOf(findSame(results, v)), v);
        }
        return out;
    }

    private static CaseResult findSame(List<CaseResult> results, CaseResult v) {
        for (CaseResult r : results) {
            if (r.regressionCase().index() == v.regressionCase().index()) {
                return r;
            }
        }
        throw new IllegalStateException("no result for case " + v.regressionCase().index());
    }

    /** One case, optionally with a video; errors in setting it up or running it become an error result. */
    CaseResult runOne(RegressionCase c, Path video) {
        RunTrace trace = new RunTrace(TRACE_PERIOD_S);
        try {
            SimSetup setup = ScenarioSetups.of(c.run());
            LockstepRunner.Builder b = LockstepRunner.builder(setup).optTrace(trace);
            stack.install(b, setup);
            if (!c.faults().isEmpty()) {
                b.optSensorOutputHook(new FaultHook(FaultSpecs.parseAll(c.faults()), setup.seed()));
            }
            if (video != null) {
                java.nio.file.Files.createDirectories(video.toAbsolutePath().getParent());
                b.optObserver(new RunVideoObserver(video, setup.seed()));
            }
            RunMetrics m = b.build().run();
            return new CaseResult(c, m, null, trace, null);
        } catch (Exception | StackOverflowError e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new CaseResult(c, null, msg, trace, null);
        }
    }

    private void report(int n, int total, CaseResult r) {
        RegressionCase c = r.regressionCase();
        String verdict = r.error() != null ? "ERROR" : r.metrics().verdict().name();
        String line = String.format(Locale.ROOT, "[%" + Integer.toString(total).length() + "d/%d] %-5s %s seed=%d fault=%s",
                n, total, verdict, c.run().name(), c.run().seed(), c.faultSet());
        if (!r.passed()) {
            line += " -- " + r.reason();
        }
        synchronized (progress) {
            progress.println(line);
            progress.flush();
        }
    }

    private interface Task<I, O> {
        O apply(I in) throws Exception;
    }

    /** A case's cost estimate for scheduling: its scenario's simulated duration, s. */
    static double simulatedS(RegressionCase c) {
        return c.run().spec().durationS();
    }

    /**
     * The order in which {@link #parallel} starts its inputs: costliest first (ties in input
     * order), so the last runs to finish are short ones and no worker idles at the end of a suite
     * while another finishes a long run. Results do not depend on it (runs share nothing).
     */
    public static <I> List<Integer> startOrder(List<I> inputs, ToDoubleFunction<I> cost) {
        List<Integer> order = new ArrayList<>(inputs.size());
        double[] costs = new double[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
            costs[i] = cost.applyAsDouble(inputs.get(i));
        }
        order.sort((a, b) -> costs[a] != costs[b] ? Double.compare(costs[b], costs[a]) : Integer.compare(a, b));
        return order;
    }

    private <I, O> List<O> parallel(List<I> inputs, ToDoubleFunction<I> cost, Task<I, O> task) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, inputs.size())), r -> {
            Thread t = new Thread(r, "regress-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<O>> futures = new ArrayList<>(Collections.nCopies(inputs.size(), (Future<O>) null));
            for (int i : startOrder(inputs, cost)) {
                I in = inputs.get(i);
                futures.set(i, pool.submit(() -> task.apply(in)));
            }
            List<O> out = new ArrayList<>(inputs.size());
            for (Future<O> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("regression run interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("regression task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
