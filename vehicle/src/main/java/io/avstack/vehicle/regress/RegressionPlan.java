package io.avstack.vehicle.regress;

import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.sim.scenario.ScenarioRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Expands scenario files x seeds x fault sets into the ordered list of regression cases. */
public final class RegressionPlan {

    private RegressionPlan() {
    }

    /**
     * The cases, in order: by file as given (folders expand to their scenario files by name), then
     * each file's sweep order, then seed, then fault set.
     *
     * @param paths     scenario files or folders
     * @param seeds     seeds per run: the file's default seed, then default+1, ...
     * @param faultSets fault set names ({@link FaultSets#parse})
     * @throws io.avstack.core.config.ConfigException for a bad scenario file (file, line and key named)
     * @throws IllegalArgumentException for a missing path or a bad fault set
     */
    public static List<RegressionCase> expand(List<Path> paths, int seeds, List<String> faultSets) {
        if (seeds < 1) {
            throw new IllegalArgumentException("--seeds must be >= 1, was " + seeds);
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(ScenarioLoader.scenarioFiles(p));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("scenario file or folder not found: " + p);
            }
        }
        List<RegressionCase> cases = new ArrayList<>();
        for (Path file : files) {
            for (ScenarioRun base : ScenarioLoader.load(file)) {
                for (int k = 0; k < seeds; k++) {
                    ScenarioRun run = k == 0 ? base : new ScenarioRun(base.name(), base.spec(), base.parameters(),
                            base.seed() + k, base.sourceFile());
                    for (String set : faultSets) {
                        List<String> faults = new ArrayList<>(FaultSets.specs(set));
                        faults.addAll(run.spec().faults());
                        cases.add(new RegressionCase(cases.size(), run, set, faults));
                    }
                }
            }
        }
        return cases;
    }
}
