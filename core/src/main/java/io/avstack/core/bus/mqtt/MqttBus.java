package io.avstack.core.bus.mqtt;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.BusStats;
import io.avstack.core.bus.DeliveryKind;
import io.avstack.core.bus.DeliveryMode;
import io.avstack.core.bus.Dispatcher;
import io.avstack.core.bus.MessageHandler;
import io.avstack.core.bus.RateLimitedLog;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicFilter;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.bus.TopicSpec;
import io.avstack.core.codec.CodecException;
import io.avstack.core.codec.MessageCodec;
import io.avstack.core.codec.ProtoCodec;
import io.avstack.core.msg.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Bus} over MQTT (Eclipse Paho, MQTT 3.1.1, clean sessions, to an embedded or external
 * broker). Subscribers get the same delivery as on the asynchronous in-process bus, because it is
 * the same {@link Dispatcher}: a bounded queue and a thread per subscription, latest-wins for
 * sensor topics, drops and handler errors counted.
 *
 * <ul>
 * <li><b>Publish</b> checks topic and type against the registry (a bug throws, as in-process),
 *     encodes with the codec and hands the bytes to Paho at the topic's QoS
 *     ({@link MqttSettings#sensorQos()} for sensor topics, {@link MqttSettings#queuedQos()} else).
 *     It never blocks and never throws for the network: disconnected or refused publishes are
 *     dropped and counted in {@link BusStats#droppedDisconnected()}. A bus receives what it
 *     publishes itself through the broker, like any other subscriber.</li>
 * <li><b>Subscribe</b> registers locally, then subscribes on the wire to every registered topic
 *     the filter matches, by name: wire subscriptions never overlap, so a broker that sends one copy
 *     per matching subscription (Mosquitto may) cannot make a subscriber see a message twice. When
 *     connected it returns after the broker's SUBACK (at most {@link MqttSettings#connectTimeoutS()}).</li>
 * <li><b>Receive</b> (Paho's callback thread): unregistered topic, undecodable bytes or a message
 *     of the wrong type are counted in {@link BusStats#malformed()}, logged rate-limited and
 *     dropped; everything else is queued for its subscribers. Nothing is thrown back to Paho.</li>
 * <li><b>Connection</b>: see {@link MqttConnection}; reconnects on its own, resubscribes.</li>
 * <li><b>Loopback topics</b> (optional, {@link #connect(MqttSettings, TopicRegistry, Set)}): topics
 *     that only this process publishes, e.g. the stack's world model, plans and commands in the
 *     stack process of a split deployment. They go to this process's own subscribers directly, as
 *     on the in-process bus (no encoding, no broker round trip, never queued behind the sensor
 *     frames on the one connection), and to the broker for every other client; this client does
 *     not subscribe to them on the wire, so a copy from another publisher would not arrive.
 *     While the broker is away they still reach this process's subscribers (the wire copy is
 *     dropped and counted), so a stack keeps its own loop running and its safety node judges the
 *     inputs that really stopped.</li>
 * </ul>
 */
public final class MqttBus implements Bus {

    private static final Logger LOG = LoggerFactory.getLogger(MqttBus.class);

    private final Dispatcher dispatcher;
    private final MessageCodec codec;
    private final MqttConnection connection;
    private final Duration subscribeAckTimeout;
    private final RateLimitedLog malformedLog = new RateLimitedLog(LOG);
    private final Set<String> loopback;

    /**
     * Creates the bus and starts connecting in the background; use {@link #awaitConnected} to wait.
     *
     * @throws IllegalArgumentException if the TLS stores cannot be read
     */
    public MqttBus(MqttSettings settings, TopicRegistry registry, MessageCodec codec) {
        this(settings, registry, codec, Set.of());
    }

    /**
     * Creates the bus with {@code loopback} topics (see the class comment) and starts connecting in
     * the background.
     *
     * @throws IllegalArgumentException if the TLS stores cannot be read or a loopback topic is not registered
     */
    public MqttBus(MqttSettings settings, TopicRegistry registry, MessageCodec codec, Set<String> loopback) {
        this.codec = Objects.requireNonNull(codec, "codec");
        for (String topic : loopback) {
            registry.spec(topic); // fails naming it if it is not registered
        }
        this.loopback = Set.copyOf(loopback);
        this.dispatcher = new Dispatcher(registry, DeliveryMode.ASYNCHRONOUS);
        this.subscribeAckTimeout = Duration.ofSeconds(settings.connectTimeoutS());
        this.connection = new MqttConnection(settings, this::onReceived);
        connection.start();
    }

    /** A bus with the stack's codec ({@link ProtoCodec}). */
    public static MqttBus connect(MqttSettings settings, TopicRegistry registry) {
        return new MqttBus(settings, registry, ProtoCodec.INSTANCE);
    }

    /** A bus with the stack's codec whose {@code loopback} topics this process alone publishes (class comment). */
    public static MqttBus connect(MqttSettings settings, TopicRegistry registry, Set<String> loopback) {
        return new MqttBus(settings, registry, ProtoCodec.INSTANCE, loopback);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the topic is not registered or the message has the wrong type
     * @throws IllegalStateException    after {@link #close()}
     */
    @Override
    public void publish(String topic, Message message) {
        TopicSpec spec = dispatcher.registry().requirePublishable(topic, message);
        if (dispatcher.isClosed()) {
            throw new IllegalStateException("bus is closed: cannot publish on '" + topic + "'");
        }
        boolean local = loopback.contains(topic);
        // Checked first so that an outage does not cost an encode per message.
        boolean sent = connection.connected() && connection.publish(topic, codec.encode(message), qos(spec));
        if (sent || local) {
            dispatcher.counters().countPublished();
        }
        if (!sent) {
            dispatcher.counters().countDroppedDisconnected();
        }
        if (local) {
            dispatcher.deliverReceived(topic, message);
        }
    }

    /**
     * {@inheritDoc} Waits for the broker's acknowledgement when connected (see the class comment);
     * if interrupted meanwhile, returns the subscription with the interrupt flag set.
     *
     * @throws IllegalArgumentException if the filter is malformed or matches no registered topic
     * @throws IllegalStateException    after {@link #close()}
     */
    @Override
    public Subscription subscribe(String filter, SubscribeOptions options, MessageHandler handler) {
        return onTheWire(filter, dispatcher.subscribe(filter, options, handler));
    }

    /** {@inheritDoc} On Paho's receive thread for messages from the broker, on the publisher's for loopback topics. */
    @Override
    public Subscription tap(String filter, String name, MessageHandler handler) {
        return onTheWire(filter, dispatcher.tap(filter, name, handler));
    }

    /** Subscribes on the wire to the registered topics {@code filter} matches (loopback topics aside). */
    private Subscription onTheWire(String filter, Subscription local) {
        List<TopicSpec> matched = new ArrayList<>(dispatcher.registry().matching(TopicFilter.parse(filter)));
        matched.removeIf(spec -> loopback.contains(spec.name())); // delivered in process, never from the wire
        String[] topics = new String[matched.size()];
        int[] qos = new int[topics.length];
        for (int i = 0; i < topics.length; i++) {
            topics[i] = matched.get(i).name();
            qos[i] = qos(matched.get(i));
        }
        try {
            if (!connection.retain(topics, qos, subscribeAckTimeout) && connection.connected()) {
                LOG.warn("mqtt subscription '{}' not acknowledged within {}; it is sent again on reconnection",
                        filter, subscribeAckTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new WireSubscription(local, topics);
    }

    private int qos(TopicSpec spec) {
        MqttSettings s = connection.settings();
        return spec.kind() == DeliveryKind.SENSOR ? s.sensorQos() : s.queuedQos();
    }

    /** Receive path, on Paho's callback thread: decode, check, queue. Never throws. */
    private void onReceived(String topic, byte[] payload) {
        TopicSpec spec = dispatcher.registry().find(topic);
        if (spec == null) {
            malformed(topic, "topic is not in the registry", null);
            return;
        }
        Message message;
        try {
            message = codec.decode(payload, spec.messageType());
        } catch (CodecException e) {
            malformed(topic, e.kind() + ": " + e.getMessage(), e);
            return;
        }
        try {
            dispatcher.deliverReceived(topic, message); // discards it once the bus is closed
        } catch (IllegalStateException e) {
            // closed between its check and its validation: drop, as after close
        }
    }

    private void malformed(String topic, String why, Throwable cause) {
        dispatcher.counters().countMalformed();
        malformedLog.error("mqtt message on '" + topic + "' dropped: " + why, cause);
    }

    @Override
    public BusStats stats() {
        return dispatcher.stats();
    }

    public TopicRegistry registry() {
        return dispatcher.registry();
    }

    /** Whether the client is connected to the broker now. */
    public boolean connected() {
        return connection.connected();
    }

    /**
     * Waits until connected and every subscription has been acknowledged by the broker; after a
     * reconnection that includes the resubscription.
     *
     * @return false on timeout or after {@link #close()}
     */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return connection.awaitConnected(timeout);
    }

    /** Connection counters: connects, reconnects, losses, failed attempts, messages received. */
    public MqttConnectionStats connectionStats() {
        return connection.stats();
    }

    /** Disconnects, then stops every delivery thread. Idempotent. */
    @Override
    public void close() {
        connection.close();
        dispatcher.close();
    }

    /** A local subscription plus its share of the wire subscriptions. */
    private final class WireSubscription implements Subscription {
        private final Subscription local;
        private final String[] topics;
        private final AtomicBoolean closed = new AtomicBoolean();

        WireSubscription(Subscription local, String[] topics) {
            this.local = local;
            this.topics = topics;
        }

        @Override
        public String filter() {
            return local.filter();
        }

        @Override
        public long delivered() {
            return local.delivered();
        }

        @Override
        public long dropped() {
            return local.dropped();
        }

        @Override
        public int queued() {
            return local.queued();
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                local.close();
                connection.release(topics);
            }
        }

        @Override
        public String toString() {
            return local.toString();
        }
    }
}
