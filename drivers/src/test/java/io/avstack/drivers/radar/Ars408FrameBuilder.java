package io.avstack.drivers.radar;

import io.avstack.drivers.can.CanFrame;

/** Test-side encoder of ARS408-21 object-list frames, from the DBC layout (raw = (phys - offset) / factor). */
final class Ars408FrameBuilder {

    private Ars408FrameBuilder() {
    }

    static CanFrame status(long tNs, int objects, int counter) {
        return new CanFrame(tNs, Ars408.OBJECT_STATUS_ID, false,
                new byte[] {(byte) objects, (byte) (counter >> 8), (byte) counter, (byte) 0x10});
    }

    static CanFrame general(long tNs, int objectId, double distLongM, double distLatM, double vrelLongMps,
                            double vrelLatMps, int dynProp, double rcsDbsm) {
        int dLong = raw(distLongM, 0.2, -500, 13);
        int dLat = raw(distLatM, 0.2, -204.6, 11);
        int vLong = raw(vrelLongMps, 0.25, -128, 10);
        int vLat = raw(vrelLatMps, 0.25, -64, 9);
        int rcs = raw(rcsDbsm, 0.5, -64, 8);
        byte[] d = new byte[8];
        d[0] = (byte) objectId;
        d[1] = (byte) (dLong >> 5);
        d[2] = (byte) ((dLong & 0x1F) << 3 | dLat >> 8);
        d[3] = (byte) dLat;
        d[4] = (byte) (vLong >> 2);
        d[5] = (byte) ((vLong & 0x3) << 6 | vLat >> 3);
        d[6] = (byte) ((vLat & 0x7) << 5 | dynProp);
        d[7] = (byte) rcs;
        return new CanFrame(tNs, Ars408.OBJECT_GENERAL_ID, false, d);
    }

    static CanFrame extended(long tNs, int objectId, double arelLong, double arelLat, int cls, double orientDeg,
                             double lengthM, double widthM) {
        int aLong = raw(arelLong, 0.01, -10, 11);
        int aLat = raw(arelLat, 0.01, -2.5, 9);
        int orient = raw(orientDeg, 0.4, -180, 10);
        byte[] d = new byte[8];
        d[0] = (byte) objectId;
        d[1] = (byte) (aLong >> 3);
        d[2] = (byte) ((aLong & 0x7) << 5 | aLat >> 4);
        d[3] = (byte) ((aLat & 0xF) << 4 | cls);
        d[4] = (byte) (orient >> 2);
        d[5] = (byte) ((orient & 0x3) << 6);
        d[6] = (byte) raw(lengthM, 0.2, 0, 8);
        d[7] = (byte) raw(widthM, 0.2, 0, 8);
        return new CanFrame(tNs, Ars408.OBJECT_EXTENDED_ID, false, d);
    }

    private static int raw(double phys, double factor, double offset, int bits) {
        long r = Math.round((phys - offset) / factor);
        if (r < 0 || r >= (1L << bits)) {
            throw new IllegalArgumentException(phys + " does not fit " + bits + " bits");
        }
        return (int) r;
    }

    /** A candump -l line for {@code f} on can0. */
    static String candumpLine(CanFrame f) {
        StringBuilder hex = new StringBuilder();
        for (byte b : f.data()) {
            hex.append(String.format("%02X", b));
        }
        return String.format("(%d.%06d) can0 %03X#%s", f.timestampNs() / 1_000_000_000L,
                (f.timestampNs() % 1_000_000_000L) / 1_000, f.id(), hex);
    }
}
