package io.avstack.vehicle.bench.e2e;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.bus.mqtt.MqttBus;
import io.avstack.core.bus.mqtt.MqttSettings;
import io.avstack.vehicle.broker.EmbeddedBroker;
import io.avstack.vehicle.broker.EmbeddedBrokerSettings;
import io.avstack.vehicle.run.OnboardStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The transport under test: one asynchronous in-process bus for drivers and stack, or an MQTT broker
 * (embedded, or external such as Mosquitto) with the drivers and the stack as two clients.
 */
final class BenchBuses implements AutoCloseable {

    private static final Duration CONNECT_WAIT = Duration.ofSeconds(30);

    final Bus drivers;
    final Bus stack;
    final BooleanSupplier stackConnected;
    private final List<AutoCloseable> closing;

    private BenchBuses(Bus drivers, Bus stack, BooleanSupplier stackConnected, List<AutoCloseable> closing) {
        this.drivers = drivers;
        this.stack = stack;
        this.stackConnected = stackConnected;
        this.closing = closing;
    }

    static BenchBuses inProcess(TopicRegistry registry) {
        InProcessBus bus = InProcessBus.asynchronous(registry);
        return new BenchBuses(bus, bus, () -> true, List.of(bus));
    }

    /** Drivers and stack as two clients of {@code brokerUrl}, or of an embedded broker when it is null. */
    static BenchBuses mqtt(TopicRegistry registry, String brokerUrl) throws InterruptedException {
        List<AutoCloseable> closing = new ArrayList<>();
        try {
            String url = brokerUrl;
            if (url == null) {
                EmbeddedBroker broker = EmbeddedBroker.start(EmbeddedBrokerSettings.loopback(0));
                closing.add(0, broker);
                url = broker.url();
            }
            MqttBus d = MqttBus.connect(MqttSettings.of(url, "bench-e2e-drivers"), registry);
            closing.add(0, d);
            // as the stack process of a split deployment (avstack run): its own topics stay in process
            MqttBus s = MqttBus.connect(MqttSettings.of(url, "bench-e2e-stack"), registry,
                    OnboardStack.publishedTopics(OnboardStack.VEHICLE_ID));
            closing.add(0, s);
            if (!d.awaitConnected(CONNECT_WAIT) || !s.awaitConnected(CONNECT_WAIT)) {
                throw new IllegalStateException("the benchmark's MQTT clients did not connect to " + url);
            }
            return new BenchBuses(d, s, s::connected, closing);
        } catch (RuntimeException | InterruptedException e) {
            new BenchBuses(null, null, null, closing).close();
            throw e;
        }
    }

    /** Publishes dropped because a client was disconnected (0 in process). */
    long droppedDisconnected() {
        return drivers == stack ? 0 : drivers.stats().droppedDisconnected() + stack.stats().droppedDisconnected();
    }

    @Override
    public void close() {
        for (AutoCloseable c : closing) {
            try {
                c.close();
            } catch (Exception e) {
                // closing a benchmark's transport: nothing left to save
            }
        }
    }
}
