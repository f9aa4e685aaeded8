package io.avstack.vehicle.regress;

import io.avstack.sim.run.RunMetrics;
import io.avstack.sim.run.Verdict;
import java.util.Objects;

/**
 * The outcome of one regression case.
 *
 * @param regressionCase the case
 * @param metrics        the sim report's metrics and verdict; null when the run could not be set up
 * @param error          why the run could not be set up or crashed; null when it ran
 * @param trace          the plotted time series (empty when the run did not start)
 * @param video          path of the failure video relative to the report folder, or null
 */
public record CaseResult(RegressionCase regressionCase, RunMetrics metrics, String error, RunTrace trace,
                         String video) {

    public CaseResult {
        Objects.requireNonNull(regressionCase, "regressionCase");
        Objects.requireNonNull(trace, "trace");
        if ((metrics == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of metrics and error must be set");
        }
    }

    public boolean passed() {
        return metrics != null && metrics.verdict() == Verdict.PASS;
    }

    /** Why it failed, for humans: the verdict's reasons or the error; empty when it passed. */
    public String reason() {
        if (error != null) {
            return "error: " + error;
        }
        return String.join("; ", metrics.reasons());
    }

    public CaseResult withVideo(String path) {
        return new CaseResult(regressionCase, metrics, error, trace, path);
    }
}
