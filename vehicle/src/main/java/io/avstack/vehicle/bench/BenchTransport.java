package io.avstack.vehicle.bench;

import io.avstack.core.bus.Bus;

/** A transport under benchmark: a publishing and a subscribing bus (the same one in process). */
public interface BenchTransport extends AutoCloseable {

    String name();

    Bus publisher();

    Bus subscriber();


    @Override
    void close();
}
