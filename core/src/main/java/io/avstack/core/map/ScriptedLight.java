package io.avstack.core.map;

import java.util.List;

/**
 * A light following a script: each phase holds from its {@code timeS} until the next phase's; the
 * first phase starts at 0 and also covers negative times; the last holds for ever. For scenarios
 * that need a light to change at one exact moment (e.g. turn yellow as the ego arrives).
 */
public final class ScriptedLight implements TrafficLight {

    /** From {@code timeS} (s of simulation time) the light shows {@code state}. */
    public record Phase(double timeS, LightState state) {
    }

    private final String id;
    private final long[] startNs;
    private final LightState[] states;

    /** @param phases at least one, first at time 0, times strictly increasing */
    public ScriptedLight(String id, List<Phase> phases) {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("traffic light " + id + ": no phases");
        }
        this.id = id;
        startNs = new long[phases.size()];
        states = new LightState[phases.size()];
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            String problem = Sequences.startAtZeroIncreasingProblem(i, p.timeS(), i == 0 ? 0 : phases.get(i - 1).timeS());
            startNs[i] = TrafficLight.secondsToNs(p.timeS());
            if (problem == null && i > 0 && startNs[i] == startNs[i - 1]) {
                problem = "less than 1 ns after the previous phase";
            }
            if (problem != null) {
                throw new IllegalArgumentException("traffic light " + id + ": phases[" + i + "].timeS = " + p.timeS()
                        + ": " + problem);
            }
            if (p.state() == null) {
                throw new IllegalArgumentException("traffic light " + id + ": phases[" + i + "].state is null");
            }
            states[i] = p.state();
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LightState state(long simTimeNs) {
        int lo = 0;
        int hi = startNs.length - 1;
        while (lo < hi) { // last phase started at or before simTimeNs
            int mid = (lo + hi + 1) >>> 1;
            if (startNs[mid] <= simTimeNs) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return states[lo];
    }
}
