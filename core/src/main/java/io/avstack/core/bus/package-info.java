/**
 * The bus: how every avstack node exchanges messages.
 *
 * <ul>
 *   <li>{@link io.avstack.core.bus.Bus} — the interface nodes use; {@link io.avstack.core.bus.InProcessBus}
 *       is the in-JVM transport, the MQTT transport lives in {@code bus.mqtt}.</li>
 *   <li>{@link io.avstack.core.bus.TopicRegistry} — every topic's name, type, rate and
 *       {@link io.avstack.core.bus.DeliveryKind}; {@link io.avstack.core.bus.StandardTopics} is the
 *       stack's table (docs/TOPICS.md). {@link io.avstack.core.bus.TopicNames} and
 *       {@link io.avstack.core.bus.TopicFilter} validate names and MQTT filters.</li>
 *   <li>{@link io.avstack.core.bus.Dispatcher} — the delivery machinery both transports share:
 *       routing, bounded drop-oldest queues, delivery threads, {@link io.avstack.core.bus.BusCounters}.</li>
 *   <li>{@link io.avstack.core.bus.TopicMonitor} — per-topic health for a node (alive, rate, valid).</li>
 * </ul>
 */
package io.avstack.core.bus;
