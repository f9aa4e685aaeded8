package io.avstack.core.bus;

import io.avstack.core.msg.Message;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The delivery machinery every {@link Bus} transport shares: subscriptions, routing from a topic to
 * its subscribers, per-subscriber bounded queues and delivery threads, and the {@link BusCounters}.
 *
 * <h2>Routing</h2>
 * Every topic a dispatcher carries is in its {@link TopicRegistry}, so a subscription's filter is
 * matched against the registry once, when it is made; the result is a routing table from topic
 * name to subscribers (copy-on-write, swapped atomically). Dispatching a message is one hash
 * lookup and a loop over an array: no filter matching, no allocation.
 *
 * <h2>How a transport uses it</h2>
 * <pre>{@code
 * Dispatcher dispatcher = new Dispatcher(registry, DeliveryMode.ASYNCHRONOUS);
 *
 * // Bus.subscribe: register locally (validates the filter; it must match a registered topic),
 * // then subscribe on the wire with the same filter. Closing the returned Subscription stops
 * // local delivery; wrap it if the wire subscription must be dropped too.
 * Subscription s = dispatcher.subscribe(filter, options, handler);
 *
 * // Receive path (e.g. Paho's messageArrived, after decoding):
 * TopicSpec spec = dispatcher.registry().find(topic);
 * if (spec == null || !spec.messageType().isInstance(decoded)) {
 *     dispatcher.counters().countMalformed();      // never throw into the network thread
 * } else {
 *     dispatcher.deliverReceived(topic, decoded);  // enqueues; returns at once in ASYNCHRONOUS mode
 * }
 *
 * // Publish path of a networked bus: validate with registry().requirePublishable(topic, msg),
 * // count with counters().countPublished(), or counters().countDroppedDisconnected() when offline.
 * BusStats stats = dispatcher.stats();
 * dispatcher.close();                              // closes every subscription, joins threads
 * }</pre>
 * The in-process bus is this class plus nothing: its {@code publish} is {@link #publish}.
 *
 * <h2>Threads</h2>
 * All methods are thread-safe. In {@link DeliveryMode#ASYNCHRONOUS} mode {@link #publish} and
 * {@link #deliverReceived} never block on a subscriber. In {@link DeliveryMode#SYNCHRONOUS} mode they
 * run the handlers on the calling thread (see {@link DeliveryMode}); don't use that mode on a
 * network receive thread.
 */
public final class Dispatcher implements AutoCloseable {

    /** One topic's subscribers: {@code subscribers[i]} receives it on its lane {@code lanes[i]}. */
    private record Route(TopicSpec spec, Subscriber[] subscribers, int[] lanes) {
    }

    private static final Subscriber[] NO_SUBSCRIBERS = new Subscriber[0];
    private static final int[] NO_LANES = new int[0];

    private final TopicRegistry registry;
    private final DeliveryMode mode;
    private final BusCounters counters = new BusCounters();
    /** Guards {@link #subscribers} and rebuilding {@link #routes}. */
    private final Object subscribeLock = new Object();
    private final List<Subscriber> subscribers = new ArrayList<>();
    private volatile Map<String, Route> routes;
    private volatile boolean closed;

    /** Synchronous mode: one delivery at a time; re-entrant publishes wait in these FIFOs. */
    private final ReentrantLock syncLock = new ReentrantLock();
    private final ArrayDeque<Route> pendingRoutes = new ArrayDeque<>();
    private final ArrayDeque<Message> pendingMessages = new ArrayDeque<>();

    public Dispatcher(TopicRegistry registry, DeliveryMode mode) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.routes = buildRoutes(List.of());
    }

    public TopicRegistry registry() {
        return registry;
    }

    public DeliveryMode mode() {
        return mode;
    }

    /** The shared counters, for a transport to count what only it sees (malformed, disconnected). */
    public BusCounters counters() {
        return counters;
    }

    public BusStats stats() {
        return counters.snapshot();
    }

    /**
     * Subscribes {@code handler} to every registered topic matching {@code filter}. In asynchronous
     * mode each matched topic gets a queue of {@code options.queueCapacity()} or, if that is 0, the
     * topic's registry capacity, and the subscription gets a delivery thread named
     * {@code bus-<options.name()>}.
     *
     * @throws IllegalArgumentException if the filter is malformed or matches no registered topic
     * @throws IllegalStateException    if the dispatcher is closed
     */
    public Subscription subscribe(String filter, SubscribeOptions options, MessageHandler handler) {
        return subscribe(filter, options, handler, false);
    }

    /**
     * A tap ({@link Bus#tap}): in asynchronous mode {@code handler} runs on the thread that publishes
     * or delivers each message, before any subscriber's queue, so it sees every message when it
     * arrives (it must be quick and never block; exceptions are caught and counted as handler
     * errors). In synchronous mode an ordinary subscription.
     *
     * @throws IllegalArgumentException if the filter is malformed or matches no registered topic
     * @throws IllegalStateException    if the dispatcher is closed
     */
    public Subscription tap(String filter, String name, MessageHandler handler) {
        return subscribe(filter, SubscribeOptions.named(name), handler, mode == DeliveryMode.ASYNCHRONOUS);
    }

    private Subscription subscribe(String filter, SubscribeOptions options, MessageHandler handler, boolean inline) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(handler, "handler");
        TopicFilter parsed = TopicFilter.parse(filter);
        List<TopicSpec> matched = registry.matching(parsed);
        if (matched.isEmpty()) {
            throw new IllegalArgumentException("topic filter '" + filter + "' matches no registered topic "
                    + "(see docs/TOPICS.md)");
        }
        String[] laneTopics = new String[matched.size()];
        for (int i = 0; i < laneTopics.length; i++) {
            laneTopics[i] = matched.get(i).name();
        }
        SubscriberQueue queue = mode == DeliveryMode.ASYNCHRONOUS && !inline ? newQueue(matched, options) : null;
        Subscriber subscriber = new Subscriber(parsed, laneTopics, options.name(), handler, counters, queue,
                this::remove);
        synchronized (subscribeLock) {
            requireOpen("subscribe to '" + filter + "'");
            subscribers.add(subscriber);
            routes = buildRoutes(subscribers);
        }
        subscriber.start();
        return subscriber;
    }

    /**
     * Publishes from this process: validates, counts as published and delivers.
     *
     * @throws IllegalArgumentException if the topic is not registered or the message has the wrong type
     * @throws IllegalStateException    if the dispatcher is closed
     */
    public void publish(String topic, Message message) {
        Route route = validate(topic, message, "publish");
        counters.countPublished();
        deliver(route, message);
    }

    /**
     * Delivers a message that a transport received (not counted as published). A message arriving
     * after {@link #close()} is discarded silently (the network thread may still be draining).
     *
     * @throws IllegalArgumentException if the topic is not registered or the message has the wrong
     *                                  type; a transport should check first and count it as malformed
     */
    public void deliverReceived(String topic, Message message) {
        if (closed) {
            return;
        }
        deliver(validate(topic, message, "deliver"), message);
    }

    private Route validate(String topic, Message message, String action) {
        if (closed) {
            throw new IllegalStateException("bus is closed: cannot " + action + " on '" + topic + "'");
        }
        Route route = topic == null ? null : routes.get(topic);
        if (route == null) {
            throw registry.unknownTopic(topic);
        }
        route.spec.requireType(message);
        return route;
    }

    private void deliver(Route route, Message message) {
        if (mode == DeliveryMode.ASYNCHRONOUS) {
            Subscriber[] subs = route.subscribers;
            int[] lanes = route.lanes;
            for (int i = 0; i < subs.length; i++) {
                if (subs[i].inline()) {
                    subs[i].deliver(route.spec.name(), message); // a tap: on this thread, no queue
                } else {
                    subs[i].enqueue(lanes[i], message);
                }
            }
        } else {
            deliverSynchronously(route, message);
        }
    }

    private void deliverSynchronously(Route route, Message message) {
        if (syncLock.isHeldByCurrentThread()) {
            // Published from inside a handler: deliver after the current message (breadth-first).
            pendingRoutes.addLast(route);
            pendingMessages.addLast(message);
            return;
        }
        syncLock.lock();
        try {
            fanOut(route, message);
            while (!pendingRoutes.isEmpty()) {
                fanOut(pendingRoutes.pollFirst(), pendingMessages.pollFirst());
            }
        } finally {
            pendingRoutes.clear();
            pendingMessages.clear();
            syncLock.unlock();
        }
    }

    private static void fanOut(Route route, Message message) {
        String topic = route.spec.name();
        for (Subscriber subscriber : route.subscribers) {
            subscriber.deliver(topic, message);
        }
    }

    private SubscriberQueue newQueue(List<TopicSpec> matched, SubscribeOptions options) {
        String[] topics = new String[matched.size()];
        int[] capacities = new int[matched.size()];
        for (int i = 0; i < topics.length; i++) {
            TopicSpec spec = matched.get(i);
            topics[i] = spec.name();
            capacities[i] = options.queueCapacity() > 0 ? options.queueCapacity() : spec.queueCapacity();
        }
        return new SubscriberQueue(topics, capacities);
    }

    /** Routes for every registered topic, subscribers in subscription order. */
    private Map<String, Route> buildRoutes(List<Subscriber> subs) {
        Map<String, Route> table = new HashMap<>();
        for (TopicSpec spec : registry.topics()) {
            int count = 0;
            for (Subscriber s : subs) {
                if (s.laneOf(spec.name()) >= 0) {
                    count++;
                }
            }
            Subscriber[] subArray = count == 0 ? NO_SUBSCRIBERS : new Subscriber[count];
            int[] laneArray = count == 0 ? NO_LANES : new int[count];
            int i = 0;
            for (Subscriber s : subs) {
                int lane = s.laneOf(spec.name());
                if (lane >= 0) {
                    subArray[i] = s;
                    laneArray[i++] = lane;
                }
            }
            table.put(spec.name(), new Route(spec, subArray, laneArray));
        }
        return Map.copyOf(table);
    }

    private void remove(Subscriber subscriber) {
        synchronized (subscribeLock) {
            if (subscribers.remove(subscriber)) {
                routes = buildRoutes(subscribers);
            }
        }
    }

    private void requireOpen(String action) {
        if (closed) {
            throw new IllegalStateException("bus is closed: cannot " + action);
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes every subscription (joining delivery threads, each with a timeout). Idempotent. */
    @Override
    public void close() {
        List<Subscriber> toClose;
        synchronized (subscribeLock) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayList<>(subscribers);
        }
        for (Subscriber s : toClose) {
            s.close();
        }
    }
}
