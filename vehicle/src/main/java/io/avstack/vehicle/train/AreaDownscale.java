package io.avstack.vehicle.train;

import io.avstack.perception.camera.RgbImage;

/** Shrinks an RGB8 image by averaging the source pixels each output pixel covers (no aliasing). */
public final class AreaDownscale {

    private AreaDownscale() {
    }

    /** {@code src} scaled to {@code dstW x dstH} (each at most the source size). */
    public static RgbImage apply(RgbImage src, int dstW, int dstH) {
        int sw = src.widthPx();
        int sh = src.heightPx();
        if (dstW > sw || dstH > sh || dstW < 1 || dstH < 1) {
            throw new IllegalArgumentException("AreaDownscale only shrinks: " + sw + "x" + sh + " -> " + dstW + "x" + dstH);
        }
        byte[] s = src.data();
        byte[] d = new byte[dstW * dstH * 3];
        for (int y = 0; y < dstH; y++) {
            int y0 = y * sh / dstH;
            int y1 = Math.max(y0 + 1, (y + 1) * sh / dstH);
            for (int x = 0; x < dstW; x++) {
                int x0 = x * sw / dstW;
                int x1 = Math.max(x0 + 1, (x + 1) * sw / dstW);
                int r = 0, g = 0, b = 0;
                for (int yy = y0; yy < y1; yy++) {
                    int row = yy * sw;
                    for (int xx = x0; xx < x1; xx++) {
                        int i = (row + xx) * 3;
                        r += s[i] & 0xff;
                        g += s[i + 1] & 0xff;
                        b += s[i + 2] & 0xff;
                    }
                }
                int n = (y1 - y0) * (x1 - x0);
                int o = (y * dstW + x) * 3;
                d[o] = (byte) ((r + n / 2) / n);
                d[o + 1] = (byte) ((g + n / 2) / n);
                d[o + 2] = (byte) ((b + n / 2) / n);
            }
        }
        return new RgbImage(dstW, dstH, d);
    }
}
