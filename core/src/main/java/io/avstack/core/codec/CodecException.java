package io.avstack.core.codec;

/**
 * Bytes that could not be decoded into a message. Typed so a subscriber can count and drop the
 * message without catching everything.
 */
public final class CodecException extends Exception {

    /** Why decoding failed. */
    public enum Kind {
        /** Not a parseable envelope (random bytes, truncated record). */
        MALFORMED,
        /** Parsed, but the payload is not the type the topic carries. */
        WRONG_TYPE,
        /** Parsed, but a field violates the message's invariants (e.g. array length mismatch). */
        INVALID_FIELD,
        /** Empty envelope or a type this build does not know. */
        UNKNOWN_TYPE
    }

    private final Kind kind;

    public CodecException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CodecException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
