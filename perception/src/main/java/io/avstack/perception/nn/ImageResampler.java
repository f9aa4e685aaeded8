package io.avstack.perception.nn;

/**
 * Resize of an interleaved RGB8 image straight into a normalised float tensor, planar (C x H x W) or
 * interleaved (H x W x C), the network's input layouts: a copy, a 2x2 mean (halving), an area mean
 * (any other shrink: the same pixels the training frames are stored with, {@link #areaDownscale}) or
 * bilinear (enlarging). Pure Java so that pre-processing needs no native call per pixel.
 */
public final class ImageResampler {

    private ImageResampler() {
    }

    /**
     * Resizes {@code rgb} (srcW x srcH, 3 bytes per pixel) to dstW x dstH and writes
     * {@code (v / 255 - mean) / std} planes into {@code dest} (length 3 * dstW * dstH).
     */
    public static void resizeNormalise(byte[] rgb, int srcW, int srcH, int dstW, int dstH, Normalisation norm,
            float[] dest) {
        resizeNormalise(rgb, srcW, srcH, dstW, dstH, norm, dest, false);
    }

    /**
     * Like {@link #resizeNormalise(byte[], int, int, int, int, Normalisation, float[])}, writing
     * interleaved H x W x C values ({@code interleaved}) or C x H x W planes.
     */
    public static void resizeNormalise(byte[] rgb, int srcW, int srcH, int dstW, int dstH, Normalisation norm,
            float[] dest, boolean interleaved) {
        int plane = dstW * dstH;
        // Index of value (c, pixel o) in dest: c * channelStep + o * pixelStep.
        int channelStep = interleaved ? 1 : plane;
        int pixelStep = interleaved ? 3 : 1;
        // Same results as the general bilinear path (an exact 2x bilinear with pixel-centre
        // alignment is the 2x2 mean), a few times faster: these are the training and camera cases.
        if (srcW == dstW && srcH == dstH) {
            copyNormalise(rgb, plane, norm, dest, channelStep, pixelStep);
        } else if (srcW == 2 * dstW && srcH == 2 * dstH) {
            halveNormalise(rgb, srcW, dstW, dstH, norm, dest, channelStep, pixelStep);
        } else if (dstW <= srcW && dstH <= srcH) {
            areaNormalise(rgb, srcW, srcH, dstW, dstH, norm, dest, channelStep, pixelStep);
        } else {
            bilinear(rgb, srcW, srcH, dstW, dstH, norm, dest, channelStep, pixelStep);
        }
    }

    /**
     * {@code rgb} (srcW x srcH, RGB8) shrunk to dstW x dstH by {@link #areaMean}: what the camera
     * detector's training frames are stored as, and (normalised) what it sees at inference for any
     * input size other than the source or half of it.
     *
     * @throws IllegalArgumentException when the target is larger than the source or empty
     */
    public static byte[] areaDownscale(byte[] rgb, int srcW, int srcH, int dstW, int dstH) {
        requireShrink(srcW, srcH, dstW, dstH);
        byte[] d = new byte[dstW * dstH * 3];
        for (int y = 0; y < dstH; y++) {
            for (int x = 0; x < dstW; x++) {
                for (int c = 0; c < 3; c++) {
                    d[(y * dstW + x) * 3 + c] = (byte) areaMean(rgb, srcW, srcH, dstW, dstH, x, y, c);
                }
            }
        }
        return d;
    }

    /** {@link #areaDownscale}'s pixels, normalised, without the intermediate image. */
    private static void areaNormalise(byte[] rgb, int srcW, int srcH, int dstW, int dstH, Normalisation norm,
            float[] dest, int channelStep, int pixelStep) {
        requireShrink(srcW, srcH, dstW, dstH);
        for (int c = 0; c < 3; c++) {
            float scale = (float) (1.0 / (255.0 * norm.std(c)));
            float offset = (float) (-norm.mean(c) / norm.std(c));
            int o = c * channelStep;
            for (int y = 0; y < dstH; y++) {
                for (int x = 0; x < dstW; x++) {
                    dest[o + (y * dstW + x) * pixelStep] = areaMean(rgb, srcW, srcH, dstW, dstH, x, y, c) * scale + offset;
                }
            }
        }
    }

