package io.avstack.core.codec;

import io.avstack.core.msg.Message;

/**
 * Maps every {@link Message} record to and from bytes on the wire and in drive logs. The byte
 * format is the Protocol Buffers envelope in {@code avstack.proto}; there is exactly one
 * implementation ({@link ProtoCodec}) and no hand-written byte layouts anywhere.
 */
public interface MessageCodec {

    /** Encodes any message into a self-describing envelope. */
    byte[] encode(Message message);

    /** Decodes an envelope of any type. */
    Message decode(byte[] bytes) throws CodecException;

    /** Decodes and checks the type, failing with {@link CodecException.Kind#WRONG_TYPE}. */
    default <M extends Message> M decode(byte[] bytes, Class<M> expected) throws CodecException {
        Message m = decode(bytes);
        if (!expected.isInstance(m)) {
            throw new CodecException(CodecException.Kind.WRONG_TYPE,
                    "expected " + expected.getSimpleName() + " but bytes hold " + m.getClass().getSimpleName());
        }
        return expected.cast(m);
    }
}
