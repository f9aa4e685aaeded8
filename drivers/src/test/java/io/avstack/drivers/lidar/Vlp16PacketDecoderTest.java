package io.avstack.drivers.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Vlp16PacketDecoderTest {

    /** Elevations from the VLP-16 manual, table 9-1, typed here independently of the decoder. */
    private static final double[] MANUAL_ELEVATION_DEG = {-15, 1, -13, 3, -11, 5, -9, 7, -7, 9, -5, 11, -3, 13, -1, 15};

    record Pt(float x, float y, float z, float intensity, int ring, int azimuthRaw, double timeUs) {
    }

    private static List<Pt> decode(byte[] packet) {
        List<Pt> pts = new ArrayList<>();
        PacketRejection r = new Vlp16PacketDecoder().decode(packet, 0, packet.length,
                (x, y, z, i, ring, az, t) -> pts.add(new Pt(x, y, z, i, ring, az, t)));
        assertThat(r).isEqualTo(PacketRejection.NONE);
        return pts;
    }

    private static void assertPoint(Pt p, double rangeM, int laser, double azimuthDeg) {
        double w = Math.toRadians(MANUAL_ELEVATION_DEG[laser]);
        double a = Math.toRadians(azimuthDeg);
        assertThat((double) p.x()).isCloseTo(rangeM * Math.cos(w) * Math.cos(a), within(5e-5));
        assertThat((double) p.y()).isCloseTo(-rangeM * Math.cos(w) * Math.sin(a), within(5e-5));
        assertThat((double) p.z()).isCloseTo(rangeM * Math.sin(w), within(5e-5));
    }

    @Test
    void decodesKnownReturnsToTheManualsGeometry() {
        byte[] packet = new Vlp16PacketEncoder().azimuths(9_000, 40)
                .ret(0, 0, 0, 5_000, 255)     // laser 0 (-15 deg), 10.000 m, straight right (90 deg)
                .ret(0, 0, 14, 2_500, 0)      // laser 14 (-1 deg), 5.000 m
                .ret(3, 0, 7, 12_345, 128)    // block 3, 24.690 m
                .timestampUs(1_000).build();
        List<Pt> pts = decode(packet);

        assertThat(pts).hasSize(3);
        assertPoint(pts.get(0), 10.0, 0, 90.0);
        assertThat(pts.get(0).intensity()).isEqualTo(1f);
        assertThat(pts.get(0).ring()).isZero();
        assertThat(pts.get(0).azimuthRaw()).isEqualTo(9_000);
        // laser 14 fires 14 x 2.304 us later: azimuth advances 40 * 32.256 / 110.592 = 11.67 raw
        assertPoint(pts.get(1), 5.0, 14, 90.0 + 0.40 * 14 * 2.304 / 110.592);
        assertThat(pts.get(1).azimuthRaw()).isEqualTo(9_012);
        assertThat(pts.get(1).ring()).isEqualTo(7);
        assertThat(pts.get(1).timeUs()).isCloseTo(14 * 2.304, within(1e-9));
        // block 3 at 91.20 deg; laser 7 fires 16.128 us in: + 40 * 16.128 / 110.592 = 5.83 raw
        assertPoint(pts.get(2), 24.69, 7, 91.20 + 0.40 * 7 * 2.304 / 110.592);
        assertThat(pts.get(2).azimuthRaw()).isEqualTo(9_126);
    }

    @Test
    void secondFiringSequenceIsHalfwayToTheNextBlock() {
        byte[] packet = new Vlp16PacketEncoder().azimuths(35_980, 40).ret(0, 1, 0, 1_000, 10).build();
        List<Pt> pts = decode(packet);
        assertThat(pts).hasSize(1);
        assertThat(pts.get(0).azimuthRaw()).isEqualTo(0); // 35980 + 20 wraps to 0
        assertThat(pts.get(0).timeUs()).isCloseTo(55.296, within(1e-9));
        assertPoint(pts.get(0), 2.0, 0, 360.0);
    }

    @Test
    void lastBlockUsesThePreviousGapAndAzimuthWrapsBetweenBlocks() {
        byte[] packet = new Vlp16PacketEncoder().azimuths(35_800, 40).ret(11, 1, 0, 500, 1).build();
        List<Pt> pts = decode(packet);
        // block 11 azimuth (35800 + 440) % 36000 = 240, gap 40 -> +20
        assertThat(pts.get(0).azimuthRaw()).isEqualTo(260);
        assertThat(pts.get(0).timeUs()).isCloseTo(11 * 110.592 + 55.296, within(1e-9));
    }

    @Test
    void zeroDistanceMeansNoEchoAndIsSkipped() {
        assertThat(decode(new Vlp16PacketEncoder().azimuths(0, 40).build())).isEmpty();
        assertThat(decode(new Vlp16PacketEncoder().azimuths(0, 40).allReturns(1_000, 7).build())).hasSize(12 * 32);
    }

    @Test
    void ringsAreOrderedByElevation() {
        for (int laser = 0; laser < 16; laser++) {
            int ring = Vlp16.ring(laser);
            assertThat(Vlp16.laserId(ring)).isEqualTo(laser);
            int rank = 0;
            for (double e : MANUAL_ELEVATION_DEG) {
                if (e < MANUAL_ELEVATION_DEG[laser]) {
                    rank++;
                }
            }
            assertThat(ring).as("laser %d", laser).isEqualTo(rank);
        }
    }

    @Test
    void malformedPacketsAreRejectedWithTheirReason() {
        Vlp16PacketEncoder ok = new Vlp16PacketEncoder().azimuths(0, 40).allReturns(1_000, 1);
        assertThat(reject(ok.build())).isEqualTo(PacketRejection.NONE);
        assertThat(reject(new byte[1205])).isEqualTo(PacketRejection.WRONG_LENGTH);
        byte[] badFlag = ok.build();
        badFlag[500] = 0x00;
        assertThat(reject(badFlag)).isEqualTo(PacketRejection.BAD_BLOCK_FLAG);
        // fields the encoder refuses to write are patched into its bytes
        byte[] azimuth = ok.build();
        azimuth[5 * Vlp16.BLOCK_BYTES + 2] = (byte) 36_000;
        azimuth[5 * Vlp16.BLOCK_BYTES + 3] = (byte) (36_000 >> 8);
        assertThat(reject(azimuth)).isEqualTo(PacketRejection.AZIMUTH_OUT_OF_RANGE);
        byte[] hourLater = ok.build();
        ByteBuffer.wrap(hourLater).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(Vlp16.TIMESTAMP_OFFSET, (int) 3_600_000_000L);
        assertThat(reject(hourLater)).isEqualTo(PacketRejection.TIMESTAMP_OUT_OF_RANGE);
        byte[] vlp32 = ok.build();
        vlp32[Vlp16.PRODUCT_ID_OFFSET] = 0x28;
        assertThat(reject(vlp32)).isEqualTo(PacketRejection.UNSUPPORTED_PRODUCT);
        assertThat(reject(new Vlp16PacketEncoder().azimuths(0, 40).returnMode(0x39).build()))
                .isEqualTo(PacketRejection.DUAL_RETURN_UNSUPPORTED);
        assertThat(reject(new Vlp16PacketEncoder().azimuths(0, 40).returnMode(0x38).build())).isEqualTo(PacketRejection.NONE);
    }

    private static PacketRejection reject(byte[] packet) {
        List<Pt> pts = new ArrayList<>();
        PacketRejection r = new Vlp16PacketDecoder().decode(packet, 0, packet.length,
                (x, y, z, i, ring, az, t) -> pts.add(null));
        if (r != PacketRejection.NONE) {
            assertThat(pts).as("a rejected packet emits nothing").isEmpty();
        }
        return r;
    }
}
