package io.avstack.sim.world;

/** A side of a lane as seen by a driver travelling in the lane's own direction. */
public enum LaneSide {
    LEFT,
    RIGHT
}
