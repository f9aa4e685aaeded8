package io.avstack.sim.run;

import io.avstack.core.map.LightState;
import io.avstack.core.map.StopLine;

/**
 * Counts red lights the ego runs: its front bumper crosses, in its lane's travel direction, a stop
 * line that applies to its lane while the light shows red.
 */
final class RedLightMonitor {

    private final SimWorld world;
    private double lastFrontS;

    RedLightMonitor(SimWorld world) {
        this.world = world;
        this.lastFrontS = world.egoFrontSM();
    }

    /** Called after each step; returns the number of red stop lines crossed during it. */
    int check() {
        double front = world.egoFrontSM();
        double dir = world.egoDirection();
        int lane = world.egoLaneId();
        int violations = 0;
        for (StopLine stop : world.road().stopLines()) {
            boolean crossed = (stop.sM() - lastFrontS) * dir > 0 && (stop.sM() - front) * dir <= 0;
            if (crossed && stop.appliesTo(lane) && stop.direction().sSign() == dir
                    && stop.light().state(world.nowNs()) == LightState.RED) {
                violations++;
            }
        }
        lastFrontS = front;
        return violations;
    }
}
