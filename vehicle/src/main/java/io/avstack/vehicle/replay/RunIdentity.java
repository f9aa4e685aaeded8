package io.avstack.vehicle.replay;

import io.avstack.core.log.DriveLogMetadata;
import io.avstack.sim.scenario.ScenarioRun;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a simulated drive log must say about its run so replay can rebuild the same stack: the
 * scenario file, the run's parameters and seed, and the stack's name. Stored as drive-log
 * metadata properties ({@code scenario.file}, {@code param.<name>}, {@code stack}).
 *
 * @param scenarioFile the scenario file, as given when recording
 * @param parameters   the run's parameter values
 * @param seed         the run's seed
 * @param stack        the {@link io.avstack.vehicle.stack.SimStack} name
 */
public record RunIdentity(Path scenarioFile, Map<String, String> parameters, long seed, String stack) {

    static final String FILE = "scenario.file";
    static final String PARAM = "param.";
    static final String STACK = "stack";

    public static RunIdentity of(ScenarioRun run, String stack) {
        return of(run, run.sourceFile(), stack);
    }

    /** Like {@link #of(ScenarioRun, String)} with the scenario path as the user gave it (relative to a base folder). */
    public static RunIdentity of(ScenarioRun run, Path scenarioFile, String stack) {
        return new RunIdentity(scenarioFile, run.parameters(), run.seed(), stack);
    }

    /** The metadata to record, with {@code scenarioName} as the log's scenario. */
    public DriveLogMetadata toMetadata(String scenarioName) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(FILE, scenarioFile.toString().replace('\\', '/'));
        props.put(STACK, stack);
        parameters.forEach((k, v) -> props.put(PARAM + k, v));
        return new DriveLogMetadata(scenarioName, seed, 0L, props);
    }

    /**
     * The identity stored in {@code m}.
     *
     * @param logFile for the error message
     * @throws IllegalArgumentException naming the log and the missing property when the log was not
     *     recorded by {@code avstack sim --record} (e.g. an onboard drive)
     */
    public static RunIdentity fromMetadata(DriveLogMetadata m, Path logFile) {
        String file = m.properties().get(FILE);
        String stack = m.properties().get(STACK);
        if (file == null || stack == null) {
            throw new IllegalArgumentException("drive log " + logFile + " has no '" + (file == null ? FILE : STACK)
                    + "' property: only logs recorded by 'avstack sim --record' can be replayed against the stack");
        }
        Map<String, String> params = new LinkedHashMap<>();
        m.properties().forEach((k, v) -> {
            if (k.startsWith(PARAM)) {
                params.put(k.substring(PARAM.length()), v);
            }
        });
        return new RunIdentity(Path.of(file), params, m.seed(), stack);
    }
}
