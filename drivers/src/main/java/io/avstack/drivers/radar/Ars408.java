package io.avstack.drivers.radar;

import io.avstack.drivers.can.CanFrame;

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

    private Ars408() {
    }

    /** @return the decoded status, or null if the frame has the wrong length */
    public static Status status(CanFrame f) {
        if (f.data().length < 4) {
            return null;
        }
        return new Status(f.u8(0), f.u8(1) << 8 | f.u8(2), f.u8(3) >> 4);
    }

    /** @return the decoded object, or null if the frame has the wrong length */
    public static General general(CanFrame f) {
        if (f.data().length != 8) {
            return null;
        }
        int distLong = f.u8(1) << 5 | f.u8(2) >> 3;
        int distLat = (f.u8(2) & 0x07) << 8 | f.u8(3);
        int vrelLong = f.u8(4) << 2 | f.u8(5) >> 6;
        int vrelLat = (f.u8(5) & 0x3F) << 3 | f.u8(6) >> 5;
        return new General(f.u8(0), distLong * 0.2 - 500.0, distLat * 0.2 - 204.6, vrelLong * 0.25 - 128.0,
                vrelLat * 0.25 - 64.0, DynamicProperty.values()[f.u8(6) & 0x07], f.u8(7) * 0.5 - 64.0);
    }

    /** @return the decoded quality, or null if the frame has the wrong length */
    public static Quality quality(CanFrame f) {
        if (f.data().length < 7) {
            return null;
        }
        return new Quality(f.u8(0), PROB_OF_EXIST[f.u8(6) >> 5], (f.u8(6) >> 2) & 0x07);
    }

    /** @return the decoded extension, or null if the frame has the wrong length */
    public static Extended extended(CanFrame f) {
        if (f.data().length != 8) {
            return null;
        }
        int arelLong = f.u8(1) << 3 | f.u8(2) >> 5;
        int arelLat = (f.u8(2) & 0x1F) << 4 | f.u8(3) >> 4;
        int orientation = f.u8(4) << 2 | f.u8(5) >> 6;
        return new Extended(f.u8(0), arelLong * 0.01 - 10.0, arelLat * 0.01 - 2.5, ObjectType.values()[f.u8(3) & 0x07],
                orientation * 0.4 - 180.0, f.u8(6) * 0.2, f.u8(7) * 0.2);
    }
}
