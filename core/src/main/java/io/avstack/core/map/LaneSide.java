package io.avstack.core.map;

/** A side of a lane as seen by a driver travelling in the lane's own direction. */
public enum LaneSide {
    LEFT,
    RIGHT
}
