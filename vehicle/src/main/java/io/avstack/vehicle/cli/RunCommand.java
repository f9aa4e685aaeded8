package io.avstack.vehicle.cli;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import io.avstack.vehicle.run.RunConfig;
import io.avstack.vehicle.run.RunProcess;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avstack run --config FILE}: the onboard process (docs/RUN.md). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Runs the onboard process described by a run config (docs/RUN.md; examples in config/run/): the",
            "simulator or real sensor drivers, the stack, on the in-process bus or MQTT, recording a drive",
            "log. Stops at the end of the inputs, after durationS, or on SIGTERM/Ctrl-C with every file",
            "finished. Exit 0 when the run completed (a simulated run's verdict is printed, as by avstack sim),",
            "1 when it broke off with an error, 2 for a bad config."})
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "Run config (YAML).")
    Path config;

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "Folder relative paths in the config are resolved against (default: the current folder).")
    Path baseDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunConfig cfg;
        try {
            if (!Files.isRegularFile(config)) {
                err.println("avstack run: config file not found: " + config);
                return 2;
            }
            cfg = ConfigLoader.load(config, RunConfig.class);
        } catch (ConfigException e) {
            err.println("avstack run: " + e.getMessage());
            return 2;
        }
        Path base = baseDir != null ? baseDir : Path.of("");
        try {
            RunProcess.runWithShutdownHook(cfg, base, out);
            return 0;
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("avstack run: " + config + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("avstack run: " + e);
            return 1;
        }
    }
}
