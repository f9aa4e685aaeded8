package io.avstack.drivers.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.drivers.can.CanFrame;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Ars408EncoderTest {

    private final Ars408Encoder encoder = new Ars408Encoder(0);

    private static String hex(CanFrame f) {
        return HexFormat.of().withUpperCase().formatHex(f.data());
    }

    /**
     * Bytes worked out by hand from the DBC layout, independently of {@link Ars408}'s signal table.
     * E.g. Obj_DistLong 35.4 m -> raw (35.4 + 500) / 0.2 = 2677 = 0b1_0100_1110_101: its top 8 bits
     * fill byte 1 (0x53), its low 5 bits the top of byte 2, followed by the top 3 bits of
     * Obj_DistLat raw (-3.2 + 204.6) / 0.2 = 1007 = 0x3EF (byte 2 = 0xAB, byte 3 = 0xEF).
     */
    @Test
    void framesMatchTheDbcLayoutByteForByte() {
        CanFrame status = encoder.status(5, new Ars408.Status(2, 100, 1));
        assertThat(status.id()).isEqualTo(0x60A);
        assertThat(hex(status)).isEqualTo("0200641000000000");
        CanFrame general = encoder.general(5, new Ars408.General(42, 35.4, -3.2, -7.25, 1.5,
                Ars408.DynamicProperty.STATIONARY, 12.5));
        assertThat(general.id()).isEqualTo(0x60B);
        assertThat(general.timestampNs()).isEqualTo(5);
        assertThat(hex(general)).isEqualTo("2A53ABEF78E0C199");
        CanFrame extended = encoder.extended(5, new Ars408.Extended(7, -3.5, 0.75, Ars408.ObjectType.CAR, 12.4, 4.6, 1.8));
        assertThat(extended.id()).isEqualTo(0x60D);
        assertThat(hex(extended)).isEqualTo("0751545178401709");
    }

    @Test
    void qualityRoundTripsToTheNearestExistenceClass() {
        CanFrame q = encoder.quality(0, new Ars408.Quality(9, 0.97, 2));
        assertThat(q.id()).isEqualTo(0x60C);
        assertThat(q.data()).hasSize(7);
        Ars408.Quality back = Ars408.quality(q);
        assertThat(back.objectId()).isEqualTo(9);
        assertThat(back.probabilityOfExistence()).isEqualTo(0.99);
        assertThat(back.measState()).isEqualTo(2);
        assertThat(Ars408.quality(encoder.quality(0, new Ars408.Quality(1, 1.0, 1))).probabilityOfExistence()).isEqualTo(1.0);
        assertThatThrownBy(() -> encoder.quality(0, new Ars408.Quality(1, 1.5, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ProbOfExist");
    }

    @Test
    void randomObjectsRoundTripWithinEachSignalsResolution() {
        Random rng = new Random(408);
        for (int i = 0; i < 10_000; i++) {
            Ars408.General g = new Ars408.General(rng.nextInt(256), -500 + rng.nextDouble() * 1638,
                    -204.6 + rng.nextDouble() * 409.4, -128 + rng.nextDouble() * 255.75, -64 + rng.nextDouble() * 127.75,
                    Ars408.DynamicProperty.values()[rng.nextInt(8)], -64 + rng.nextDouble() * 127.5);
            Ars408.General back = Ars408.general(encoder.general(0, g));
            assertThat(back.objectId()).isEqualTo(g.objectId());
            assertThat(back.distLongM()).isCloseTo(g.distLongM(), within(0.1 + 1e-9));
            assertThat(back.distLatM()).isCloseTo(g.distLatM(), within(0.1 + 1e-9));
            assertThat(back.vrelLongMps()).isCloseTo(g.vrelLongMps(), within(0.125 + 1e-9));
            assertThat(back.vrelLatMps()).isCloseTo(g.vrelLatMps(), within(0.125 + 1e-9));
            assertThat(back.dynamicProperty()).isEqualTo(g.dynamicProperty());
            assertThat(back.rcsDbsm()).isCloseTo(g.rcsDbsm(), within(0.25 + 1e-9));
        }
    }

    @Test
    void sensorIdShiftsIdsAndOutOfRangeValuesNameTheSignal() {
        Ars408Encoder radar5 = new Ars408Encoder(5);
        assertThat(radar5.status(0, new Ars408.Status(0, 0, 1)).id()).isEqualTo(0x65A);
        assertThat(radar5.general(0, new Ars408.General(0, 1, 0, 0, 0, Ars408.DynamicProperty.MOVING, 0)).id())
                .isEqualTo(0x65B);
        assertThatThrownBy(() -> new Ars408Encoder(8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sensorId");
        assertThatThrownBy(() -> encoder.general(0, new Ars408.General(0, 1200, 0, 0, 0,
                Ars408.DynamicProperty.MOVING, 0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Obj_DistLong");
        assertThatThrownBy(() -> encoder.status(0, new Ars408.Status(256, 0, 1)))
                .hasMessageContaining("Obj_NofObjects");
    }
}
