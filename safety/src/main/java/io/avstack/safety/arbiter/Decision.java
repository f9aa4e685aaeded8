package io.avstack.safety.arbiter;

import io.avstack.core.msg.SafetyStatus.DegradedMode;
import io.avstack.core.msg.SafetyStatus.Verdict;
import io.avstack.safety.aeb.AebStage;

/** The safety layer's output of one cycle. Mutable, reused. */
public final class Decision {
    /** Whether a command is due this cycle (a new planner command, or an override while the planner is silent). */
    public boolean publish;
    /** The final command: finite and within the vehicle's limits whenever {@link #publish}. */
    public double accelMps2;
    public double steeringRad;
    public Verdict verdict = Verdict.PASS;
    public DegradedMode mode = DegradedMode.NONE;
    /** Why; empty only when nothing is worth saying. */
    public String reason = "";
    /** Stable name of the main cause (no numbers), to publish the status when it changes. */
    public String cause = "";
    public AebStage aebStage = AebStage.OFF;
    /** The minimal-risk manoeuvre is running: hazard lights requested. */
    public boolean hazardRequested;
}
