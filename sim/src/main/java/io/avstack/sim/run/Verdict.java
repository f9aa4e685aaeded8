package io.avstack.sim.run;

/** Outcome of a run against its {@link PassCriteria}. */
public enum Verdict {
    PASS,
    FAIL
}
