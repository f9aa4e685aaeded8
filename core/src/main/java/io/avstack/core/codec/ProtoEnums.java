package io.avstack.core.codec;

import io.avstack.core.map.LightState;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.msg.NodeHealth;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.SafetyStatus.DegradedMode;
import io.avstack.core.msg.SafetyStatus.Verdict;

/**
 * Enum mapping between records and proto. Spelled out case by case (not by ordinal or name) so
 * reordering or renaming a Java constant can never silently change the wire; the switches are
 * exhaustive, so adding a constant on either side fails compilation here until it is mapped.
 * Decoding rejects {@code *_UNSPECIFIED} (unset) and {@code UNRECOGNIZED} (a newer sender's value).
 */
final class ProtoEnums {

    private ProtoEnums() {
    }

    static io.avstack.core.proto.ObjectClass toProto(ObjectClass c) {
        return switch (c) {
            case CAR -> io.avstack.core.proto.ObjectClass.OBJECT_CLASS_CAR;
            case TRUCK -> io.avstack.core.proto.ObjectClass.OBJECT_CLASS_TRUCK;
            case BUS -> io.avstack.core.proto.ObjectClass.OBJECT_CLASS_BUS;
            case PEDESTRIAN -> io.avstack.core.proto.ObjectClass.OBJECT_CLASS_PEDESTRIAN;
            case CYCLIST -> io.avstack.core.proto.ObjectClass.OBJECT_CLASS_CYCLIST;
            case MOTORCYCLIST -> io.avstack.core.proto.ObjectClass.OBJECT_CLASS_MOTORCYCLIST;
            case UNKNOWN -> io.avstack.core.proto.ObjectClass.OBJECT_CLASS_UNKNOWN;
        };
    }

    static ObjectClass fromProto(String field, io.avstack.core.proto.ObjectClass c, int number) throws CodecException {
        return switch (c) {
            case OBJECT_CLASS_CAR -> ObjectClass.CAR;
            case OBJECT_CLASS_TRUCK -> ObjectClass.TRUCK;
            case OBJECT_CLASS_BUS -> ObjectClass.BUS;
            case OBJECT_CLASS_PEDESTRIAN -> ObjectClass.PEDESTRIAN;
            case OBJECT_CLASS_CYCLIST -> ObjectClass.CYCLIST;
            case OBJECT_CLASS_MOTORCYCLIST -> ObjectClass.MOTORCYCLIST;
            case OBJECT_CLASS_UNKNOWN -> ObjectClass.UNKNOWN;
            case OBJECT_CLASS_UNSPECIFIED, UNRECOGNIZED -> throw invalid(field, number);
        };
    }

    static io.avstack.core.proto.ImageEncoding toProto(ImageEncoding e) {
        return switch (e) {
            case RGB8 -> io.avstack.core.proto.ImageEncoding.IMAGE_ENCODING_RGB8;
            case BGR8 -> io.avstack.core.proto.ImageEncoding.IMAGE_ENCODING_BGR8;
            case MONO8 -> io.avstack.core.proto.ImageEncoding.IMAGE_ENCODING_MONO8;
            case JPEG -> io.avstack.core.proto.ImageEncoding.IMAGE_ENCODING_JPEG;
            case PNG -> io.avstack.core.proto.ImageEncoding.IMAGE_ENCODING_PNG;
        };
    }

    static ImageEncoding fromProto(String field, io.avstack.core.proto.ImageEncoding e, int number) throws CodecException {
        return switch (e) {
            case IMAGE_ENCODING_RGB8 -> ImageEncoding.RGB8;
            case IMAGE_ENCODING_BGR8 -> ImageEncoding.BGR8;
            case IMAGE_ENCODING_MONO8 -> ImageEncoding.MONO8;
            case IMAGE_ENCODING_JPEG -> ImageEncoding.JPEG;
            case IMAGE_ENCODING_PNG -> ImageEncoding.PNG;
            case IMAGE_ENCODING_UNSPECIFIED, UNRECOGNIZED -> throw invalid(field, number);
        };
    }

    static io.avstack.core.proto.Verdict toProto(Verdict v) {
        return switch (v) {
            case PASS -> io.avstack.core.proto.Verdict.VERDICT_PASS;
            case CLAMP -> io.avstack.core.proto.Verdict.VERDICT_CLAMP;
            case OVERRIDE_MRM -> io.avstack.core.proto.Verdict.VERDICT_OVERRIDE_MRM;
        };
    }

