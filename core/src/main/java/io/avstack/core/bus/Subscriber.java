package io.avstack.core.bus;

import io.avstack.core.msg.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One subscription of a {@link Dispatcher}: the handler, its counters and, in asynchronous mode, its
 * {@link SubscriberQueue} and delivery thread. The delivery thread never dies from a handler
 * exception: it is caught, counted and logged (rate-limited).
 */
final class Subscriber implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(Subscriber.class);

    /** How long {@link #close()} waits for a delivery thread whose handler is still running. */
    static final Duration JOIN_TIMEOUT = Duration.ofSeconds(2);

    private final TopicFilter filter;
    /** The registered topics the filter matched; index = lane in the queue. */
    private final String[] laneTopics;
    private final String name;
    private final MessageHandler handler;
    private final BusCounters busCounters;
    private final Consumer<Subscriber> onClose;
    private final RateLimitedLog errorLog = new RateLimitedLog(LOG);
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong handlerErrors = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final SubscriberQueue queue;
    private final Thread thread;

    /**
     * @param laneTopics the registered topics {@code filter} matched, in the queue's lane order
     * @param queue    the inbox for asynchronous delivery, or {@code null} for synchronous delivery
     * @param onClose  called once when the subscription closes (the dispatcher drops its routes)
     */
    Subscriber(TopicFilter filter, String[] laneTopics, String name, MessageHandler handler, BusCounters busCounters,
               SubscriberQueue queue, Consumer<Subscriber> onClose) {
        this.filter = filter;
        this.laneTopics = laneTopics.clone();
        this.name = name;
        this.handler = handler;
        this.busCounters = busCounters;
        this.queue = queue;
        this.onClose = onClose;
        if (queue == null) {
            this.thread = null;
        } else {
            this.thread = Thread.ofPlatform().daemon().name("bus-" + name).unstarted(this::deliveryLoop);
        }
    }

    void start() {
        if (thread != null) {
            thread.start();
        }
    }

    /** Whether this subscriber has no queue: synchronous mode, or a tap in asynchronous mode. */
    boolean inline() {
        return queue == null;
    }

    /** Asynchronous mode: enqueue on {@code lane}, counting a drop if the lane was full. */
    void enqueue(int lane, Message message) {
        if (queue.offer(lane, message)) {
            dropped.incrementAndGet();
            busCounters.countDroppedQueueFull();
        }
    }

    /** Runs the handler on the calling thread; exceptions are caught, counted and logged. */
    void deliver(String topic, Message message) {
        if (closed.get()) {
            return;
        }
        try {
            handler.onMessage(topic, message);
            delivered.incrementAndGet();
            busCounters.countDelivered();
        } catch (Exception | AssertionError e) {
            // AssertionError too: a test handler's failed assertion must not kill the delivery thread.
            handlerErrors.incrementAndGet();
            busCounters.countHandlerError();
            errorLog.error("handler of subscription '" + name + "' threw on topic '" + topic + "'", e);
        }
    }

    private void deliveryLoop() {
        SubscriberQueue.Slot slot = new SubscriberQueue.Slot();
        while (!closed.get() && queue.take(slot)) {
            Message message = slot.message;
            slot.message = null;
            deliver(slot.topic, message);
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    String name() {
        return name;
    }

    /** The lane {@code topic} is queued on, or -1 if this subscription does not receive it. */
    int laneOf(String topic) {
        for (int i = 0; i < laneTopics.length; i++) {
            if (laneTopics[i].equals(topic)) {
                return i;
            }
        }
        return -1;
    }

    /** Handler invocations that threw. */
    long handlerErrors() {
        return handlerErrors.get();
    }

    @Override
    public String filter() {
        return filter.text();
    }

    @Override
    public long delivered() {
        return delivered.get();
    }

    @Override
    public long dropped() {
        return dropped.get();
    }

    @Override
    public int queued() {
        return queue == null ? 0 : queue.size();
    }

    /**
     * Stops delivery: removes the routes, discards queued messages and joins the delivery thread
     * (unless called from it), waiting at most {@link #JOIN_TIMEOUT} for a running handler; a handler
     * still running after that is interrupted and left to finish. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        onClose.accept(this);
        if (queue == null) {
            return;
        }
        queue.close();
        if (thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(JOIN_TIMEOUT);
            if (thread.isAlive()) {
                LOG.warn("subscription '{}': handler still running {} after close; interrupting it",
                        name, JOIN_TIMEOUT);
                thread.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Subscription[" + name + " " + filter + "]";
    }
}
