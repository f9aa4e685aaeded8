package io.avstack.perception.nn;

/**
 * Bilinear resize of an interleaved RGB8 image straight into a normalised float tensor, planar
 * (C x H x W) or interleaved (H x W x C), the network's input layouts. Pure Java so that pre-processing needs no native call
 * per pixel.
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
        } else {
            bilinear(rgb, srcW, srcH, dstW, dstH, norm, dest, channelStep, pixelStep);
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

    /** The general case: bilinear with pixel-centre alignment. */
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
