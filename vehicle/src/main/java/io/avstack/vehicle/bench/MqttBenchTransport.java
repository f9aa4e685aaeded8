package io.avstack.vehicle.bench;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.bus.mqtt.MqttBus;
import io.avstack.core.bus.mqtt.MqttSettings;
import io.avstack.vehicle.broker.EmbeddedBroker;
import io.avstack.vehicle.broker.EmbeddedBrokerSettings;
import java.time.Duration;

/**
 * MQTT over loopback: a publishing and a subscribing client (as two processes would have), to the
 * embedded broker or to an external one given by URL.
 */
public final class MqttBenchTransport implements BenchTransport {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private final EmbeddedBroker broker;
    private final MqttBus publisher;
    private final MqttBus subscriber;
    private final String name;

    private MqttBenchTransport(EmbeddedBroker broker, MqttBus publisher, MqttBus subscriber, String name) {
        this.broker = broker;
        this.publisher = publisher;
        this.subscriber = subscriber;
        this.name = name;
    }

    /** Starts the embedded broker when {@code externalUrl} is null, then connects both clients. */
    public static MqttBenchTransport start(TopicRegistry registry, String externalUrl) {
        EmbeddedBroker broker = externalUrl == null ? EmbeddedBroker.start(EmbeddedBrokerSettings.loopback(0)) : null;
        String url = broker != null ? broker.url() : externalUrl;
        MqttBus pub = null;
        MqttBus sub = null;
        try {
            pub = MqttBus.connect(MqttSettings.of(url, "avstack-bench-pub"), registry);
            sub = MqttBus.connect(MqttSettings.of(url, "avstack-bench-sub"), registry);
            if (!pub.awaitConnected(CONNECT_TIMEOUT) || !sub.awaitConnected(CONNECT_TIMEOUT)) {
                throw new IllegalStateException("could not connect to MQTT broker " + url + " within " + CONNECT_TIMEOUT);
            }
            return new MqttBenchTransport(broker, pub, sub, broker != null ? "mqtt (embedded)" : "mqtt (" + url + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeAll(broker, pub, sub);
            throw new IllegalStateException("interrupted while connecting to " + url, e);
        } catch (RuntimeException e) {
            closeAll(broker, pub, sub);
            throw e;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Bus publisher() {
        return publisher;
    }

    @Override
    public Bus subscriber() {
        return subscriber;
    }

    @Override
    public void close() {
        closeAll(broker, publisher, subscriber);
    }

    private static void closeAll(EmbeddedBroker broker, MqttBus pub, MqttBus sub) {
        if (sub != null) {
            sub.close();
        }
        if (pub != null) {
            pub.close();
        }
        if (broker != null) {
            broker.close();
        }
    }
}
