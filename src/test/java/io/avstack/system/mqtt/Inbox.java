package io.avstack.system.mqtt;

import io.avstack.core.bus.MessageHandler;
import io.avstack.core.msg.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** A subscriber that records what it receives and lets a test wait for it. */
final class Inbox implements MessageHandler {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<Message> messages = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();

    @Override
    public void onMessage(String topic, Message message) {
        lock.lock();
        try {
            topics.add(topic);
            messages.add(message);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until at least {@code count} messages arrived; returns whether they did. */
    boolean awaitCount(int count, Duration timeout) throws InterruptedException {
        return await(list -> list.size() >= count, timeout);
    }

    /** Waits until a received message satisfies {@code match}; returns whether one did. */
    boolean awaitAny(Predicate<Message> match, Duration timeout) throws InterruptedException {
        return await(list -> list.stream().anyMatch(match), timeout);
    }

    private boolean await(Predicate<List<Message>> done, Duration timeout) throws InterruptedException {
        long remainingNs = timeout.toNanos();
        lock.lock();
        try {
            while (!done.test(messages)) {
                if (remainingNs <= 0) {
                    return false;
                }
                remainingNs = arrived.awaitNanos(remainingNs);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    List<Message> messages() {
        lock.lock();
        try {
            return List.copyOf(messages);
        } finally {
            lock.unlock();
        }
    }

    List<String> topics() {
        lock.lock();
        try {
            return List.copyOf(topics);
        } finally {
            lock.unlock();
        }
    }

    /** The header sequence numbers received, in arrival order. */
    List<Long> seqs() {
        List<Long> out = new ArrayList<>();
        for (Message m : messages()) {
            out.add(m.header().seq());
        }
        return out;
    }
}
