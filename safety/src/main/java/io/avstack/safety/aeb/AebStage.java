package io.avstack.safety.aeb;

/** The emergency-braking stage, mildest first. */
public enum AebStage {
    /** No collision threat. */
    OFF,
    /** A collision is close: warn (published with the safety status), do not brake yet. */
    WARNING,
    /** A collision is imminent: brake with the emergency deceleration. */
    BRAKE
}
