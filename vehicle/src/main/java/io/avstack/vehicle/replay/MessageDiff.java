package io.avstack.vehicle.replay;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import io.avstack.core.codec.ProtoCodec;
import io.avstack.core.msg.Message;
import io.avstack.core.proto.Envelope;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Field-by-field comparison of two messages through their wire schema (avstack.proto), so every
 * field of every message type is compared without per-type code. Floating-point fields match
 * within {@code |a - b| <= ABS_TOL + REL_TOL * max(|a|, |b|)}; everything else must be equal.
 * Fields in {@link #IGNORED} (timing measured on the wall clock) are skipped.
 */
public final class MessageDiff {

    /** Absolute tolerance of floating-point fields. */
    public static final double ABS_TOL = 1e-9;
    /** Relative tolerance of floating-point fields. */
    public static final double REL_TOL = 1e-9;
    /**
     * Proto field names never compared: wall-clock timing. Every avstack message stamps data with the
     * injected clock (deterministic in simulation), so the set is empty today; a field measured on
     * the wall clock must be added here.
     */
    public static final Set<String> IGNORED = Set.of();

    /** Floating-point fields match within {@code |a - b| <= abs + rel * max(|a|, |b|)}. */
    public record Tolerance(double abs, double rel) {
    }

    /** {@link #ABS_TOL} and {@link #REL_TOL}: the same code on the same kernels. */
    public static final Tolerance EXACT = new Tolerance(ABS_TOL, REL_TOL);
    /**
     * A log recorded on a machine whose CPU kernels compute the networks differently (another
     * {@link io.avstack.perception.nn.KernelFingerprint}): the last-bit rounding of the networks'
     * outputs (~1e-7 relative) carries through fusion and planning, so floats match within 1e-4
     * relative; a changed behaviour (the planner test's 1 m/s) is orders of magnitude larger.
     */
    public static final Tolerance ACROSS_KERNELS = new Tolerance(1e-6, 1e-4);

    private MessageDiff() {
    }

    /** The first differing field as {@code path: logged X, replayed Y}, or empty when equal. */
    public static Optional<String> firstDifference(Message logged, Message replayed) {
        return firstDifference(logged, replayed, EXACT);
    }

    /** Like {@link #firstDifference(Message, Message)} with floats compared within {@code tolerance}. */
    public static Optional<String> firstDifference(Message logged, Message replayed, Tolerance tolerance) {
        return compare("", envelope(logged), envelope(replayed), tolerance);
    }

    private static Envelope envelope(Message m) {
        try {
            return Envelope.parseFrom(ProtoCodec.INSTANCE.encode(m));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("codec produced unparsable bytes", e);
        }
    }

    private static Optional<String> compare(String path, com.google.protobuf.Message a, com.google.protobuf.Message b,
            Tolerance tol) {
        if (!a.getDescriptorForType().equals(b.getDescriptorForType())) {
            return Optional.of(path + "type: logged " + a.getDescriptorForType().getName() + ", replayed "
                    + b.getDescriptorForType().getName());
        }
        for (FieldDescriptor f : a.getDescriptorForType().getFields()) {
            if (IGNORED.contains(f.getName())) {
                continue;
            }
            String p = path + f.getName();
            if (f.isRepeated()) {
                int na = a.getRepeatedFieldCount(f);
                int nb = b.getRepeatedFieldCount(f);
                if (na != nb) {
                    return Optional.of(p + " count: logged " + na + ", replayed " + nb);
                }
                for (int i = 0; i < na; i++) {
                    Optional<String> d = value(p + "[" + i + "]", f, a.getRepeatedField(f, i), b.getRepeatedField(f, i), tol);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            } else {
                if (f.hasPresence() && a.hasField(f) != b.hasField(f)) {
                    return Optional.of(p + ": logged " + (a.hasField(f) ? "set" : "unset") + ", replayed "
                            + (b.hasField(f) ? "set" : "unset"));
                }
                Optional<String> d = value(p, f, a.getField(f), b.getField(f), tol);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> value(String path, FieldDescriptor f, Object a, Object b, Tolerance tol) {
        switch (f.getJavaType()) {
            case MESSAGE:
                return compare(path + ".", (com.google.protobuf.Message) a, (com.google.protobuf.Message) b, tol);
            case DOUBLE:
            case FLOAT: {
                double x = ((Number) a).doubleValue();
                double y = ((Number) b).doubleValue();
                boolean same = Double.compare(x, y) == 0
                        || Math.abs(x - y) <= tol.abs() + tol.rel() * Math.max(Math.abs(x), Math.abs(y));
                return same ? Optional.empty()
                        : Optional.of(String.format(Locale.ROOT, "%s: logged %s, replayed %s", path, x, y));
            }
            case BYTE_STRING: {
                com.google.protobuf.ByteString x = (com.google.protobuf.ByteString) a;
                com.google.protobuf.ByteString y = (com.google.protobuf.ByteString) b;
                return x.equals(y) ? Optional.empty()
                        : Optional.of(path + ": logged " + x.size() + " bytes, replayed " + y.size() + " bytes (content differs)");
            }
            default:
                return a.equals(b) ? Optional.empty()
                        : Optional.of(path + ": logged " + a + ", replayed " + b);
        }
    }

    /** For tests and messages: the envelope's payload name, e.g. {@code control_command}. */
    static String payloadName(Message m) {
        return envelope(m).getPayloadCase().name().toLowerCase(Locale.ROOT);
    }
}
