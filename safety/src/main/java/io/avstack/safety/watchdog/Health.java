package io.avstack.safety.watchdog;

import io.avstack.core.msg.SafetyStatus.DegradedMode;

/** The watchdogs' verdict for one cycle. Mutable, reused. */
public final class Health {
    /** The response the worst current (or recovering) failure calls for. */
    public HealthResponse response = HealthResponse.NONE;
    /** The degraded mode of that failure; {@link DegradedMode#NONE} when healthy. */
    public DegradedMode mode = DegradedMode.NONE;
    /** Every current failure, "; "-separated; empty when healthy. */
    public String reason = "";
    /** Inputs fresh and valid enough to act on this cycle. */
    public boolean egoUsable;
    public boolean worldModelUsable;
    public boolean trajectoryUsable;
    public boolean plannerUsable;
    public boolean radarUsable;
    /** Whether the lidar may be used for emergency braking (fresh, valid). */
    public boolean lidarUsable;
}
