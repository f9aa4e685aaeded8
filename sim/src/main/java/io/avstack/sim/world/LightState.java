package io.avstack.sim.world;

/** The aspect a traffic light shows. */
public enum LightState {
    GREEN,
    YELLOW,
    RED
}
