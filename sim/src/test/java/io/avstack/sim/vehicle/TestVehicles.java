package io.avstack.sim.vehicle;

/** Vehicle parameters shared by the tests: a mid-size car. */
final class TestVehicles {

    static final double DT_S = 0.01;

    private TestVehicles() {
    }

    static VehicleParams car(double actuationDelayS) {
        return new VehicleParams(2.8, 4.7, 1.85, 1.0, 3.0, 9.0, 0.6, 0.8, null, actuationDelayS, 50.0);
    }

    static VehicleParams carWithJerkLimit(double maxJerkMps3) {
        return new VehicleParams(2.8, 4.7, 1.85, 1.0, 3.0, 9.0, 0.6, 0.8, maxJerkMps3, 0.0, 50.0);
    }
}
