package io.avstack.drivers.radar;

/** Why a radar CAN frame or cycle was dropped (counted, never thrown). */
public enum RadarRejection {
    NONE,
    /** Not an object-list message of this sensor. */
    OTHER_ID,
    /** Payload length does not match the message. */
    WRONG_LENGTH,
    /** Object message before any status message (cycle start unknown). */
    NO_CYCLE,
    /** A cycle ended with fewer objects than announced (published, marked invalid). */
    INCOMPLETE_CYCLE
}
