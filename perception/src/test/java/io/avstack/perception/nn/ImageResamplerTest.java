package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ImageResamplerTest {

    @Test
    void uniformImageResizesToTheNormalisedConstantInPlanarLayout() {
        byte[] rgb = new byte[8 * 6 * 3];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = (byte) 255;
            rgb[i + 1] = 0;
            rgb[i + 2] = (byte) 128;
        }
        Normalisation n = new Normalisation(0.5, 0.5, 0.5, 0.25, 0.25, 0.25);
        float[] out = new float[3 * 4 * 3];
        ImageResampler.resizeNormalise(rgb, 8, 6, 4, 3, n, out);
        assertThat(out[0]).isCloseTo(2f, within(1e-5f));
        assertThat(out[11]).isCloseTo(2f, within(1e-5f));
        assertThat(out[12]).isCloseTo(-2f, within(1e-5f));
        assertThat(out[35]).isCloseTo((float) ((128 / 255.0 - 0.5) / 0.25), within(1e-5f));
    }
}
