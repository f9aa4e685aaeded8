package io.avstack.core.msg;

/** What a detected, tracked or simulated object is. */
public enum ObjectClass {
    CAR,
    TRUCK,
    BUS,
    PEDESTRIAN,
    CYCLIST,
    MOTORCYCLIST,
    /** Something is there, class not known: treated as an obstacle. */
    UNKNOWN
}
