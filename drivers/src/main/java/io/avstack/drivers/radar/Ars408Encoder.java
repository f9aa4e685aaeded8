package io.avstack.drivers.radar;

import io.avstack.drivers.can.CanFrame;
import io.avstack.drivers.can.CanSignal;

/**
 * Encodes ARS408-21 object-list frames from the decoded records ({@link Ars408.Status},
 * {@link Ars408.General}, {@link Ars408.Quality}, {@link Ars408.Extended}) with the same signal
 * layout {@link Ars408} decodes (raw = round((physical - offset) / factor)), so the decoder is its
 * exact inverse up to each signal's resolution. Frame lengths are the sensor's: 8 bytes, 7 for
 * Object_2_Quality. A value a signal cannot carry (e.g. a distance beyond 1138.2 m) is an
 * {@link IllegalArgumentException} naming the signal.
 */
public final class Ars408Encoder {

    private final int idOffset;

    /** @param sensorId the radar's sensor id 0..7 (shifts message ids by 0x10 each) */
    public Ars408Encoder(int sensorId) {
        if (sensorId < 0 || sensorId > Ars408.MAX_SENSOR_ID) {
            throw new IllegalArgumentException("sensorId must be 0..7, was " + sensorId);
        }
        this.idOffset = 0x10 * sensorId;
    }

    /** Object_0_Status, which starts a measurement cycle (its time stamps the cycle's scan). */
    public CanFrame status(long timestampNs, Ars408.Status s) {
        byte[] d = new byte[8];
        put(d, Ars408.STATUS_OBJECTS, s.objectCount());
        put(d, Ars408.STATUS_COUNTER, s.measurementCounter());
        put(d, Ars408.STATUS_VERSION, s.interfaceVersion());
        return frame(timestampNs, Ars408.OBJECT_STATUS_ID, d);
    }

    /** Object_1_General: position, relative velocity, dynamic property and RCS of one object. */
    public CanFrame general(long timestampNs, Ars408.General g) {
        byte[] d = new byte[8];
        put(d, Ars408.GENERAL_ID, g.objectId());
        put(d, Ars408.DIST_LONG, g.distLongM());
        put(d, Ars408.DIST_LAT, g.distLatM());
        put(d, Ars408.VREL_LONG, g.vrelLongMps());
        put(d, Ars408.VREL_LAT, g.vrelLatMps());
        put(d, Ars408.DYN_PROP, g.dynamicProperty().ordinal());
        put(d, Ars408.RCS, g.rcsDbsm());
        return frame(timestampNs, Ars408.OBJECT_GENERAL_ID, d);
    }

    /** Object_2_Quality; the probability of existence goes out as the nearest of the sensor's 8 classes. */
    public CanFrame quality(long timestampNs, Ars408.Quality q) {
        byte[] d = new byte[7];
        put(d, Ars408.QUALITY_ID, q.objectId());
        put(d, Ars408.PROB_EXIST, Ars408.probOfExistIndex(q.probabilityOfExistence()));
        put(d, Ars408.MEAS_STATE, q.measState());
        return frame(timestampNs, Ars408.OBJECT_QUALITY_ID, d);
    }

    /** Object_3_Extended: relative acceleration, class, orientation and size. */
    public CanFrame extended(long timestampNs, Ars408.Extended e) {
        byte[] d = new byte[8];
        put(d, Ars408.EXTENDED_ID, e.objectId());
        put(d, Ars408.AREL_LONG, e.arelLongMps2());
        put(d, Ars408.AREL_LAT, e.arelLatMps2());
        put(d, Ars408.CLASS, e.type().ordinal());
        put(d, Ars408.ORIENTATION, e.orientationDeg());
        put(d, Ars408.LENGTH, e.lengthM());
        put(d, Ars408.WIDTH, e.widthM());
        return frame(timestampNs, Ars408.OBJECT_EXTENDED_ID, d);
    }

    private CanFrame frame(long timestampNs, int baseId, byte[] d) {
        return new CanFrame(timestampNs, baseId + idOffset, false, d);
    }

    private static void put(byte[] d, CanSignal s, double physical) {
        s.write(d, s.toRaw(physical));
    }
}
