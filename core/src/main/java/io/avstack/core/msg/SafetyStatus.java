package io.avstack.core.msg;

import java.util.Objects;

/**
 * The safety layer's verdict on the current cycle's plan, published every cycle (~50 bytes plus the reason).
 *
 * @param verdict      what the arbiter did with the plan
 * @param reason       why, for humans and logs; non-blank whenever {@code verdict != PASS}
 * @param degradedMode the degraded mode in force, {@link DegradedMode#NONE} when all inputs are healthy
 */
public record SafetyStatus(Header header, Verdict verdict, String reason, DegradedMode degradedMode)
        implements Message {

    /** What the arbiter did with the proposed plan. */
    public enum Verdict {
        /** Plan passed unchanged. */
        PASS,
        /** Plan kept but limited (e.g. harder braking, lower speed). */
        CLAMP,
        /** Plan replaced by a minimal-risk manoeuvre. */
        OVERRIDE_MRM
    }

    /** Why the stack is not running on healthy inputs. Each maps to a defined response. */
    public enum DegradedMode {
        NONE,
        STALE_SENSOR,
        MISSING_SENSOR,
        PLANNER_TIMEOUT,
        DETECTOR_FAILURE,
        BUS_DISCONNECT
    }

    public SafetyStatus {
        Objects.requireNonNull(header, "SafetyStatus.header");
        Objects.requireNonNull(verdict, "SafetyStatus.verdict");
        Objects.requireNonNull(reason, "SafetyStatus.reason");
        Objects.requireNonNull(degradedMode, "SafetyStatus.degradedMode");
        if (verdict != Verdict.PASS && reason.isBlank()) {
            throw Checks.fail("SafetyStatus.reason", "non-blank for verdict " + verdict, "\"" + reason + "\"");
        }
    }
}
