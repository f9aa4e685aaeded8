package io.avstack.vehicle.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code avstack bench}: benchmarks that print measured numbers (docs/BENCHMARKS.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print measured numbers (see docs/BENCHMARKS.md).",
        subcommands = {BenchSimCommand.class, BenchPerceptionCommand.class, BenchLidarCommand.class,
            BenchPlanningCommand.class, BenchFusionCommand.class, BenchE2eCommand.class,
            CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
