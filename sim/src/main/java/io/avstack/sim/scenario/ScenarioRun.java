package io.avstack.sim.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One run of a scenario file: a resolved spec, the parameter values it was resolved with, its seed
 * and where it came from.
 *
 * @param name        unique within its file: the spec's name, plus the swept values in brackets
 *                    when the file has a sweep, e.g. {@code ccrs[egoSpeedKph=30,overlapPct=50]}
 * @param spec        the resolved scenario
 * @param parameters  every parameter's value as substituted, in declaration order (unmodifiable)
 * @param seed        seed of all random generators of the run (override, else the spec's default)
 * @param sourceFile  the scenario file
 */
public record ScenarioRun(String name, ScenarioSpec spec, Map<String, String> parameters, long seed,
        Path sourceFile) {

    public ScenarioRun {
        Objects.requireNonNull(name, "ScenarioRun.name");
        Objects.requireNonNull(spec, "ScenarioRun.spec");
        Objects.requireNonNull(sourceFile, "ScenarioRun.sourceFile");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
