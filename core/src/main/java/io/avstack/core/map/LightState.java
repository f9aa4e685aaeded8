package io.avstack.core.map;

/** The aspect a traffic light shows. */
public enum LightState {
    GREEN,
    YELLOW,
    RED
}
