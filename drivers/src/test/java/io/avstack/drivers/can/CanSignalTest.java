package io.avstack.drivers.can;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.drivers.can.CanSignal.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CanSignalTest {

    private static CanSignal sig(int start, int len, ByteOrder order, boolean signed) {
        return new CanSignal("s", 0x100, start, len, order, signed, 1, 0);
    }

    @Test
    void intelSignalsReadLittleEndianFromTheStartBitUp() {
        byte[] d = {(byte) 0x34, (byte) 0x12, 0, 0, 0, 0, 0, 0};
        assertThat(sig(0, 16, ByteOrder.INTEL, false).raw(d)).isEqualTo(0x1234);
        assertThat(sig(4, 8, ByteOrder.INTEL, false).raw(d)).isEqualTo(0x23);
        assertThat(sig(0, 16, ByteOrder.INTEL, true).raw(new byte[] {(byte) 0xFF, (byte) 0xFF})).isEqualTo(-1);
    }

    @Test
    void motorolaSignalsReadBigEndianFromTheMostSignificantBitDown() {
        byte[] d = {(byte) 0x12, (byte) 0x34, (byte) 0x56, 0, 0, 0, 0, 0};
        assertThat(sig(7, 16, ByteOrder.MOTOROLA, false).raw(d)).isEqualTo(0x1234);
        // 12 bits from bit 3 of byte 0: 0x2 (low nibble of 0x12), then 0x34
        assertThat(sig(3, 12, ByteOrder.MOTOROLA, false).raw(d)).isEqualTo(0x234);
        assertThat(sig(15, 12, ByteOrder.MOTOROLA, false).raw(d)).isEqualTo(0x345);
        assertThat(sig(7, 8, ByteOrder.MOTOROLA, true).raw(new byte[] {(byte) 0x80})).isEqualTo(-128);
    }

    @Test
    void physicalValueIsRawTimesScalePlusOffset() {
        CanSignal s = new CanSignal("DistLong", 0x60B, 15, 13, ByteOrder.MOTOROLA, false, 0.2, -500);
        byte[] d = new byte[8];
        s.write(d, s.toRaw(35.4));
        assertThat(s.physical(d)).isCloseTo(35.4, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.requiredBytes()).isEqualTo(3);
        assertThatThrownBy(() -> s.toRaw(2000)).hasMessageContaining("DistLong");
    }

    @Test
    void writeThenReadRoundTripsForRandomLayouts() {
        Random rng = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            ByteOrder order = rng.nextBoolean() ? ByteOrder.INTEL : ByteOrder.MOTOROLA;
            int len = 1 + rng.nextInt(32);
            int start = rng.nextInt(64);
            CanSignal s;
            try {
                s = sig(start, len, order, rng.nextBoolean());
            } catch (IllegalArgumentException doesNotFit) {
                continue;
            }
            long raw = s.signed() ? rng.nextLong(-(1L << (len - 1)), 1L << (len - 1)) : rng.nextLong(1L << len);
            byte[] d = new byte[8];
            rng.nextBytes(d);
            byte[] before = d.clone();
            s.write(d, raw);
            assertThat(s.raw(d)).as("%s raw %d", s, raw).isEqualTo(raw);
            int changedOutside = 0;
            for (int bit = 0; bit < 64; bit++) {
                boolean changed = ((d[bit >> 3] ^ before[bit >> 3]) >> (bit & 7) & 1) != 0;
                if (changed) {
                    changedOutside++;
                }
            }
            assertThat(changedOutside).isLessThanOrEqualTo(len);
        }
    }

    @Test
    void layoutsThatDoNotFitAreRejectedWithTheSignalNamed() {
        assertThatThrownBy(() -> new CanSignal("Speed", 1, 60, 8, ByteOrder.INTEL, false, 1, 0))
                .hasMessageContaining("Speed").hasMessageContaining("8 bytes");
        assertThatThrownBy(() -> new CanSignal("Speed", 1, 0, 16, ByteOrder.MOTOROLA, false, 0, 0))
                .hasMessageContaining("scale");
    }
}
