package io.avstack.sim.render;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ImageEncoding;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** PNG output and conversions between camera frames and {@link BufferedImage}s. */
public final class Png {

    private Png() {
    }

    /** Writes {@code image} as a PNG file, creating parent directories. */
    public static void write(BufferedImage image, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IllegalStateException("no PNG writer available for " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing PNG " + file, e);
        }
    }

    /** A new TYPE_3BYTE_BGR image holding the pixels of an RGB8 or BGR8 frame. */
    public static BufferedImage toImage(CameraFrame frame) {
        boolean rgb = frame.encoding() == ImageEncoding.RGB8;
        if (!rgb && frame.encoding() != ImageEncoding.BGR8) {
            throw new IllegalArgumentException("frame encoding must be RGB8 or BGR8, was " + frame.encoding());
        }
        BufferedImage image = new BufferedImage(frame.widthPx(), frame.heightPx(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] dst = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] src = frame.data();
        if (!rgb) {
            System.arraycopy(src, 0, dst, 0, src.length);
            return image;
        }
        for (int i = 0; i < src.length; i += 3) {
            dst[i] = src[i + 2];
            dst[i + 1] = src[i + 1];
            dst[i + 2] = src[i];
        }
        return image;
    }
}
