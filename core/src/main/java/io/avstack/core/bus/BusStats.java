package io.avstack.core.bus;

/**
 * Bus-wide counters, a snapshot.
 *
 * @param published            messages accepted by {@link Bus#publish}
 * @param delivered            handler invocations that completed
 * @param droppedQueueFull     messages a slow subscriber lost (oldest dropped: latest wins)
 * @param droppedDisconnected  publishes dropped because the transport was disconnected (MQTT)
 * @param malformed            received bytes that failed to decode or had the wrong type (MQTT)
 * @param handlerErrors        handler invocations that threw (caught, counted, delivery continues)
 */
public record BusStats(long published, long delivered, long droppedQueueFull, long droppedDisconnected,
                       long malformed, long handlerErrors) {
}
