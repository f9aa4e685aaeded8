package io.avstack.vehicle.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.BusStats;
import io.avstack.core.bus.HealthReporter;
import io.avstack.core.bus.MessageHandler;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.msg.Message;
import io.avstack.core.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One node's view of the process bus: everything is delegated, and on the way the node's
 * {@link HealthReporter} counts each message its handlers receive (and each exception they throw)
 * and each message it publishes. The node's subscriptions are kept so their queue drops count as
 * the node's drops. Nodes are built on their own {@code NodeBus} and need not know about health:
 * {@link HealthTicker} publishes the reports.
 *
 * <p>{@link #ordered} views keep a node's handlers of one filter in subscription order, as a
 * synchronous bus does ({@link OrderedLanes}); plain views give each subscription its own queue.
 */
public final class NodeBus implements Bus {

    private final Bus delegate;
    private final HealthReporter health;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    /** Shared delivery per filter, or null for one subscription per handler. */
    private final OrderedLanes lanes;

    /**
     * @param delegate the process bus (not closed by this view)
     * @param vehicle  vehicle id of the health topic
     * @param node     the node's name in its reports
     */
    public NodeBus(Bus delegate, String vehicle, String node, Clock clock) {
        this(delegate, vehicle, node, clock, false);
    }

    private NodeBus(Bus delegate, String vehicle, String node, Clock clock, boolean ordered) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.health = HealthReporter.standard(delegate, vehicle, node, clock);
        this.lanes = ordered ? new OrderedLanes() : null;
    }

    /**
     * A view whose subscriptions with the same filter share one subscription on the process bus:
     * one queue and one delivery thread, the handlers called in the order they subscribed. For nodes
     * that rely on that order, as they may on the synchronous bus of the lockstep simulator: the
     * safety node's monitor must have recorded a planned command before the node's trigger on the
     * same topic runs a cycle, or the cycle misses it and the command waits for the next one. The
     * first subscription's options (queue length, thread name) hold for the shared one.
     */
    public static NodeBus ordered(Bus delegate, String vehicle, String node, Clock clock) {
        return new NodeBus(delegate, vehicle, node, clock, true);
    }

    @Override
    public void publish(String topic, Message message) {
        health.messageOut();
        delegate.publish(topic, message);
    }

    @Override
    public Subscription subscribe(String filter, SubscribeOptions options, MessageHandler handler) {
        MessageHandler counted = health.counting(handler);
        if (lanes != null) {
            return lanes.subscribe(filter, options, counted);
        }
        Subscription s = delegate.subscribe(filter, options, counted);
        subscriptions.add(s);
        return s;
    }

    /** The process bus's tap (never a shared ordered lane: a tap has no queue to share), counted. */
    @Override
    public Subscription tap(String filter, String name, MessageHandler handler) {
        Subscription s = delegate.tap(filter, name, health.counting(handler));
        subscriptions.add(s);
        return s;
    }

    @Override
    public BusStats stats() {
        return delegate.stats();
    }

    /** The node's reporter. */
    public HealthReporter health() {
        return health;
    }

    /** Messages the node's subscriptions dropped (queue full) so far. */
    public long subscriptionDrops() {
        long sum = 0;
        for (Subscription s : subscriptions) {
            sum += s.dropped();
        }
        return sum;
    }

    /** The node's subscriptions on the process bus, in the order made. */
    public List<Subscription> subscriptions() {
        return List.copyOf(subscriptions);
    }

    /** Closes nothing: the process bus belongs to the process. */
    @Override
    public void close() {
    }

    /** One process-bus subscription per filter, fanning out to the node's handlers in order. */
    private final class OrderedLanes {
        private final Map<String, Lane> byFilter = new HashMap<>();

        synchronized Subscription subscribe(String filter, SubscribeOptions options, MessageHandler handler) {
            Lane lane = byFilter.get(filter);
            if (lane == null) {
                lane = new Lane(filter);
                lane.handlers.add(handler);
                lane.shared = delegate.subscribe(filter, options, lane::deliver);
                subscriptions.add(lane.shared);
                byFilter.put(filter, lane);
            } else {
                lane.handlers.add(handler);
            }
            return new View(lane, handler);
        }

        synchronized void unsubscribe(Lane lane, MessageHandler handler) {
            if (lane.handlers.remove(handler) && lane.handlers.isEmpty()) {
                byFilter.remove(lane.filter);
                subscriptions.remove(lane.shared);
                lane.shared.close();
            }
        }

        /** One filter's handlers and their shared subscription. */
        private static final class Lane {
            final String filter;
            final List<MessageHandler> handlers = new CopyOnWriteArrayList<>();
            Subscription shared;

            Lane(String filter) {
                this.filter = filter;
            }

            /**
             * Calls every handler in order; one that throws does not stop the others. The first
             * exception is rethrown afterwards, so the bus counts and logs it as for a lone handler.
             */
            void deliver(String topic, Message message) {
                RuntimeException first = null;
                for (MessageHandler h : handlers) {
                    try {
                        h.onMessage(topic, message);
                    } catch (RuntimeException e) {
                        if (first == null) {
                            first = e;
                        }
                    }
                }
                if (first != null) {
                    throw first;
                }
            }
        }

        /** A handler's share of a lane; closing it removes the handler, the last one the subscription. */
        private final class View implements Subscription {
            private final Lane lane;
            private final MessageHandler handler;

            View(Lane lane, MessageHandler handler) {
                this.lane = lane;
                this.handler = handler;
            }

            @Override
            public String filter() {
                return lane.filter;
            }

            @Override
            public long delivered() {
                return lane.shared.delivered();
            }

            @Override
            public long dropped() {
                return lane.shared.dropped();
            }

            @Override
            public int queued() {
                return lane.shared.queued();
            }

            @Override
            public void close() {
                unsubscribe(lane, handler);
            }
        }
    }
}
