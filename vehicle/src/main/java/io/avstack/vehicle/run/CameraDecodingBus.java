package io.avstack.vehicle.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.BusStats;
import io.avstack.core.bus.MessageHandler;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Message;
import io.avstack.drivers.camera.CameraFrameCodec;
import java.util.Objects;

/**
 * A node's bus on which compressed camera frames (JPEG, PNG: what drivers send over MQTT) arrive
 * decoded to RGB8, on the subscriber's delivery thread, for a detector that needs pixels. A frame
 * that does not decode makes the handler throw (counted by the bus and the node's health).
 */
final class CameraDecodingBus implements Bus {

    private final Bus delegate;

    CameraDecodingBus(Bus delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void publish(String topic, Message message) {
        delegate.publish(topic, message);
    }

    @Override
    public Subscription subscribe(String filter, SubscribeOptions options, MessageHandler handler) {
        return delegate.subscribe(filter, options, (topic, m) -> handler.onMessage(topic,
                m instanceof CameraFrame f && !f.encoding().isRaw() ? CameraFrameCodec.toRgb(f) : m));
    }

    @Override
    public BusStats stats() {
        return delegate.stats();
    }

    /** Closes nothing: the bus belongs to the process. */
    @Override
    public void close() {
    }
}
