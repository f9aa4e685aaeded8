package io.avstack.vehicle.cli;

import io.avstack.core.config.ConfigException;
import io.avstack.core.log.DriveLogReader;
import io.avstack.vehicle.replay.ReplayResult;
import io.avstack.vehicle.replay.ReplayRunner;
import io.avstack.vehicle.replay.RunIdentity;
import io.avstack.vehicle.stack.SimStack;
import io.avstack.vehicle.stack.SimStacks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code avstack replay}: re-runs the stack on a drive log's inputs and compares its outputs with
 * the logged ones (docs/REGRESSION.md, "Replay").
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {
            "Re-runs the stack that recorded LOG (avstack sim --record) on the log's inputs (sensors, ego",
            "state, ground truth) and compares every output message field by field with the logged one.",
            "Exit 0 when identical (or without --compare); 1 on a difference; 2 for a bad log or option."})
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LOG", description = "Drive log recorded by 'avstack sim --record'.")
    Path log;

    @Option(names = "--compare", description = "Compare the replayed outputs with the logged ones; exit 1 on a difference.")
    boolean compare;

    @Option(names = "--update-refs", description = "Rewrite LOG with the replayed outputs (after an intended change).")
    boolean updateRefs;

    @Option(names = "--scenario-root", paramLabel = "DIR",
            description = "Folder the log's relative scenario path is resolved against (default: the current"
                    + " folder or the nearest parent holding it).")
    Path scenarioRoot;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(log)) {
            err.println("avstack replay: drive log not found: " + log);
            return 2;
        }
        try {
            RunIdentity id;
            try (DriveLogReader reader = DriveLogReader.open(log)) {
                id = RunIdentity.fromMetadata(reader.metadata(), log);
            }
            SimStack stack = SimStacks.byName(id.stack());
            Path root = scenarioRoot != null ? scenarioRoot : findRoot(id.scenarioFile());
            ReplayResult r = updateRefs ? ReplayRunner.updateReference(log, stack, root)
                    : ReplayRunner.replay(log, stack, root);
            out.printf("replay %s: stack %s, %d inputs; outputs logged %s, replayed %s%n", log, stack.name(),
                    r.inputs(), r.loggedOutputs(), r.replayedOutputs());
            if (!r.kernelNote().isEmpty()) {
                out.println("note: " + r.kernelNote());
            }
            if (updateRefs) {
                out.println(r.identical() ? "reference unchanged" : "reference updated; it differed: "
                        + r.firstDifference().orElseThrow());
                return 0;
            }
            if (!compare) {
                return 0;
            }
            if (r.identical()) {
                out.println("identical: every output message matches the log");
                return 0;
            }
            out.println("DIFFERENT: " + r.differences().size() + " topic(s) differ; first: " + r.firstDifference().orElseThrow());
            for (String d : r.differences()) {
                out.println("  " + d);
            }
            return 1;
        } catch (IOException | ConfigException | IllegalArgumentException e) {
            err.println("avstack replay: " + e.getMessage());
            return 2;
        }
    }

    /** The current folder, or the nearest parent in which {@code scenario} exists. */
    static Path findRoot(Path scenario) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(scenario))) {
                return d;
            }
        }
        return dir;
    }
}
