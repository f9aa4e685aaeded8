package io.avstack.core.msg;

/**
 * A message the stack exchanges on the bus. Every implementation is an immutable record in this
 * package, mirrored by a message in {@code core/src/main/proto/avstack.proto}.
 *
 * <p>Records that carry primitive arrays (image bytes, point buffers) must not have those arrays
 * mutated after construction: the in-process bus hands the same instance to every subscriber
 * (zero copy).
 */
public interface Message {
    Header header();
}
