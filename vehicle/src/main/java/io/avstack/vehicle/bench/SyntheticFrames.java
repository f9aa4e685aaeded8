package io.avstack.vehicle.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Camera-like test frames for the bus benchmark: a road scene with sky, lane markings, a moving car
 * and sensor noise, so JPEG sizes are realistic (not a flat colour). Seeded, deterministic.
 */
final class SyntheticFrames {

    private SyntheticFrames() {
    }

    /** Packed RGB8 pixels (row-major, 3 bytes per pixel) of frame {@code index}. */
    static byte[] rgb(int widthPx, int heightPx, int index, long seed) {
        BufferedImage img = render(widthPx, heightPx, index, seed);
        byte[] bgr = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        byte[] rgb = new byte[bgr.length];
        for (int i = 0; i < bgr.length; i += 3) {
            rgb[i] = bgr[i + 2];
            rgb[i + 1] = bgr[i + 1];
            rgb[i + 2] = bgr[i];
        }
        return rgb;
    }

    /** The same frame as a baseline JPEG at {@code quality} in [0, 1]. */
    static byte[] jpeg(int widthPx, int heightPx, int index, long seed, float quality) {
        BufferedImage img = render(widthPx, heightPx, index, seed);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage render(int w, int h, int index, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        try {
            int horizon = h * 2 / 5;
            g.setPaint(new java.awt.GradientPaint(0, 0, new Color(90, 140, 215), 0, horizon, new Color(190, 215, 240)));
            g.fillRect(0, 0, w, horizon);
            g.setColor(new Color(85, 85, 90));
            g.fillPolygon(new int[] {w / 2 - 20, w / 2 + 20, w, 0}, new int[] {horizon, horizon, h, h}, 4);
            g.setColor(new Color(60, 120, 50));
            g.fillPolygon(new int[] {0, w / 2 - 20, 0}, new int[] {horizon, horizon, h}, 3);
            g.fillPolygon(new int[] {w, w / 2 + 20, w}, new int[] {horizon, horizon, h}, 3);
            g.setColor(Color.WHITE);
            for (int k = 0; k < 6; k++) {
                int y0 = horizon + ((k * 40 + index * 6) % (h - horizon));
                int half = 1 + (y0 - horizon) / 30;
                g.fillRect(w / 2 - half, y0, 2 * half, 12 + (y0 - horizon) / 10);
            }
            int carW = 90 + (index % 30);
            int carX = w / 2 - carW / 2 + (int) (40 * Math.sin(index / 15.0));
            int carY = horizon + 60;
            g.setColor(new Color(170, 30, 30));
            g.fillRoundRect(carX, carY, carW, carW * 2 / 3, 12, 12);
            g.setColor(new Color(30, 30, 35));
            g.fillRect(carX + 8, carY + 8, carW - 16, carW / 4);
        } finally {
            g.dispose();
        }
        addNoise(img, new Random(seed * 31 + index));
        return img;
    }

    private static void addNoise(BufferedImage img, Random rng) {
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int v = (px[i] & 0xFF) + (int) Math.round(rng.nextGaussian() * 3.0);
            px[i] = (byte) Math.max(0, Math.min(255, v));
        }
    }
}
