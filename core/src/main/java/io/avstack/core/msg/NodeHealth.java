package io.avstack.core.msg;

import java.util.Objects;

/**
 * One node's health report, published periodically on {@code system/health} by its
 * {@code io.avstack.core.bus.HealthReporter} (~100 bytes). Counters are cumulative since the node
 * started, so a consumer that misses a report loses no information, and rates are differences of
 * two reports.
 *
 * @param header          {@code stampNs}: when the report was made (the node's clock);
 *                        {@code frameId}: the node name
 * @param node            the node's name, e.g. {@code "fusion"}, {@code "radar_front"}; non-blank
 * @param state           how the node judges itself
 * @param messagesIn      messages the node received, {@code >= 0}
 * @param messagesOut     messages the node published, {@code >= 0}
 * @param messagesDropped messages the node dropped (queue full, stale, rejected input), {@code >= 0}
 * @param errors          errors the node caught and survived, {@code >= 0}
 * @param lastError       the latest error's text; empty when there has been none
 * @param uptimeNs        time since the node started, ns, {@code >= 0}
 */
public record NodeHealth(Header header, String node, State state, long messagesIn, long messagesOut,
                         long messagesDropped, long errors, String lastError, long uptimeNs) implements Message {

    /** A node's own verdict on itself. */
    public enum State {
        /** Working normally. */
        OK,
        /** Working, with reduced quality or capacity (e.g. an input missing, errors being survived). */
        DEGRADED,
        /** Not doing its job; its outputs must not be relied on. */
        FAILED
    }

    public NodeHealth {
        Objects.requireNonNull(header, "NodeHealth.header");
        Objects.requireNonNull(node, "NodeHealth.node");
        if (node.isBlank()) {
            throw Checks.fail("NodeHealth.node", "non-blank", "\"" + node + "\"");
        }
        Objects.requireNonNull(state, "NodeHealth.state");
        Checks.nonNegative("NodeHealth.messagesIn", messagesIn);
        Checks.nonNegative("NodeHealth.messagesOut", messagesOut);
        Checks.nonNegative("NodeHealth.messagesDropped", messagesDropped);
        Checks.nonNegative("NodeHealth.errors", errors);
        Objects.requireNonNull(lastError, "NodeHealth.lastError");
        Checks.nonNegative("NodeHealth.uptimeNs", uptimeNs);
    }
}
