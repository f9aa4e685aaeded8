package io.avstack.vehicle.cli;

import io.avstack.core.config.ConfigException;
import io.avstack.vehicle.regress.CaseResult;
import io.avstack.vehicle.regress.FaultSets;
import io.avstack.vehicle.regress.HtmlReport;
import io.avstack.vehicle.regress.JUnitXml;
import io.avstack.vehicle.regress.RegressionCase;
import io.avstack.vehicle.regress.RegressionPlan;
import io.avstack.vehicle.regress.RegressionRunner;
import io.avstack.vehicle.regress.SummaryJson;
import io.avstack.vehicle.stack.SimStack;
import io.avstack.vehicle.stack.SimStacks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code avstack regress}: the safety regression suite — scenario catalogue x seeds x fault sets,
 * run in parallel, with summary.json, JUnit XML and an HTML report (docs/REGRESSION.md).
 */
@Command(name = "regress", mixinStandardHelpOptions = true,
        description = {
            "Runs scenario files x seeds x fault sets in parallel and writes summary.json, junit.xml and",
            "report.html (with videos of failed runs) into the report folder (docs/REGRESSION.md).",
            "Exit 0 only if every run passes its criteria; 1 if any fails; 2 for bad input."})
public final class RegressCommand implements Callable<Integer> {

    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    @Parameters(paramLabel = "SCENARIOS", arity = "0..*",
            description = "Scenario files or folders (default: scenarios/).")
    List<Path> scenarios = new ArrayList<>();

    @Option(names = "--seeds", defaultValue = "1",
            description = "Seeds per run: the file's default seed, then +1, ... (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--faults", defaultValue = FaultSets.NONE,
            description = "Fault sets, comma-separated: none, camera_blackout, lidar_dropout, radar_ghosts, or all"
                    + " (default ${DEFAULT-VALUE}).")
    String faults;

    @Option(names = "--jobs", description = "Parallel runs (default: the number of CPU cores).")
    Integer jobs;

    @Option(names = "--stack", defaultValue = "builtin", description = "What drives the ego (default ${DEFAULT-VALUE}).")
    String stack;

    @Option(names = "--report-dir", defaultValue = "out/regress",
            description = "Folder for summary.json, junit.xml, report.html and videos/ (default ${DEFAULT-VALUE}).")
    Path reportDir;

    @Option(names = "--videos", defaultValue = "10",
            description = "Record a video of at most this many failed runs (0: none; default ${DEFAULT-VALUE}).")
    int maxVideos;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RegressionCase> cases;
        SimStack simStack;
        RegressionRunner runner;
        try {
            simStack = SimStacks.byName(stack);
            List<Path> paths = scenarios.isEmpty() ? List.of(Path.of("scenarios")) : scenarios;
            cases = RegressionPlan.expand(paths, seeds, FaultSets.parse(faults));
            runner = new RegressionRunner(simStack, jobs != null ? jobs : Runtime.getRuntime().availableProcessors(), out);
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("avstack regress: " + e.getMessage());
            return BAD_INPUT;
        }
        out.printf(Locale.ROOT, "avstack regress: %d runs, stack %s, %d jobs%n", cases.size(), simStack.name(),
                jobs != null ? jobs : Runtime.getRuntime().availableProcessors());
        out.flush();
        long startNs = System.nanoTime(); // suite wall time for the report only
        List<CaseResult> results = runner.runAll(cases);
        double wallS = (System.nanoTime() - startNs) / 1e9;
        if (maxVideos > 0) {
            results = runner.recordFailureVideos(results, reportDir, maxVideos);
        }
        int passed = 0;
        for (CaseResult r : results) {
            passed += r.passed() ? 1 : 0;
        }
        try {
            Files.createDirectories(reportDir);
            Files.writeString(reportDir.resolve("summary.json"), SummaryJson.toJson(SummaryJson.of(results, wallS)),
                    StandardCharsets.UTF_8);
            Files.writeString(reportDir.resolve("junit.xml"), JUnitXml.of(results, wallS), StandardCharsets.UTF_8);
            Files.writeString(reportDir.resolve("report.html"), HtmlReport.of(results, wallS), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("avstack regress: cannot write the report into " + reportDir + ": " + e.getMessage());
            return FAILED;
        }
        out.printf(Locale.ROOT, "%d runs, %d passed, %d failed in %.1f s; report: %s%n", results.size(), passed,
                results.size() - passed, wallS, reportDir.resolve("report.html"));
        return passed == results.size() ? 0 : FAILED;
    }
}
