package io.avstack.core.bus;

import io.avstack.core.msg.Message;

import java.util.Arrays;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded inbox of one asynchronous subscription: one ring per matched topic ("lane"), each
 * dropping its oldest message when full, so a burst on one topic never evicts another topic's
 * latest message. Messages leave in arrival order across lanes (each entry carries a sequence
 * number). Many producers, one consumer. Offering never blocks beyond a short critical section and
 * allocates nothing.
 */
final class SubscriberQueue {

    /** The consumer's out-parameter for {@link #take}: reused, so taking allocates nothing. */
    static final class Slot {
        String topic;
        Message message;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final String[] laneTopics;
    private final Message[][] messages;
    private final long[][] seqs;
    private final int[] heads;
    private final int[] sizes;
    private long nextSeq;
    private int total;
    private boolean closed;

    /** {@code laneTopics[i]} is delivered with capacity {@code capacities[i]} (>= 1). */
    SubscriberQueue(String[] laneTopics, int[] capacities) {
        if (laneTopics.length != capacities.length) {
            throw new IllegalArgumentException("one capacity per lane required");
        }
        int lanes = laneTopics.length;
        this.laneTopics = laneTopics.clone();
        this.messages = new Message[lanes][];
        this.seqs = new long[lanes][];
        this.heads = new int[lanes];
        this.sizes = new int[lanes];
        for (int i = 0; i < lanes; i++) {
            if (capacities[i] < 1) {
                throw new IllegalArgumentException("capacity of lane '" + laneTopics[i] + "' must be >= 1, was "
                        + capacities[i]);
            }
            messages[i] = new Message[capacities[i]];
            seqs[i] = new long[capacities[i]];
        }
    }

    /**
     * Appends to {@code lane}; when the lane is full its oldest message is overwritten.
     *
     * @return {@code true} if a message was dropped to make room; {@code false} otherwise, also
     *         when the queue is closed (the message is then discarded)
     */
    boolean offer(int lane, Message message) {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            Message[] ring = messages[lane];
            int cap = ring.length;
            boolean dropped = sizes[lane] == cap;
            int tail;
            if (dropped) {
                tail = heads[lane];
                heads[lane] = (tail + 1) % cap;
            } else {
                tail = (heads[lane] + sizes[lane]) % cap;
                sizes[lane]++;
                total++;
            }
            ring[tail] = message;
            seqs[lane][tail] = nextSeq++;
            notEmpty.signal();
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for the oldest queued message and moves it into {@code out}.
     *
     * @return {@code false} when the queue was closed (or the thread interrupted) instead
     */
    boolean take(Slot out) {
        lock.lock();
        try {
            while (total == 0) {
                if (closed) {
                    return false;
                }
                notEmpty.await();
            }
            if (closed) {
                return false;
            }
            removeOldest(out);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Like {@link #take} but gives up after {@code timeoutNs}; for tests and polling consumers. */
    boolean poll(Slot out, long timeoutNs) throws InterruptedException {
        long remainingNs = timeoutNs;
        lock.lock();
        try {
            while (total == 0) {
                if (closed || remainingNs <= 0) {
                    return false;
                }
                remainingNs = notEmpty.awaitNanos(remainingNs);
            }
            removeOldest(out);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void removeOldest(Slot out) {
        int best = -1;
        long bestSeq = Long.MAX_VALUE;
        for (int lane = 0; lane < sizes.length; lane++) {
            if (sizes[lane] > 0 && seqs[lane][heads[lane]] < bestSeq) {
                bestSeq = seqs[lane][heads[lane]];
                best = lane;
            }
        }
        Message[] ring = messages[best];
        int head = heads[best];
        out.topic = laneTopics[best];
        out.message = ring[head];
        ring[head] = null; // let the frame be collected once delivered
        heads[best] = (head + 1) % ring.length;
        sizes[best]--;
        total--;
    }

    /** Messages waiting, all lanes. */
    int size() {
        lock.lock();
        try {
            return total;
        } finally {
            lock.unlock();
        }
    }

    /** Discards queued messages and wakes the consumer; later offers are discarded. Idempotent. */
    void close() {
        lock.lock();
        try {
            closed = true;
            for (Message[] ring : messages) {
                Arrays.fill(ring, null);
            }
            Arrays.fill(sizes, 0);
            total = 0;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
