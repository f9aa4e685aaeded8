package io.avstack.sim.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SensorResponseTest {

    @Test
    void fastConversionGivesTheReferenceBytesForEveryNoiseOffset() {
        SensorResponse response = new SensorResponse(42, 0.1, 6.0);
        SplittableRandom random = new SplittableRandom(3);
        int[] colour = new int[640 * 480];
        for (int i = 0; i < colour.length; i++) {
            colour[i] = random.nextInt(0x1000000);
        }
        byte[] fast = new byte[colour.length * 3];
        for (long t = 0; t < 40; t++) { // 40 frame times: start offsets all over the table, wraps included
            long simTimeNs = t * 33_333_333L;
            response.toRgb8(colour, simTimeNs, fast);
            assertThat(fast).as("frame at %d ns", simTimeNs).isEqualTo(reference(response, colour, simTimeNs));
        }
    }

    @Test
    void everyStartOffsetNearTheTableEndWrapsLikeTheReference() {
        SensorResponse response = new SensorResponse(7, 0.2, 20.0);
        int[] colour = new int[50];
        for (int i = 0; i < colour.length; i++) {
            colour[i] = i * 0x050301;
        }
        byte[] fast = new byte[colour.length * 3];
        for (int start = (1 << 20) - 160; start < (1 << 20); start++) {
            response.toRgb8From(colour, start, fast);
            assertThat(fast).as("start %d", start).isEqualTo(referenceFrom(response, colour, start));
        }
    }

    /** The straightforward form the fast loop replaced. */
    private static byte[] reference(SensorResponse r, int[] colour, long simTimeNs) {
        return referenceFrom(r, colour, r.noiseStart(simTimeNs));
    }

    private static byte[] referenceFrom(SensorResponse r, int[] colour, int start) {
        byte[] out = new byte[colour.length * 3];
        int mask = (1 << 20) - 1;
        int k = start;
        for (int i = 0, o = 0; i < colour.length; i++, o += 3) {
            int c = colour[i];
            out[o] = (byte) Colours.clamp(r.level(0, (c >> 16) & 0xff) + r.noiseAt(k));
            out[o + 1] = (byte) Colours.clamp(r.level(1, (c >> 8) & 0xff) + r.noiseAt((k + 1) & mask));
            out[o + 2] = (byte) Colours.clamp(r.level(2, c & 0xff) + r.noiseAt((k + 2) & mask));
            k = (k + 3) & mask;
        }
        return out;
    }
}
