package io.avstack.vehicle.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.BusStats;
import io.avstack.core.bus.HealthReporter;
import io.avstack.core.bus.MessageHandler;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.msg.Message;
import io.avstack.core.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One node's view of the process bus: everything is delegated, and on the way the node's
 * {@link HealthReporter} counts each message its handlers receive (and each exception they throw)
 * and each message it publishes. The node's subscriptions are kept so their queue drops count as
 * the node's drops. Nodes are built on their own {@code NodeBus} and need not know about health:
 * {@link HealthTicker} publishes the reports.
 */
public final class NodeBus implements Bus {

    private final Bus delegate;
    private final HealthReporter health;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /**
     * @param delegate the process bus (not closed by this view)
     * @param vehicle  vehicle id of the health topic
     * @param node     the node's name in its reports
     */
    public NodeBus(Bus delegate, String vehicle, String node, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.health = HealthReporter.standard(delegate, vehicle, node, clock);
    }

    @Override
    public void publish(String topic, Message message) {
        health.messageOut();
        delegate.publish(topic, message);
    }

    @Override
    public Subscription subscribe(String filter, SubscribeOptions options, MessageHandler handler) {
        Subscription s = delegate.subscribe(filter, options, health.counting(handler));
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

    /** The node's subscriptions, in the order made. */
    public List<Subscription> subscriptions() {
        return List.copyOf(subscriptions);
    }

    /** Closes nothing: the process bus belongs to the process. */
    @Override
    public void close() {
    }
}
