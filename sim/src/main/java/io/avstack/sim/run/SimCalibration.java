package io.avstack.sim.run;

import io.avstack.core.config.ConfigLoader;
import io.avstack.core.geom.Calibration;

/** The calibration of the simulated reference vehicle, shipped as a resource. */
public final class SimCalibration {

    /** Classpath resource of the default calibration. */
    public static final String RESOURCE = "io/avstack/sim/sim-vehicle-calibration.yaml";
    public static final String CAMERA_FRONT = "camera_front";

    private SimCalibration() {
    }

    public static Calibration load() {
        return ConfigLoader.loadResource(RESOURCE, Calibration.class);
    }
}