    static Verdict fromProto(String field, io.avstack.core.proto.Verdict v, int number) throws CodecException {
        return switch (v) {
            case VERDICT_PASS -> Verdict.PASS;
            case VERDICT_CLAMP -> Verdict.CLAMP;
            case VERDICT_OVERRIDE_MRM -> Verdict.OVERRIDE_MRM;
            case VERDICT_UNSPECIFIED, UNRECOGNIZED -> throw invalid(field, number);
        };
    }

    static io.avstack.core.proto.DegradedMode toProto(DegradedMode m) {
        return switch (m) {
            case NONE -> io.avstack.core.proto.DegradedMode.DEGRADED_MODE_NONE;
            case STALE_SENSOR -> io.avstack.core.proto.DegradedMode.DEGRADED_MODE_STALE_SENSOR;
            case MISSING_SENSOR -> io.avstack.core.proto.DegradedMode.DEGRADED_MODE_MISSING_SENSOR;
            case PLANNER_TIMEOUT -> io.avstack.core.proto.DegradedMode.DEGRADED_MODE_PLANNER_TIMEOUT;
            case DETECTOR_FAILURE -> io.avstack.core.proto.DegradedMode.DEGRADED_MODE_DETECTOR_FAILURE;
            case BUS_DISCONNECT -> io.avstack.core.proto.DegradedMode.DEGRADED_MODE_BUS_DISCONNECT;
        };
    }

    static DegradedMode fromProto(String field, io.avstack.core.proto.DegradedMode m, int number) throws CodecException {
        return switch (m) {
            case DEGRADED_MODE_NONE -> DegradedMode.NONE;
            case DEGRADED_MODE_STALE_SENSOR -> DegradedMode.STALE_SENSOR;
            case DEGRADED_MODE_MISSING_SENSOR -> DegradedMode.MISSING_SENSOR;
            case DEGRADED_MODE_PLANNER_TIMEOUT -> DegradedMode.PLANNER_TIMEOUT;
            case DEGRADED_MODE_DETECTOR_FAILURE -> DegradedMode.DETECTOR_FAILURE;
            case DEGRADED_MODE_BUS_DISCONNECT -> DegradedMode.BUS_DISCONNECT;
            case DEGRADED_MODE_UNSPECIFIED, UNRECOGNIZED -> throw invalid(field, number);
        };
    }

    static io.avstack.core.proto.LightState toProto(LightState s) {
        return switch (s) {
            case GREEN -> io.avstack.core.proto.LightState.LIGHT_STATE_GREEN;
            case YELLOW -> io.avstack.core.proto.LightState.LIGHT_STATE_YELLOW;
            case RED -> io.avstack.core.proto.LightState.LIGHT_STATE_RED;
        };
    }

    static LightState fromProto(String field, io.avstack.core.proto.LightState s, int number) throws CodecException {
        return switch (s) {
            case LIGHT_STATE_GREEN -> LightState.GREEN;
            case LIGHT_STATE_YELLOW -> LightState.YELLOW;
            case LIGHT_STATE_RED -> LightState.RED;
            case LIGHT_STATE_UNSPECIFIED, UNRECOGNIZED -> throw invalid(field, number);
        };
    }

    static io.avstack.core.proto.NodeState toProto(NodeHealth.State s) {
        return switch (s) {
            case OK -> io.avstack.core.proto.NodeState.NODE_STATE_OK;
            case DEGRADED -> io.avstack.core.proto.NodeState.NODE_STATE_DEGRADED;
            case FAILED -> io.avstack.core.proto.NodeState.NODE_STATE_FAILED;
        };
    }

    static NodeHealth.State fromProto(String field, io.avstack.core.proto.NodeState s, int number) throws CodecException {
        return switch (s) {
            case NODE_STATE_OK -> NodeHealth.State.OK;
            case NODE_STATE_DEGRADED -> NodeHealth.State.DEGRADED;
            case NODE_STATE_FAILED -> NodeHealth.State.FAILED;
            case NODE_STATE_UNSPECIFIED, UNRECOGNIZED -> throw invalid(field, number);
        };
    }

    private static CodecException invalid(String field, int number) {
        String what = number == 0 ? "unset (0)" : "unknown value " + number;
        return new CodecException(CodecException.Kind.INVALID_FIELD, field + " is " + what);
    }
}
