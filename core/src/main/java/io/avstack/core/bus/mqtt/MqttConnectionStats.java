package io.avstack.core.bus.mqtt;

/**
 * Connection counters of one {@link MqttConnection}, a snapshot.
 *
 * @param connected        whether the client is connected now
 * @param connects         successful connections, the first included
 * @param reconnects       successful connections after the first (each follows a loss)
 * @param connectionLosses connections lost (broker stopped, network down, keep-alive timeout)
 * @param connectFailures  connection attempts that failed (one per retry while the broker is away)
 * @param received         messages received from the broker, before decoding
 * @param publishRefused   publishes the client refused while connected (too many in flight, Paho
 *                         errors); counted with the disconnected drops in {@code BusStats}
 */
public record MqttConnectionStats(boolean connected, long connects, long reconnects, long connectionLosses,
                                  long connectFailures, long received, long publishRefused) {
}
