package io.avstack.perception.nn;

/**
 * Bilinear resize of an interleaved RGB8 image straight into a normalised planar float tensor
 * (C x H x W), the network's input layout. Pure Java so that pre-processing needs no native call
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
        // Same results as the general bilinear path (an exact 2x bilinear with pixel-centre
        // alignment is the 2x2 mean), a few times faster: these are the training and camera cases.
        if (srcW == dstW && srcH == dstH) {
            copyNormalise(rgb, dstW * dstH, norm, dest);
        } else if (srcW == 2 * dstW && srcH == 2 * dstH) {
            halveNormalise(rgb, srcW, dstW, dstH, norm, dest);
        } else {
            bilinear(rgb, srcW, srcH, dstW, dstH, norm, dest);
        }
    }

    private static void copyNormalise(byte[] rgb, int plane, Normalisation norm, float[] dest) {
        for (int c = 0; c < 3; c++) {
            float scale = (float) (1.0 / (255.0 * norm.std(c)));
            float offset = (float) (-norm.mean(c) / norm.std(c));
            int o = c * plane;
            for (int i = 0; i < plane; i++) {
                dest[o + i] = (rgb[3 * i + c] & 0xFF) * scale + offset;
            }
        }
    }

    private static void halveNormalise(byte[] rgb, int srcW, int dstW, int dstH, Normalisation norm,
            float[] dest) {
        int plane = dstW * dstH;
        int row = srcW * 3;
        for (int c = 0; c < 3; c++) {
            float scale = (float) (0.25 / (255.0 * norm.std(c)));
            float offset = (float) (-norm.mean(c) / norm.std(c));
            int o = c * plane;
            for (int y = 0; y < dstH; y++) {
                int top = 2 * y * row + c;
                for (int x = 0; x < dstW; x++) {
                    int i = top + 6 * x;
                    int sum = (rgb[i] & 0xFF) + (rgb[i + 3] & 0xFF) + (rgb[i + row] & 0xFF) + (rgb[i + row + 3] & 0xFF);
                    dest[o + y * dstW + x] = sum * scale + offset;
                }
            }
        }
    }

    /** The general case: bilinear with pixel-centre alignment. */
    static void bilinear(byte[] rgb, int srcW, int srcH, int dstW, int dstH, Normalisation norm, float[] dest) {
        float[] scale = new float[3];
        float[] offset = new float[3];
        for (int c = 0; c < 3; c++) {
            scale[c] = (float) (1.0 / (255.0 * norm.std(c)));
            offset[c] = (float) (-norm.mean(c) / norm.std(c));
        }
        int plane = dstW * dstH;
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
                    dest[c * plane + o] = (top * (1 - wy) + bottom * wy) * scale[c] + offset[c];
                }
            }
        }
    }
}
