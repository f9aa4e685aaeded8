package io.avstack.vehicle.cli;

import io.avstack.vehicle.bench.PlanningBenchmark;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code avstack bench planning}: planning-cycle and controller time on a synthetic motorway scene
 * (docs/PLANNING.md). Targets: planning p99 &lt;= 5 ms with 30 objects, controller p99 &lt;= 0.2 ms.
 */
@Command(name = "planning", mixinStandardHelpOptions = true,
        description = {"Planning cycle and controller time (p50/p99, one thread) with --objects road users.",
            "--json prints {\"planning\": {\"p50_ms\": x, \"p99_ms\": x}, \"controller\": {\"p50_ms\": x, \"p99_ms\": x}}."})
public final class BenchPlanningCommand implements Callable<Integer> {

    @Option(names = "--objects", defaultValue = "30", description = "Road users in the scene (default ${DEFAULT-VALUE}).")
    int objects;

    @Option(names = "--cycles", defaultValue = "2000", description = "Measured planning cycles (default ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--warmup", defaultValue = "1000", description = "Unmeasured cycles first, for the JIT (default ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the scene (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (objects < 0 || cycles <= 0 || warmUp < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--objects and --warmup must be >= 0 and --cycles > 0, were " + objects + ", " + warmUp + ", " + cycles);
        }
        PlanningBenchmark.Result r = PlanningBenchmark.run(objects, warmUp, cycles, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"planning\": {\"p50_ms\": %.3f, \"p99_ms\": %.3f}, "
                    + "\"controller\": {\"p50_ms\": %.4f, \"p99_ms\": %.4f}}%n", r.planning().p50Ms(), r.planning().p99Ms(),
                    r.controller().p50Ms(), r.controller().p99Ms());
        } else {
            out.printf(Locale.ROOT, "planning cycle (%d objects, %d cycles after %d warm-up): p50 %.3f ms, p99 %.3f ms"
                    + " (target p99 <= 5 ms); %d fallbacks%n", r.objects(), r.planning().samples(), warmUp,
                    r.planning().p50Ms(), r.planning().p99Ms(), r.fallbacks());
            out.printf(Locale.ROOT, "planning cycle, thread CPU time: p50 %.3f ms, p99 %.3f ms"
                    + " (a wall-clock tail far above it means the machine was busy)%n",
                    r.planningCpu().p50Ms(), r.planningCpu().p99Ms());
            out.printf(Locale.ROOT, "controller (%d commands): p50 %.4f ms, p99 %.4f ms (target p99 <= 0.2 ms)%n",
                    r.controller().samples(), r.controller().p50Ms(), r.controller().p99Ms());
        }
        out.flush();
        return 0;
    }
}
