package io.avstack.sim.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.BusStats;
import io.avstack.core.bus.MessageHandler;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.msg.Message;
import io.avstack.core.time.Clock;
import io.avstack.sim.fault.FaultInjector;
import java.util.List;

/**
 * The bus as the stack nodes see it under fault injection: every publish passes through the
 * {@link FaultInjector} at the simulated time (bus_delay, bus_loss, and the content faults on any
 * topic); held messages are released by the runner's tick ({@link FaultHook#onTick}). Subscribing
 * and stats go to the real bus; closing is the runner's business, so {@link #close()} does nothing.
 */
final class FaultingBus implements Bus {

    private final Bus bus;
    private final FaultInjector injector;
    private final Clock clock;

    FaultingBus(Bus bus, FaultInjector injector, Clock clock) {
        this.bus = bus;
        this.injector = injector;
        this.clock = clock;
    }

    @Override
    public void publish(String topic, Message message) {
        List<Message> now = injector.apply(topic, message, clock.nowNs());
        for (int i = 0; i < now.size(); i++) {
            bus.publish(topic, now.get(i));
        }
    }

    @Override
    public Subscription subscribe(String filter, SubscribeOptions options, MessageHandler handler) {
        return bus.subscribe(filter, options, handler);
    }

    @Override
    public BusStats stats() {
        return bus.stats();
    }

    @Override
    public void close() {
        // the runner owns the bus
    }
}
