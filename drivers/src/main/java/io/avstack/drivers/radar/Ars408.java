package io.avstack.drivers.radar;

import io.avstack.drivers.can.CanFrame;
import io.avstack.drivers.can.CanSignal;

/**
 * Signal layout of the Continental ARS408-21 object list (ARS408 technical documentation / its DBC:
 * Motorola byte order, unsigned raw values, physical = raw x factor + offset). Message ids are for
 * sensor id 0; sensor id n adds {@code 0x10 * n}.
 */
public final class Ars408 {

    public static final int OBJECT_STATUS_ID = 0x60A;
    public static final int OBJECT_GENERAL_ID = 0x60B;
    public static final int OBJECT_QUALITY_ID = 0x60C;
    public static final int OBJECT_EXTENDED_ID = 0x60D;
    public static final int MAX_SENSOR_ID = 7;

    /** Object_0_Status: announces a new cycle. */
    public record Status(int objectCount, int measurementCounter, int interfaceVersion) {
    }

    /** Object_1_General. Distances in the sensor frame: x forward, y left. */
    public record General(int objectId, double distLongM, double distLatM, double vrelLongMps, double vrelLatMps,
                          DynamicProperty dynamicProperty, double rcsDbsm) {
    }

    /** Object_2_Quality (only the existence probability is used downstream). */
    public record Quality(int objectId, double probabilityOfExistence, int measState) {
    }

    /** Object_3_Extended. */
    public record Extended(int objectId, double arelLongMps2, double arelLatMps2, ObjectType type,
                           double orientationDeg, double lengthM, double widthM) {
    }

    /** Object_DynProp. */
    public enum DynamicProperty { MOVING, STATIONARY, ONCOMING, STATIONARY_CANDIDATE, UNKNOWN, CROSSING_STATIONARY,
        CROSSING_MOVING, STOPPED }

    /** Object_Class. */
    public enum ObjectType { POINT, CAR, TRUCK, RESERVED_3, MOTORCYCLE, BICYCLE, WIDE, RESERVED_7 }

    /** Object_ProbOfExist index -> probability. */
    private static final double[] PROB_OF_EXIST = {0.0, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1.0};

    // Signals (DBC convention: Motorola, start bit = most significant bit), sensor id 0.
    static final CanSignal STATUS_OBJECTS = motorola("Obj_NofObjects", OBJECT_STATUS_ID, 7, 8, 1, 0);
    static final CanSignal STATUS_COUNTER = motorola("Obj_MeasCounter", OBJECT_STATUS_ID, 15, 16, 1, 0);
    static final CanSignal STATUS_VERSION = motorola("Obj_InterfaceVersion", OBJECT_STATUS_ID, 31, 4, 1, 0);
    static final CanSignal GENERAL_ID = motorola("Obj_ID", OBJECT_GENERAL_ID, 7, 8, 1, 0);
    static final CanSignal DIST_LONG = motorola("Obj_DistLong", OBJECT_GENERAL_ID, 15, 13, 0.2, -500);
    static final CanSignal DIST_LAT = motorola("Obj_DistLat", OBJECT_GENERAL_ID, 18, 11, 0.2, -204.6);
    static final CanSignal VREL_LONG = motorola("Obj_VrelLong", OBJECT_GENERAL_ID, 39, 10, 0.25, -128);
    static final CanSignal VREL_LAT = motorola("Obj_VrelLat", OBJECT_GENERAL_ID, 45, 9, 0.25, -64);
    static final CanSignal DYN_PROP = motorola("Obj_DynProp", OBJECT_GENERAL_ID, 50, 3, 1, 0);
    static final CanSignal RCS = motorola("Obj_RCS", OBJECT_GENERAL_ID, 63, 8, 0.5, -64);
    static final CanSignal QUALITY_ID = motorola("Obj_ID", OBJECT_QUALITY_ID, 7, 8, 1, 0);
    static final CanSignal PROB_EXIST = motorola("Obj_ProbOfExist", OBJECT_QUALITY_ID, 55, 3, 1, 0);
    static final CanSignal MEAS_STATE = motorola("Obj_MeasState", OBJECT_QUALITY_ID, 52, 3, 1, 0);
    static final CanSignal EXTENDED_ID = motorola("Obj_ID", OBJECT_EXTENDED_ID, 7, 8, 1, 0);
    static final CanSignal AREL_LONG = motorola("Obj_ArelLong", OBJECT_EXTENDED_ID, 15, 11, 0.01, -10);
    static final CanSignal AREL_LAT = motorola("Obj_ArelLat", OBJECT_EXTENDED_ID, 20, 9, 0.01, -2.5);
    static final CanSignal CLASS = motorola("Obj_Class", OBJECT_EXTENDED_ID, 26, 3, 1, 0);
    static final CanSignal ORIENTATION = motorola("Obj_OrientationAngle", OBJECT_EXTENDED_ID, 39, 10, 0.4, -180);
    static final CanSignal LENGTH = motorola("Obj_Length", OBJECT_EXTENDED_ID, 55, 8, 0.2, 0);
    static final CanSignal WIDTH = motorola("Obj_Width", OBJECT_EXTENDED_ID, 63, 8, 0.2, 0);

    private Ars408() {
    }

    /** @return the decoded status, or null if the frame is too short */
    public static Status status(CanFrame f) {
        byte[] d = f.data();
        if (d.length < STATUS_VERSION.requiredBytes()) {
            return null;
        }
        return new Status((int) STATUS_OBJECTS.raw(d), (int) STATUS_COUNTER.raw(d), (int) STATUS_VERSION.raw(d));
    }

    /** @return the decoded object, or null if the frame has the wrong length */
    public static General general(CanFrame f) {
        byte[] d = f.data();
        if (d.length != 8) {
            return null;
        }
        return new General((int) GENERAL_ID.raw(d), DIST_LONG.physical(d), DIST_LAT.physical(d), VREL_LONG.physical(d),
                VREL_LAT.physical(d), DynamicProperty.values()[(int) DYN_PROP.raw(d)], RCS.physical(d));
    }

    /** @return the decoded quality, or null if the frame is too short */
    public static Quality quality(CanFrame f) {
        byte[] d = f.data();
        if (d.length < PROB_EXIST.requiredBytes()) {
            return null;
        }
        return new Quality((int) QUALITY_ID.raw(d), PROB_OF_EXIST[(int) PROB_EXIST.raw(d)], (int) MEAS_STATE.raw(d));
    }

    /** @return the decoded extension, or null if the frame has the wrong length */
    public static Extended extended(CanFrame f) {
        byte[] d = f.data();
        if (d.length != 8) {
            return null;
        }
        return new Extended((int) EXTENDED_ID.raw(d), AREL_LONG.physical(d), AREL_LAT.physical(d),
                ObjectType.values()[(int) CLASS.raw(d)], ORIENTATION.physical(d), LENGTH.physical(d), WIDTH.physical(d));
    }

    /** Obj_ProbOfExist index (0..7) whose decoded probability is nearest to {@code probability}. */
    static int probOfExistIndex(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("Obj_ProbOfExist must be in [0, 1], was " + probability);
        }
        int best = 0;
        for (int i = 1; i < PROB_OF_EXIST.length; i++) {
            if (Math.abs(PROB_OF_EXIST[i] - probability) < Math.abs(PROB_OF_EXIST[best] - probability)) {
                best = i;
            }
        }
        return best;
    }

    private static CanSignal motorola(String name, int id, int msb, int length, double scale, double offset) {
        return new CanSignal(name, id, msb, length, CanSignal.ByteOrder.MOTOROLA, false, scale, offset);
    }
}
