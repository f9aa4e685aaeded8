package io.avstack.core.codec;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Message;
import io.avstack.core.proto.Envelope;
import java.util.Objects;

/**
 * The one {@link MessageCodec}: every record to and from an {@code avstack.v1.Envelope} (see
 * {@code avstack.proto}). Stateless and thread-safe; use {@link #INSTANCE}.
 *
 * <p>Decoding never throws anything but {@link CodecException}, whatever the bytes: unparseable
 * input is {@code MALFORMED}, an empty or unknown payload {@code UNKNOWN_TYPE}, and an unset or
 * unknown enum, a missing required sub-message or any record invariant (array lengths, ranges,
 * NaN) {@code INVALID_FIELD} with the field and value in the message.
 *
 * <p>Copies: encoding copies bulk arrays once (into the output); decoding parses with aliasing, so
 * image bytes are copied once (into the record). Lidar scans, the bulkiest messages, are written and
 * read by {@link LidarScanWire} straight between the arrays and the bytes (the same bytes).
 */
public final class ProtoCodec implements MessageCodec {

    public static final ProtoCodec INSTANCE = new ProtoCodec();

    private ProtoCodec() {
    }

    @Override
    public byte[] encode(Message message) {
        Objects.requireNonNull(message, "message");
        if (message instanceof LidarScan scan) {
            return LidarScanWire.encode(scan); // the same bytes, without growing protobuf's packed lists
        }
        return ProtoEncoder.envelope(message).toByteArray();
    }

    /** @throws NullPointerException if {@code bytes} is null (a caller bug, not bad input) */
    @Override
    public Message decode(byte[] bytes) throws CodecException {
        Objects.requireNonNull(bytes, "bytes");
        LidarScanWire.Parts scan = LidarScanWire.decode(bytes); // null unless a lidar scan as encode writes it
        Envelope envelope = scan == null ? parse(bytes) : null;
        try {
            return scan != null ? ProtoDecoder.lidarScan(true, scan.header(), scan.xyzi(), scan.ring())
                    : ProtoDecoder.message(envelope);
        } catch (CodecException e) {
            throw e;
        } catch (RuntimeException e) {
            // Record constructors reject invariant violations with a message naming field and value.
            throw new CodecException(CodecException.Kind.INVALID_FIELD, String.valueOf(e.getMessage()), e);
        }
    }

    private static Envelope parse(byte[] bytes) throws CodecException {
        try {
            CodedInputStream in = CodedInputStream.newInstance(bytes);
            in.enableAliasing(true); // bytes fields view the input; the decoder makes the one copy
            return Envelope.parser().parseFrom(in); // also rejects a stray end-group tag
        } catch (InvalidProtocolBufferException e) {
            throw new CodecException(CodecException.Kind.MALFORMED,
                    "not an avstack envelope (" + bytes.length + " bytes): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new CodecException(CodecException.Kind.MALFORMED,
                    "not an avstack envelope (" + bytes.length + " bytes): " + e, e);
        }
    }
}
