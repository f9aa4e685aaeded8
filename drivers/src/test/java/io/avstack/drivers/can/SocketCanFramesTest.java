package io.avstack.drivers.can;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tel.schich.javacan.CanId;

class SocketCanFramesTest {

    private static final long T = 1_795_410_000_000_000_123L;
    private static final byte NO_FLAGS = tel.schich.javacan.CanFrame.FD_NO_FLAGS;

    @Test
    void standardFrameKeepsIdDataAndTakesTheGivenTime() {
        tel.schich.javacan.CanFrame raw = tel.schich.javacan.CanFrame.create(0x60B, NO_FLAGS,
                new byte[] {1, 2, 3, 4, 5, 6, 7, (byte) 0xFF});
        CanFrame f = SocketCanFrames.toCanFrame(raw, T);
        assertThat(f).isEqualTo(new CanFrame(T, 0x60B, false, new byte[] {1, 2, 3, 4, 5, 6, 7, (byte) 0xFF}));
    }

    @Test
    void extendedIdLosesTheFlagBitAndIsMarkedExtended() {
        tel.schich.javacan.CanFrame raw = tel.schich.javacan.CanFrame.createExtended(0x18FEF100, NO_FLAGS, new byte[] {9});
        CanFrame f = SocketCanFrames.toCanFrame(raw, T);
        assertThat(f.id()).isEqualTo(0x18FEF100);
        assertThat(f.extended()).isTrue();
        assertThat(f.data()).containsExactly(9);
        // a standard id numerically equal to an extended one stays standard
        CanFrame small = SocketCanFrames.toCanFrame(tel.schich.javacan.CanFrame.createExtended(0x60B, NO_FLAGS, new byte[0]), T);
        assertThat(small.extended()).isTrue();
        assertThat(small.id()).isEqualTo(0x60B);
    }

    @Test
    void emptyPayloadIsAFrame() {
        CanFrame f = SocketCanFrames.toCanFrame(tel.schich.javacan.CanFrame.create(0x7FF, NO_FLAGS, new byte[0]), T);
        assertThat(f.data()).isEmpty();
        assertThat(f.id()).isEqualTo(0x7FF);
    }

    @Test
    void remoteErrorAndFdFramesAreNotConverted() {
        byte[] none = new byte[0];
        assertThat(SocketCanFrames.toCanFrame(
                tel.schich.javacan.CanFrame.createRaw(0x123 | CanId.RTR_FLAG, NO_FLAGS, none, 0, 0), T)).isNull();
        assertThat(SocketCanFrames.toCanFrame(
                tel.schich.javacan.CanFrame.createRaw(0x004 | CanId.ERR_FLAG, NO_FLAGS, new byte[8], 0, 8), T)).isNull();
        assertThat(SocketCanFrames.toCanFrame(tel.schich.javacan.CanFrame.create(0x123,
                tel.schich.javacan.CanFrame.FD_FLAG_FD_FRAME, new byte[12]), T)).isNull();
    }

    @Test
    void roundTripsThroughTheJavaCanRepresentation() {
        CanFrame[] frames = {
            new CanFrame(T, 0x60A, false, new byte[] {3, 0, 1, 0x10}),
            new CanFrame(T, 0x1FFF_FFFF, true, new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, 0, 1}),
            new CanFrame(T, 0, false, new byte[0]),
        };
        for (CanFrame f : frames) {
            assertThat(SocketCanFrames.toCanFrame(SocketCanFrames.toJavaCan(f), T)).isEqualTo(f);
        }
    }
}
