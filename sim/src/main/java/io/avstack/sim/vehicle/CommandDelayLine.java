package io.avstack.sim.vehicle;

/**
 * A fixed pure delay of whole steps for (acceleration, steering) command pairs: what goes in at
 * step k comes out at step k + {@code delaySteps}. A ring buffer allocated once; pushing and
 * popping allocate nothing.
 */
final class CommandDelayLine {

    private final double[] accelMps2;
    private final double[] steerRad;
    private int head;
    private double outAccelMps2;
    private double outSteerRad;

    CommandDelayLine(int delaySteps) {
        if (delaySteps < 0) {
            throw new IllegalArgumentException("delaySteps must be >= 0, was " + delaySteps);
        }
        accelMps2 = new double[delaySteps];
        steerRad = new double[delaySteps];
    }

    /** Fills the line with one command, as if it had been sent for the whole delay. */
    void fill(double accel, double steer) {
        java.util.Arrays.fill(accelMps2, accel);
        java.util.Arrays.fill(steerRad, steer);
        head = 0;
        outAccelMps2 = accel;
        outSteerRad = steer;
    }

    /** Pushes this step's command; {@link #accelMps2()} and {@link #steerRad()} then give the delayed one. */
    void push(double accel, double steer) {
        if (accelMps2.length == 0) {
            outAccelMps2 = accel;
            outSteerRad = steer;
            return;
        }
        outAccelMps2 = accelMps2[head];
        outSteerRad = steerRad[head];
        accelMps2[head] = accel;
        steerRad[head] = steer;
        head = (head + 1) % accelMps2.length;
    }

    double accelMps2() {
        return outAccelMps2;
    }

    double steerRad() {
        return outSteerRad;
    }

    int delaySteps() {
        return accelMps2.length;
    }
}
