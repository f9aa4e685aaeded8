package io.avstack.vehicle.bench;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.TopicRegistry;

/** The in-process bus in its asynchronous (onboard) mode: zero copy, bounded subscriber queues. */
public final class InProcessBenchTransport implements BenchTransport {

    private final InProcessBus bus;

    public InProcessBenchTransport(TopicRegistry registry) {
        this.bus = InProcessBus.asynchronous(registry);
    }

    @Override
    public String name() {
        return "in-process";
    }

    @Override
    public Bus publisher() {
        return bus;
    }

    @Override
    public Bus subscriber() {
        return bus;
    }

    @Override
    public void close() {
        bus.close();
    }
}
