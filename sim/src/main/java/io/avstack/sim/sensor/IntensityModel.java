package io.avstack.sim.sensor;

/** How the simulated lidar turns a surface hit into an intensity in [0, 1]. */
public enum IntensityModel {
    /** Diffuse (Lambertian) surface: reflectivity times the cosine of the incidence angle. */
    LAMBERTIAN,
    /** Reflectivity only, independent of the incidence angle. */
    REFLECTIVITY
}
