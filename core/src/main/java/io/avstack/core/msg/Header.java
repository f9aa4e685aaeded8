package io.avstack.core.msg;

import java.util.Objects;

/**
 * Common header of every avstack message.
 *
 * @param frameId  source / coordinate frame id, e.g. {@code "camera_front"}, {@code "base_link"}, {@code "map"}
 * @param seq      per-publisher sequence number, starting at 0, incremented by one per message
 * @param stampNs  time the data was measured, in ns from the injected clock (not the time it was sent)
 * @param valid    false when the data, or any input it was derived from, is known to be bad; an
 *                 output is valid only if all of its inputs were
 */
public record Header(String frameId, long seq, long stampNs, boolean valid) {
    public Header {
        Objects.requireNonNull(frameId, "frameId");
    }

    /** A valid header. */
    public static Header of(String frameId, long seq, long stampNs) {
        return new Header(frameId, seq, stampNs, true);
    }

    /** This header with {@code valid} replaced. */
    public Header withValid(boolean newValid) {
        return newValid == valid ? this : new Header(frameId, seq, stampNs, newValid);
    }
}
