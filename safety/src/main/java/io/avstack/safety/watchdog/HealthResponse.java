package io.avstack.safety.watchdog;

/** What a failed input calls for, mildest first. */
public enum HealthResponse {
    /** All inputs healthy. */
    NONE,
    /** Keep driving, slower: the stack still sees enough to drive, with less margin. */
    SPEED_CAP,
    /** Minimal-risk manoeuvre: controlled stop in lane, hazard lights requested. */
    MRM
}
