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

    @Test
    void sameSizeAndHalvingFastPathsAgreeWithTheGeneralBilinearPath() {
        byte[] rgb = randomImage(3, 16, 12);
        int[][] sizes = {{16, 12}, {8, 6}};
        for (int[] size : sizes) {
            float[] fast = new float[3 * size[0] * size[1]];
            float[] general = new float[fast.length];
            ImageResampler.resizeNormalise(rgb, 16, 12, size[0], size[1], Normalisation.IMAGENET, fast);
            ImageResampler.bilinear(rgb, 16, 12, size[0], size[1], Normalisation.IMAGENET, general);
            for (int i = 0; i < fast.length; i++) {
                assertThat(fast[i]).as("%dx%d element %d", size[0], size[1], i).isCloseTo(general[i], within(1e-4f));
            }
        }
    }

    @Test
    void interleavedLayoutHoldsTheSameValuesAsPlanarOnEveryPath() {
        byte[] rgb = randomImage(5, 16, 12);
        int[][] sizes = {{16, 12}, {8, 6}, {10, 7}, {20, 15}}; // same size, halving, area mean, bilinear
        for (int[] size : sizes) {
            int plane = size[0] * size[1];
            float[] planar = new float[3 * plane];
            float[] interleaved = new float[3 * plane];
            ImageResampler.resizeNormalise(rgb, 16, 12, size[0], size[1], Normalisation.IMAGENET, planar, false);
            ImageResampler.resizeNormalise(rgb, 16, 12, size[0], size[1], Normalisation.IMAGENET, interleaved, true);
            for (int c = 0; c < 3; c++) {
                for (int p = 0; p < plane; p++) {
                    assertThat(interleaved[3 * p + c]).as("%dx%d channel %d pixel %d", size[0], size[1], c, p)
                            .isEqualTo(planar[c * plane + p]);
                }
            }
        }
    }

    @Test
    void anyOtherShrinkSeesExactlyTheAreaDownscaledImageTheTrainingFramesAreStoredAs() {
        byte[] rgb = randomImage(9, 640, 480);
        byte[] stored = ImageResampler.areaDownscale(rgb, 640, 480, 256, 192);
        float[] training = new float[3 * 256 * 192];
        ImageResampler.resizeNormalise(stored, 256, 192, 256, 192, Normalisation.IMAGENET, training);
        float[] inference = new float[training.length];
        ImageResampler.resizeNormalise(rgb, 640, 480, 256, 192, Normalisation.IMAGENET, inference);
        assertThat(inference).containsExactly(training);
        // a 2.5x2.5 window: pixel (0, 0) is the rounded mean of source rows 0-1 and columns 0-1
        int sum = 0;
        for (int i : new int[] {0, 1, 640, 641}) {
            sum += rgb[3 * i] & 0xff;
        }
        assertThat(stored[0] & 0xff).isEqualTo((sum + 2) / 4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImageResampler.areaDownscale(rgb, 640, 480, 641, 480))
                .hasMessageContaining("640x480 -> 641x480");
    }

    /** A w x h RGB8 image of uniform random bytes from {@code seed}. */
    private static byte[] randomImage(long seed, int w, int h) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) rng.nextInt(256);
        }
        return rgb;
    }
}
