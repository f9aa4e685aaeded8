package io.avstack.core.map;

/**
 * A light cycling GREEN, YELLOW, RED for fixed durations; the cycle's green phase starts at
 * {@code offsetS} (and every whole cycle before and after it). Arithmetic is in integer
 * nanoseconds, so the state at a given time never depends on rounding.
 */
public final class FixedCycleLight implements TrafficLight {

    private final String id;
    private final long greenNs;
    private final long yellowNs;
    private final long cycleNs;
    private final long offsetNs;

    /**
     * @param greenS green duration, s, positive
     * @param yellowS yellow duration, s, zero or more
     * @param redS red duration, s, positive
     * @param offsetS time at which a green phase starts, s (any sign)
     */
    public FixedCycleLight(String id, double greenS, double yellowS, double redS, double offsetS) {
        if (!(greenS > 0) || !(yellowS >= 0) || !(redS > 0) || !Double.isFinite(greenS + yellowS + redS + offsetS)) {
            throw new IllegalArgumentException("traffic light " + id + ": green " + greenS + " s, yellow " + yellowS
                    + " s, red " + redS + " s, offset " + offsetS + " s: green and red must be positive, yellow "
                    + "not negative, all finite");
        }
        this.id = id;
        this.greenNs = TrafficLight.secondsToNs(greenS);
        this.yellowNs = TrafficLight.secondsToNs(yellowS);
        this.cycleNs = greenNs + yellowNs + TrafficLight.secondsToNs(redS);
        this.offsetNs = TrafficLight.secondsToNs(offsetS);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LightState state(long simTimeNs) {
        long inCycle = Math.floorMod(simTimeNs - offsetNs, cycleNs);
        if (inCycle < greenNs) {
            return LightState.GREEN;
        }
        return inCycle < greenNs + yellowNs ? LightState.YELLOW : LightState.RED;
    }

    /** Full cycle length, ns. */
    public long cycleNs() {
        return cycleNs;
    }
}
