package io.avstack.core.bus.mqtt;

import io.avstack.core.bus.RateLimitedLog;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.ScheduledExecutorPingSender;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Paho client kept connected to one broker, moving raw bytes. {@link MqttBus} adds the codec,
 * the topic registry and local delivery on top.
 *
 * <ul>
 * <li><b>Connecting</b>: {@link #start()} returns at once; attempts repeat every
 *     {@value #FIRST_RETRY_DELAY_MS} ms for the first {@value RetryDelays#FAST_ATTEMPTS} attempts of an
 *     outage, then with a delay doubling up to {@link MqttSettings#reconnectMaxDelayMs()}
 *     ({@link RetryDelays}), for the first connection as after a loss; so a restarted broker is
 *     found again within {@value #FIRST_RETRY_DELAY_MS} ms. This loop replaces Paho's automatic reconnect, which never retries a
 *     failed first connection, shares one back-off delay between all clients of a JVM (a static field)
 *     and leaves a non-daemon timer thread behind when closed during an outage (seen with 1.2.5).</li>
 * <li><b>Subscriptions</b>: reference-counted per topic and sent again after every (re)connection
 *     (clean sessions: the broker forgets them). {@link #awaitConnected} waits for that SUBACK.</li>
 * <li><b>Publishing</b> never blocks and never throws: while disconnected, or with
 *     {@link MqttSettings#maxInflight()} publishes not yet sent or acknowledged, it returns false.</li>
 * <li><b>Receiving</b>: {@link Inbound} is called on Paho's callback thread; an exception from it is
 *     caught and logged, never returned to Paho (which would drop the connection).</li>
 * </ul>
 * Sockets always have {@code TCP_NODELAY} ({@link MqttSocketFactories}). Thread-safe.
 */
public final class MqttConnection implements AutoCloseable {

    /** Receives every message the broker sends, on Paho's callback thread. Keep it short. */
    @FunctionalInterface
    public interface Inbound {
        void onMessage(String topic, byte[] payload);
    }

    /** Delay before the first retry after a failed attempt or a lost connection, ms. */
    public static final int FIRST_RETRY_DELAY_MS = 50;
    /** How long {@link #close()} lets the DISCONNECT go out, ms. */
    private static final long CLOSE_TIMEOUT_MS = 2_000;
    /** How long in-flight work may finish before disconnecting, ms. */
    private static final long QUIESCE_MS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(MqttConnection.class);

    /** Per-connection state; replaced on every connect and loss so that nothing leaks across them. */
    private static final class Session {
        /** Publishes handed to Paho in this session whose completion has not been reported yet. */
        final AtomicInteger outstanding = new AtomicInteger();
        /** Connected and every subscription acknowledged. */
        volatile boolean ready;
    }

    private final MqttSettings settings;
    private final Inbound inbound;
    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    /** One daemon thread: connection attempts and keep-alive pings. */
    private final ScheduledExecutorService scheduler;
    private final RateLimitedLog inboundErrors = new RateLimitedLog(LOG);
    private final RateLimitedLog publishErrors = new RateLimitedLog(LOG);

    private final WireSubscriptions subscriptions;

    private final ReentrantLock stateLock = new ReentrantLock();
    private final Condition stateChanged = stateLock.newCondition();
    private volatile Session session = new Session();
    /** Orders connection attempts against {@link #close()}. */
    private final Object connectLock = new Object();
    private volatile boolean started;
    private volatile boolean closed;
    /** True from the first failed attempt of an outage until connected: log the outage once. */
    private volatile boolean inOutage;
    private final RetryDelays retryDelays;

    private final AtomicLong connects = new AtomicLong();
    private final AtomicLong connectionLosses = new AtomicLong();
    private final AtomicLong connectFailures = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong publishRefused = new AtomicLong();

    private final IMqttActionListener publishDone = new IMqttActionListener() {
        @Override
        public void onSuccess(IMqttToken token) {
            ((Session) token.getUserContext()).outstanding.decrementAndGet();
        }

        @Override
        public void onFailure(IMqttToken token, Throwable exception) {
            ((Session) token.getUserContext()).outstanding.decrementAndGet();
        }
    };

    /**
     * Builds the client; nothing connects until {@link #start()}.
     *
     * @throws IllegalArgumentException if the TLS stores cannot be read or Paho rejects the settings
     */
    public MqttConnection(MqttSettings settings, Inbound inbound) {
        PahoReceivePatch.warnIfInactive();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        this.options = connectOptions(settings);
        this.retryDelays = new RetryDelays(FIRST_RETRY_DELAY_MS, settings.reconnectMaxDelayMs());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon()
                .name("mqtt-" + settings.clientId()).unstarted(r));
        try {
            this.client = new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence(),
                    new ScheduledExecutorPingSender(scheduler));
        } catch (MqttException e) {
            scheduler.shutdownNow();
            throw new IllegalArgumentException("mqtt client for " + settings + " cannot be created: " + e, e);
        }
        this.subscriptions = new WireSubscriptions(client, settings.clientId());
        client.setCallback(new Callback());
    }

    private static MqttConnectOptions connectOptions(MqttSettings settings) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setCleanSession(true);
        o.setAutomaticReconnect(false); // see the class comment: this class reconnects
        o.setKeepAliveInterval(settings.keepAliveS());
        o.setMaxInflight(settings.maxInflight());
        o.setConnectionTimeout(settings.connectTimeoutS());
        o.setSocketFactory(MqttSocketFactories.forSettings(settings));
        o.setHttpsHostnameVerificationEnabled(settings.tls().verifyHostname());
        if (settings.username() != null) {
            o.setUserName(settings.username());
        }
        if (settings.password() != null) {
            o.setPassword(settings.password().toCharArray());
        }
        return o;
    }

    /** Starts connecting in the background and returns at once. Idempotent. */
    public void start() {
        if (closed || started) {
            return;
        }
        started = true;
        schedule(0);
    }

    public MqttSettings settings() {
        return settings;
    }

    /**
     * Hands {@code payload} to the client. Never blocks, never throws.
     *
     * @return false if the message was dropped: not connected, too many in flight, or refused by Paho
     */
    public boolean publish(String topic, byte[] payload, int qos) {
        Session s = session;
        if (closed || !client.isConnected()) {
            return false;
        }
        if (s.outstanding.incrementAndGet() > settings.maxInflight()) {
            s.outstanding.decrementAndGet();
            publishRefused.incrementAndGet();
            return false;
        }
        try {
            client.publish(topic, payload, qos, false, s, publishDone);
            return true;
        } catch (MqttException | RuntimeException e) {
            s.outstanding.decrementAndGet();
            if (client.isConnected()) {
                publishRefused.incrementAndGet();
                publishErrors.error("mqtt publish on '" + topic + "' refused by the client", e);
            }
            return false;
        }
    }

    /**
     * Adds a reference to each topic; topics new to the wire are subscribed with their QoS. When
     * connected, waits for the broker's acknowledgement; otherwise they are sent on connection.
     *
     * @param topics topic names or MQTT filters
     * @param qos    QoS per topic, same length
     * @return true if no topic was new, or the new ones were acknowledged within {@code ackTimeout}
     */
    public boolean retain(String[] topics, int[] qos, Duration ackTimeout) throws InterruptedException {
        return subscriptions.retain(topics, qos, ackTimeout);
    }

    /** Drops a reference to each topic; topics no longer referenced are unsubscribed on the wire. */
    public void release(String[] topics) {
        subscriptions.release(topics);
    }

    /** Topics subscribed on the wire (for tests and diagnostics). */
    public int wireTopicCount() {
        return subscriptions.size();
    }

    /** Whether the client is connected to the broker now. */
    public boolean connected() {
        return !closed && client.isConnected();
    }

    /**
     * Waits until connected and every subscription has been acknowledged by the broker.
     *
     * @return false on timeout or if closed
     */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long remainingNs = timeout.toNanos();
        stateLock.lock();
        try {
            while (!closed && !(session.ready && client.isConnected())) {
                if (remainingNs <= 0) {
                    return false;
                }
                remainingNs = stateChanged.awaitNanos(remainingNs);
            }
            return !closed;
        } finally {
            stateLock.unlock();
        }
    }

    public MqttConnectionStats stats() {
        long n = connects.get();
        return new MqttConnectionStats(connected(), n, Math.max(0, n - 1), connectionLosses.get(),
                connectFailures.get(), received.get(), publishRefused.get());
    }

    /**
     * Waits (at most {@link #CLOSE_TIMEOUT_MS}) until every publish handed to Paho has completed:
     * written to the socket (QoS 0) or acknowledged. Paho's quiesce time alone is not enough on a
     * loaded machine: a process that publishes its last messages and closes at once lost them.
     */
    private void awaitPublishesWritten() {
        Session s = session;
        try {
            for (long waited = 0; s != null && s.outstanding.get() > 0 && waited < CLOSE_TIMEOUT_MS; waited += 5) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the publishes in flight, disconnects (each at most ~2 s) and releases the client's threads. Idempotent. */
    @Override
    public void close() {
        synchronized (connectLock) {
            if (closed) {
                return;
            }
            closed = true; // no connection attempt starts after this
        }
        boolean clean = false;
        try {
            if (client.isConnected()) {
                awaitPublishesWritten();
                client.disconnect(QUIESCE_MS).waitForCompletion(CLOSE_TIMEOUT_MS);
                clean = true;
            }
        } catch (MqttException | RuntimeException e) {
            LOG.debug("mqtt disconnect of {} not clean: {}", settings.clientId(), e.toString());
        }
        try {
            if (!clean) {
                // Also ends an attempt still in progress.
                client.disconnectForcibly(0, CLOSE_TIMEOUT_MS, false);
            }
            client.close(true);
        } catch (MqttException | RuntimeException e) {
            LOG.debug("mqtt close of {}: {}", settings.clientId(), e.toString());
        }
        scheduler.shutdownNow(); // last: Paho schedules keep-alive pings on it until disconnected
        signalStateChanged();
    }

    // ---------------------------------------------------------------- connection loop

    private void schedule(long delayMs) {
        if (closed) {
            return;
        }
        try {
            scheduler.schedule(this::attemptConnect, delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    private void attemptConnect() {
        try {
            synchronized (connectLock) {
                if (closed || client.isConnected()) {
                    return;
                }
                client.connect(options, null, connectResult);
            }
        } catch (MqttException e) {
            if (e.getReasonCode() == MqttException.REASON_CODE_CLIENT_CONNECTED
                    || e.getReasonCode() == MqttException.REASON_CODE_CONNECT_IN_PROGRESS) {
                return; // another attempt is on it
            }
            connectFailed(e);
        } catch (RuntimeException e) {
            connectFailed(e);
        }
    }

    private final IMqttActionListener connectResult = new IMqttActionListener() {
        @Override
        public void onSuccess(IMqttToken token) {
            // connectComplete does the work.
        }

        @Override
        public void onFailure(IMqttToken token, Throwable exception) {
            connectFailed(exception);
        }
    };

    private void connectFailed(Throwable cause) {
        connectFailures.incrementAndGet();
        if (closed) {
            return;
        }
        long delayMs = retryDelays.next();
        if (!inOutage) {
            inOutage = true;
            LOG.warn("mqtt {} cannot connect to {}: {}; retrying every <= {} ms", settings.clientId(),
                    settings.brokerUrl(), describe(cause), settings.reconnectMaxDelayMs());
        }
        schedule(delayMs);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof MqttException e && e.getCause() != null) {
            return e.getMessage() + " (" + e.getReasonCode() + "): " + e.getCause();
        }
        return String.valueOf(cause);
    }

    private void onConnected() {
        if (closed) {
            return; // close() ends an attempt in progress; nothing to set up
        }
        Session s = new Session();
        session = s;
        long n = connects.incrementAndGet();
        retryDelays.reset();
        boolean wasOutage = inOutage;
        inOutage = false;
        if (n == 1 && !wasOutage) {
            LOG.info("mqtt {} connected to {}", settings.clientId(), settings.brokerUrl());
        } else {
            LOG.info("mqtt {} {}connected to {} ({} failed attempts so far)", settings.clientId(),
                    n > 1 ? "re" : "", settings.brokerUrl(), connectFailures.get());
        }
        try {
            if (!subscriptions.resubscribeAll(s, resubscribed)) {
                markReady(s);
            }
        } catch (RuntimeException e) {
            LOG.error("mqtt {}: resubscribing failed", settings.clientId(), e);
        }
    }

    private final IMqttActionListener resubscribed = new IMqttActionListener() {
        @Override
        public void onSuccess(IMqttToken token) {
            subscriptions.logRefused(token);
            markReady((Session) token.getUserContext());
        }

        @Override
        public void onFailure(IMqttToken token, Throwable exception) {
            if (token.getUserContext() == session && client.isConnected()) {
                LOG.error("mqtt {}: broker did not acknowledge the subscriptions {}", settings.clientId(),
                        String.join(", ", token.getTopics()), exception);
            }
        }
    };

    private void markReady(Session s) {
        if (s == session) {
            s.ready = true;
            signalStateChanged();
        }
    }

    private void onLost(Throwable cause) {
        session = new Session();
        connectionLosses.incrementAndGet();
        signalStateChanged();
        if (closed) {
            return;
        }
        LOG.warn("mqtt {} lost its connection to {}: {}; reconnecting", settings.clientId(), settings.brokerUrl(),
                describe(cause));
        inOutage = true;
        schedule(retryDelays.next());
    }

    private void signalStateChanged() {
        stateLock.lock();
        try {
            stateChanged.signalAll();
        } finally {
            stateLock.unlock();
        }
    }

    /** Paho's callbacks; none of them may throw. */
    private final class Callback implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            onConnected();
        }

        @Override
        public void connectionLost(Throwable cause) {
            onLost(cause);
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            received.incrementAndGet();
            try {
                inbound.onMessage(topic, message.getPayload());
            } catch (RuntimeException e) {
                inboundErrors.error("mqtt message on '" + topic + "' could not be handled", e);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // Publish completion is tracked through publishDone.
        }
    }
}
