package io.avstack.core.bus.mqtt;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttAsyncClient;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The topics one client is subscribed to on the wire, reference-counted so that several local
 * subscriptions share one MQTT subscription. SUBSCRIBE and UNSUBSCRIBE are sent while holding the
 * lock, so they leave in the order of the counts changing. Thread-safe.
 */
final class WireSubscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(WireSubscriptions.class);

    /** SUBACK return code for a refused subscription. */
    private static final int SUBACK_FAILURE = 0x80;

    private static final class WireTopic {
        final int qos;
        int refs;

        WireTopic(int qos) {
            this.qos = qos;
        }
    }

    private final IMqttAsyncClient client;
    private final String clientId;
    private final Map<String, WireTopic> topics = new LinkedHashMap<>();

    WireSubscriptions(IMqttAsyncClient client, String clientId) {
        this.client = client;
        this.clientId = clientId;
    }

    /**
     * Adds a reference to each topic. Topics new to the wire are subscribed at once if connected
     * (and the SUBACK awaited), else on the next {@link #resubscribeAll}.
     *
     * @return true if no topic was new, or the new ones were acknowledged within {@code ackTimeout}
     */
    boolean retain(String[] names, int[] qos, Duration ackTimeout) throws InterruptedException {
        if (names.length != qos.length) {
            throw new IllegalArgumentException("topics and qos differ in length: " + names.length + " vs " + qos.length);
        }
        IMqttToken token;
        synchronized (topics) {
            Map<String, WireTopic> added = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                WireTopic wire = topics.get(names[i]);
                if (wire == null) {
                    wire = new WireTopic(qos[i]);
                    topics.put(names[i], wire);
                    added.put(names[i], wire);
                }
                wire.refs++;
            }
            if (added.isEmpty()) {
                return true;
            }
            token = client.isConnected() ? subscribe(added, null, null) : null;
        }
        return token != null && await(token, ackTimeout);
    }

    /** Drops a reference to each topic; a topic no longer referenced is unsubscribed on the wire. */
    void release(String[] names) {
        synchronized (topics) {
            for (String name : names) {
                WireTopic wire = topics.get(name);
                if (wire == null || --wire.refs > 0) {
                    continue;
                }
                topics.remove(name);
                if (client.isConnected()) {
                    try {
                        client.unsubscribe(name);
                    } catch (MqttException | RuntimeException e) {
                        LOG.debug("mqtt {}: unsubscribe of '{}' not sent: {}", clientId, name, e.toString());
                    }
                }
            }
        }
    }

    /**
     * Subscribes every topic again in one SUBSCRIBE (after a connection: clean sessions start empty).
     *
     * @return false if there is nothing to subscribe (the listener is then not called)
     */
    boolean resubscribeAll(Object context, IMqttActionListener listener) {
        synchronized (topics) {
            if (topics.isEmpty()) {
                return false;
            }
            subscribe(topics, context, listener);
            return true;
        }
    }

    int size() {
        synchronized (topics) {
            return topics.size();
        }
    }

    /** Logs each topic the broker refused in the SUBACK of {@code token}. */
    void logRefused(IMqttToken token) {
        int[] granted = token.getGrantedQos();
        String[] names = token.getTopics();
        if (granted == null || names == null) {
            return;
        }
        for (int i = 0; i < granted.length && i < names.length; i++) {
            if (granted[i] == SUBACK_FAILURE) {
                LOG.error("mqtt {}: the broker refused the subscription to '{}'", clientId, names[i]);
            }
        }
    }

    private IMqttToken subscribe(Map<String, WireTopic> toSend, Object context, IMqttActionListener listener) {
        String[] names = new String[toSend.size()];
        int[] qos = new int[names.length];
        int i = 0;
        for (Map.Entry<String, WireTopic> e : toSend.entrySet()) {
            names[i] = e.getKey();
            qos[i++] = e.getValue().qos;
        }
        try {
            return client.subscribe(names, qos, context, listener);
        } catch (MqttException | RuntimeException e) {
            LOG.debug("mqtt {}: subscribe of {} topics not sent ({}); sent again on connection", clientId,
                    names.length, e.toString());
            return null;
        }
    }

    private boolean await(IMqttToken token, Duration timeout) throws InterruptedException {
        try {
            token.waitForCompletion(Math.max(1, timeout.toMillis()));
        } catch (MqttException e) {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted waiting for the SUBACK of " + clientId);
            }
            return false;
        }
        logRefused(token);
        return token.isComplete() && token.getException() == null;
    }
}
