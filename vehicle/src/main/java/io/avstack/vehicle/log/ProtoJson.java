package io.avstack.vehicle.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.MessageOrBuilder;
import java.util.List;
import java.util.Map;

/**
 * A protobuf message as JSON for people reading a drive log: field names as in the .proto, fields
 * at their proto3 default left out (as protobuf's own JSON printer does), enums by name, and bulk
 * data shortened so one record stays one readable line: a bytes field becomes {@code {"bytes": n}}
 * and a repeated scalar field keeps its first {@code maxElements} values plus
 * {@code {"more": n}}. Repeated messages (objects, detections) are printed in full.
 */
public final class ProtoJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final int maxElements;

    /** @param maxElements values kept of each repeated scalar field (>= 0) */
    public ProtoJson(int maxElements) {
        if (maxElements < 0) {
            throw new IllegalArgumentException("maxElements must be >= 0, was " + maxElements);
        }
        this.maxElements = maxElements;
    }

    public ObjectNode toJson(MessageOrBuilder message) {
        ObjectNode node = F.objectNode();
        for (Map.Entry<FieldDescriptor, Object> e : message.getAllFields().entrySet()) {
            FieldDescriptor f = e.getKey();
            node.set(f.getName(), f.isRepeated() ? repeated(f, (List<?>) e.getValue()) : value(f, e.getValue()));
        }
        return node;
    }

    private JsonNode repeated(FieldDescriptor f, List<?> values) {
        ArrayNode array = F.arrayNode();
        boolean scalar = f.getJavaType() != FieldDescriptor.JavaType.MESSAGE;
        int keep = scalar ? Math.min(maxElements, values.size()) : values.size();
        for (int i = 0; i < keep; i++) {
            array.add(value(f, values.get(i)));
        }
        if (keep < values.size()) {
            array.add(F.objectNode().put("more", values.size() - keep));
        }
        return array;
    }

    private JsonNode value(FieldDescriptor f, Object v) {
        return switch (f.getJavaType()) {
            case MESSAGE -> toJson((MessageOrBuilder) v);
            case ENUM -> F.textNode(((EnumValueDescriptor) v).getName());
            case BYTE_STRING -> F.objectNode().put("bytes", ((ByteString) v).size());
            case STRING -> F.textNode((String) v);
            case BOOLEAN -> F.booleanNode((Boolean) v);
            case INT -> F.numberNode((Integer) v);
            case LONG -> F.numberNode((Long) v);
            case FLOAT -> finite(((Float) v).doubleValue());
            case DOUBLE -> finite((Double) v);
        };
    }

    /** JSON has no NaN or infinity: they are printed as strings, so a bad value is visible, not lost. */
    private static JsonNode finite(double v) {
        return Double.isFinite(v) ? F.numberNode(v) : F.textNode(Double.toString(v));
    }
}
