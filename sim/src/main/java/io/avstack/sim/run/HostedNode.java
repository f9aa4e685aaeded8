package io.avstack.sim.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.time.Clock;

/**
 * Something the {@link LockstepRunner} hosts on its bus: a stack node, a recorder, a test probe.
 * It subscribes in {@link #attach} before the first tick and reads time only from the given clock
 * (the simulated one); {@link #close} is called after the last tick.
 */
public interface HostedNode extends AutoCloseable {

    void attach(Bus bus, Clock clock);

    @Override
    default void close() {
    }
}