    /**
     * Channel {@code c} of output pixel (x, y) of a srcW x srcH -> dstW x dstH shrink: the mean of the
     * source pixels from {@code x * srcW / dstW} up to (not including) {@code (x + 1) * srcW / dstW}
     * (at least one; integer division) and likewise in y, rounded to the nearest integer.
     */
    private static int areaMean(byte[] rgb, int srcW, int srcH, int dstW, int dstH, int x, int y, int c) {
        int y0 = y * srcH / dstH;
        int y1 = Math.max(y0 + 1, (y + 1) * srcH / dstH);
        int x0 = x * srcW / dstW;
        int x1 = Math.max(x0 + 1, (x + 1) * srcW / dstW);
        int sum = 0;
        for (int yy = y0; yy < y1; yy++) {
            int row = yy * srcW;
            for (int xx = x0; xx < x1; xx++) {
                sum += rgb[(row + xx) * 3 + c] & 0xff;
            }
        }
        int n = (y1 - y0) * (x1 - x0);
        return (sum + n / 2) / n;
    }

    private static void requireShrink(int srcW, int srcH, int dstW, int dstH) {
        if (dstW > srcW || dstH > srcH || dstW < 1 || dstH < 1) {
            throw new IllegalArgumentException("area downscale only shrinks: " + srcW + "x" + srcH + " -> " + dstW + "x"
                    + dstH);
        }
    }

    private static void copyNormalise(byte[] rgb, int plane, Normalisation norm, float[] dest, int channelStep,
            int pixelStep) {
        for (int c = 0; c < 3; c++) {
            float scale = (float) (1.0 / (255.0 * norm.std(c)));
            float offset = (float) (-norm.mean(c) / norm.std(c));
            int o = c * channelStep;
            for (int i = 0; i < plane; i++) {
                dest[o + i * pixelStep] = (rgb[3 * i + c] & 0xFF) * scale + offset;
            }
        }
    }

    private static void halveNormalise(byte[] rgb, int srcW, int dstW, int dstH, Normalisation norm,
            float[] dest, int channelStep, int pixelStep) {
        int row = srcW * 3;
        for (int c = 0; c < 3; c++) {
            float scale = (float) (0.25 / (255.0 * norm.std(c)));
            float offset = (float) (-norm.mean(c) / norm.std(c));
            int o = c * channelStep;
            for (int y = 0; y < dstH; y++) {
                int top = 2 * y * row + c;
                for (int x = 0; x < dstW; x++) {
                    int i = top + 6 * x;
                    int sum = (rgb[i] & 0xFF) + (rgb[i + 3] & 0xFF) + (rgb[i + row] & 0xFF) + (rgb[i + row + 3] & 0xFF);
                    dest[o + (y * dstW + x) * pixelStep] = sum * scale + offset;
                }
            }
        }
    }

    /** Bilinear with pixel-centre alignment: the general case when enlarging. */
    static void bilinear(byte[] rgb, int srcW, int srcH, int dstW, int dstH, Normalisation norm, float[] dest) {
        bilinear(rgb, srcW, srcH, dstW, dstH, norm, dest, dstW * dstH, 1);
    }

    private static void bilinear(byte[] rgb, int srcW, int srcH, int dstW, int dstH, Normalisation norm,
            float[] dest, int channelStep, int pixelStep) {
        float[] scale = new float[3];
        float[] offset = new float[3];
        for (int c = 0; c < 3; c++) {
            scale[c] = (float) (1.0 / (255.0 * norm.std(c)));
            offset[c] = (float) (-norm.mean(c) / norm.std(c));
        }
        double sx = (double) srcW / dstW;
        double sy = (double) srcH / dstH;
        for (int y = 0; y < dstH; y++) {
            // Pixel-centre alignment, as OpenCV's INTER_LINEAR.
            double fy = Math.max(0, (y + 0.5) * sy - 0.5);
            int y0 = Math.min((int) fy, srcH - 1);
            int y1 = Math.min(y0 + 1, srcH - 1);
            float wy = (float) (fy - y0);
            for (int x = 0; x < dstW; x++) {
                double fx = Math.max(0, (x + 0.5) * sx - 0.5);
                int x0 = Math.min((int) fx, srcW - 1);
                int x1 = Math.min(x0 + 1, srcW - 1);
                float wx = (float) (fx - x0);
                int i00 = (y0 * srcW + x0) * 3;
                int i01 = (y0 * srcW + x1) * 3;
                int i10 = (y1 * srcW + x0) * 3;
                int i11 = (y1 * srcW + x1) * 3;
                int o = y * dstW + x;
                for (int c = 0; c < 3; c++) {
                    float top = (rgb[i00 + c] & 0xFF) * (1 - wx) + (rgb[i01 + c] & 0xFF) * wx;
                    float bottom = (rgb[i10 + c] & 0xFF) * (1 - wx) + (rgb[i11 + c] & 0xFF) * wx;
                    dest[c * channelStep + o * pixelStep] = (top * (1 - wy) + bottom * wy) * scale[c] + offset[c];
                }
            }
        }
    }
}
