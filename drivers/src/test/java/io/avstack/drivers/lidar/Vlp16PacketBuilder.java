package io.avstack.drivers.lidar;

/**
 * Test-side encoder of VLP-16 data packets, written from the manual's layout (not from the decoder):
 * 12 blocks of [0xFF 0xEE, azimuth u16 LE, 32 x (distance u16 LE in 2 mm, reflectivity u8)], then a
 * u32 LE timestamp (us past the hour), return mode and product id.
 */
final class Vlp16PacketBuilder {

    private final byte[] packet = new byte[1206];

    Vlp16PacketBuilder() {
        for (int b = 0; b < 12; b++) {
            packet[b * 100] = (byte) 0xFF;
            packet[b * 100 + 1] = (byte) 0xEE;
        }
        returnMode(0x37);
        packet[1205] = 0x22;
    }

    /** Sets every block's azimuth: {@code startRaw + b * stepRaw} (0.01 deg), wrapped at 36000. */
    Vlp16PacketBuilder azimuths(int startRaw, int stepRaw) {
        for (int b = 0; b < 12; b++) {
            azimuth(b, (startRaw + b * stepRaw) % 36_000);
        }
        return this;
    }

    Vlp16PacketBuilder azimuth(int block, int raw) {
        le16(block * 100 + 2, raw);
        return this;
    }

    /** A return of {@code laser} (0..15) in {@code firing} (0 or 1) of {@code block}. */
    Vlp16PacketBuilder ret(int block, int firing, int laser, int distanceRaw, int reflectivity) {
        int at = block * 100 + 4 + (firing * 16 + laser) * 3;
        le16(at, distanceRaw);
        packet[at + 2] = (byte) reflectivity;
        return this;
    }

    /** Every laser of every firing at {@code distanceRaw}. */
    Vlp16PacketBuilder allReturns(int distanceRaw, int reflectivity) {
        for (int b = 0; b < 12; b++) {
            for (int f = 0; f < 2; f++) {
                for (int l = 0; l < 16; l++) {
                    ret(b, f, l, distanceRaw, reflectivity);
                }
            }
        }
        return this;
    }

    Vlp16PacketBuilder timestampUs(long us) {
        packet[1200] = (byte) us;
        packet[1201] = (byte) (us >>> 8);
        packet[1202] = (byte) (us >>> 16);
        packet[1203] = (byte) (us >>> 24);
        return this;
    }

    Vlp16PacketBuilder returnMode(int mode) {
        packet[1204] = (byte) mode;
        return this;
    }

    Vlp16PacketBuilder productId(int id) {
        packet[1205] = (byte) id;
        return this;
    }

    byte[] build() {
        return packet.clone();
    }

    private void le16(int at, int v) {
        packet[at] = (byte) v;
        packet[at + 1] = (byte) (v >>> 8);
    }
}
