package io.avstack.sim.scenario;

import java.util.List;

/**
 * One swept parameter and its values (as substituted text), in sweep order.
 *
 * @param name   the parameter
 * @param values at least one
 */
record SweepAxis(String name, List<String> values) {

    SweepAxis {
        values = List.copyOf(values);
    }
}
