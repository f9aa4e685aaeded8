package io.avstack.vehicle.regress;

import io.avstack.sim.scenario.ScenarioRun;
import java.util.List;
import java.util.Objects;

/**
 * One run of the regression suite: a scenario run (file, swept parameters, seed) under one fault
 * set.
 *
 * @param index    position in the suite, from 0 (results are reported in this order)
 * @param run      the scenario run, its seed already set
 * @param faultSet fault set name ({@link FaultSets})
 * @param faults   the set's fault specs plus the scenario file's own
 */
public record RegressionCase(int index, ScenarioRun run, String faultSet, List<String> faults) {

    public RegressionCase {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(faultSet, "faultSet");
        faults = List.copyOf(faults);
    }

    /** A file-name-safe unique id, e.g. {@code 0007-ccrs_v_kph=20-s1-none}. */
    public String id() {
        String raw = String.format(java.util.Locale.ROOT, "%04d-%s-s%d-%s", index, run.name(), run.seed(), faultSet);
        return raw.replaceAll("[^A-Za-z0-9._=-]+", "_");
    }

    /** The fault set for reports: null when no fault is injected. */
    public String faultOrNull() {
        return faultSet.equals(FaultSets.NONE) ? null : faultSet;
    }
}
