package io.avstack.vehicle.bench;

/**
 * What one load measured. Latency is publish call to handler entry, on one host's monotonic clock.
 *
 * @param sent              messages published
 * @param received          messages the subscriber's handler saw
 * @param droppedSubscriber messages the subscriber's bounded queue dropped (latest wins)
 * @param droppedTransport  publishes the transport dropped (MQTT disconnected / refused)
 * @param elapsedS          publish start to last receipt
 * @param throughputMsgPerS received / elapsed
 * @param throughputMBps    received payload bytes / elapsed, in MB (1e6 bytes) per s
 * @param p50Ms             median latency
 * @param p99Ms             99th percentile latency
 * @param maxMs             worst latency
 */
public record LoadResult(String transport, String load, long sent, long received, long droppedSubscriber,
                         long droppedTransport, double elapsedS, double throughputMsgPerS, double throughputMBps,
                         double p50Ms, double p99Ms, double maxMs) {

    public long lost() {
        return sent - received;
    }
}
