package io.avstack.vehicle.replay;

import io.avstack.core.log.DriveLogMetadata;
import io.avstack.sim.scenario.ScenarioRun;
import io.avstack.vehicle.stack.SimStack;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a simulated drive log must say about its run so replay can rebuild the same stack: the
 * scenario file, the run's parameters and seed, the stack's name, and the fingerprint of its
 * networks' CPU kernels. Stored as drive-log metadata properties ({@code scenario.file},
 * {@code param.<name>}, {@code stack}, {@code cnn.fingerprint}).
 *
 * @param scenarioFile      the scenario file, as given when recording
 * @param parameters        the run's parameter values
 * @param seed              the run's seed
 * @param stack             the {@link io.avstack.vehicle.stack.SimStack} name
 * @param kernelFingerprint {@link io.avstack.perception.nn.KernelFingerprint} of the stack's networks
 *                          on the recording machine; empty for a stack without networks or a log
 *                          recorded before it was stored
 */
public record RunIdentity(Path scenarioFile, Map<String, String> parameters, long seed, String stack,
        String kernelFingerprint) {

    static final String FILE = "scenario.file";
    static final String PARAM = "param.";
    static final String STACK = "stack";
    static final String FINGERPRINT = "cnn.fingerprint";

    public static RunIdentity of(ScenarioRun run, SimStack stack) {
        return of(run, run.sourceFile(), stack);
    }

    /** Like {@link #of(ScenarioRun, SimStack)} with the scenario path as the user gave it (relative to a base folder). */
    public static RunIdentity of(ScenarioRun run, Path scenarioFile, SimStack stack) {
        return new RunIdentity(scenarioFile, run.parameters(), run.seed(), stack.name(), stack.kernelFingerprint());
    }

    /** The metadata to record, with {@code scenarioName} as the log's scenario. */
    public DriveLogMetadata toMetadata(String scenarioName) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(FILE, scenarioFile.toString().replace('\\', '/'));
        props.put(STACK, stack);
        if (!kernelFingerprint.isEmpty()) {
            props.put(FINGERPRINT, kernelFingerprint);
        }
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
        return new RunIdentity(Path.of(file), params, m.seed(), stack, m.properties().getOrDefault(FINGERPRINT, ""));
    }
}
