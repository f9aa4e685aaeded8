package io.avstack.core.log;

import io.avstack.core.codec.CodecException;
import io.avstack.core.codec.ProtoCodec;
import io.avstack.core.msg.Message;
import java.util.Arrays;
import java.util.Objects;

/**
 * One record read from a drive log. The message stays encoded until {@link #decode()}, so filtering
 * and seeking cost no decoding. {@code envelope} must not be mutated.
 *
 * @param topic     bus topic it was logged from
 * @param logTimeNs time the recorder saw it, ns
 * @param offset    byte offset of its frame in the file
 * @param envelope  the serialized {@code avstack.v1.Envelope}
 */
public record LoggedRecord(String topic, long logTimeNs, long offset, byte[] envelope) {

    public LoggedRecord {
        Objects.requireNonNull(topic, "LoggedRecord.topic");
        Objects.requireNonNull(envelope, "LoggedRecord.envelope");
    }

    /** Decodes the message with {@link ProtoCodec}. */
    public Message decode() throws CodecException {
        return ProtoCodec.INSTANCE.decode(envelope);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoggedRecord r && topic.equals(r.topic) && logTimeNs == r.logTimeNs
                && offset == r.offset && Arrays.equals(envelope, r.envelope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, logTimeNs, offset, Arrays.hashCode(envelope));
    }

    @Override
    public String toString() {
        return "LoggedRecord[" + topic + " @" + logTimeNs + " ns, offset " + offset + ", "
                + envelope.length + " bytes]";
    }
}
