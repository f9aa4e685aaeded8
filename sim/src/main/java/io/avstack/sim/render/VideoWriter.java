package io.avstack.sim.render;

import io.avstack.core.msg.CameraFrame;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes an MP4 video with FFmpeg (JavaCV): H.264 through libopenh264 where the bundled FFmpeg
 * has it, MPEG-4 part 2 otherwise ({@link #codecName()} says which). Frames are camera frames
 * (RGB8 or BGR8) or images of exactly the video's size. Not thread-safe.
 */
public final class VideoWriter implements AutoCloseable {

    private final Path file;
    private final int widthPx;
    private final int heightPx;
    private final FFmpegFrameRecorder recorder;
    private final String codecName;
    private final Frame frame;
    private BufferedImage bgrScratch;
    private int framesWritten;

    /**
     * Opens {@code file} for writing.
     *
     * @param widthPx  video width, px; even (4:2:0 chroma needs it)
     * @param heightPx video height, px; even
     * @param fps      frame rate, frames/s
     * @throws VideoException if neither encoder can be opened
     */
    public VideoWriter(Path file, int widthPx, int heightPx, double fps) {
        if (widthPx < 2 || heightPx < 2 || widthPx % 2 != 0 || heightPx % 2 != 0) {
            throw new IllegalArgumentException("video size must be even and >= 2, was " + widthPx + "x" + heightPx
                    + " for " + file);
        }
        if (!(fps > 0 && fps <= 1000)) {
            throw new IllegalArgumentException("video fps must be in (0, 1000], was " + fps + " for " + file);
        }
        this.file = file;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        FFmpegFrameRecorder opened = open("libopenh264", avcodec.AV_CODEC_ID_H264, fps);
        String name = "h264 (libopenh264)";
        if (opened == null) {
            opened = open(null, avcodec.AV_CODEC_ID_MPEG4, fps);
            name = "mpeg4";
        }
        if (opened == null) {
            throw new VideoException("could not open an H.264 or MPEG-4 encoder for " + file, null);
        }
        this.recorder = opened;
        this.codecName = name;
        this.frame = new Frame(widthPx, heightPx, Frame.DEPTH_UBYTE, 3);
    }

    private FFmpegFrameRecorder open(String encoderName, int codecId, double fps) {
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), widthPx, heightPx, 0);
        r.setFormat("mp4");
        if (encoderName != null) {
            r.setVideoCodecName(encoderName);
        }
        r.setVideoCodec(codecId);
        r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        r.setFrameRate(fps);
        r.setGopSize(Math.max(1, (int) Math.round(fps)));
        // Bits per second high enough that lane paint survives MPEG-4's quantiser.
        r.setVideoBitrate(Math.max(1_000_000, widthPx * heightPx * 12));
        try {
            r.start();
            return r;
        } catch (FrameRecorder.Exception | RuntimeException e) {
            try {
                r.release();
            } catch (FrameRecorder.Exception ignored) {
                // Nothing was opened; the caller tries the next codec.
            }
            return null;
        }
    }

    /** The encoder in use: "h264 (libopenh264)" or "mpeg4". */
    public String codecName() {
        return codecName;
    }

    public int framesWritten() {
        return framesWritten;
    }

    /** Appends a camera frame of the video's size, RGB8 or BGR8. */
    public void write(CameraFrame cameraFrame) {
        checkSize(cameraFrame.widthPx(), cameraFrame.heightPx());
        int pixelFormat = switch (cameraFrame.encoding()) {
            case RGB8 -> avutil.AV_PIX_FMT_RGB24;
            case BGR8 -> avutil.AV_PIX_FMT_BGR24;
            default -> throw new IllegalArgumentException("video frames must be RGB8 or BGR8, was "
                    + cameraFrame.encoding());
        };
        record(cameraFrame.data(), pixelFormat);
    }

    /** Appends an image of the video's size (any type; converted to BGR). */
    public void write(BufferedImage image) {
        checkSize(image.getWidth(), image.getHeight());
        BufferedImage bgr = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            if (bgrScratch == null) {
                bgrScratch = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_3BYTE_BGR);
            }
            Graphics2D g = bgrScratch.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
            bgr = bgrScratch;
        }
        record(((DataBufferByte) bgr.getRaster().getDataBuffer()).getData(), avutil.AV_PIX_FMT_BGR24);
    }

    private void record(byte[] packed, int pixelFormat) {
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        int row = widthPx * 3;
        for (int y = 0; y < heightPx; y++) {
            buffer.put(y * stride, packed, y * row, row);
        }
        try {
            recorder.record(frame, pixelFormat);
            framesWritten++;
        } catch (FrameRecorder.Exception e) {
            throw new VideoException("encoding frame " + framesWritten + " of " + file, e);
        }
    }

    private void checkSize(int w, int h) {
        if (w != widthPx || h != heightPx) {
            throw new IllegalArgumentException("frame is " + w + "x" + h + ", video " + file + " is " + widthPx + "x"
                    + heightPx);
        }
    }

    /** Flushes the encoder and closes the file. */
    @Override
    public void close() {
        try {
            recorder.stop();
            recorder.release();
        } catch (FrameRecorder.Exception e) {
            throw new VideoException("closing " + file, e);
        }
    }

    /**
     * Two images next to each other (e.g. camera and bird's-eye view), on black, as tall as the
     * taller one and rounded up to even dimensions for the encoder.
     */
    public static BufferedImage sideBySide(BufferedImage left, BufferedImage right) {
        int w = left.getWidth() + right.getWidth();
        int h = Math.max(left.getHeight(), right.getHeight());
        BufferedImage out = new BufferedImage(w + (w & 1), h + (h & 1), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.drawImage(left, 0, 0, null);
        g.drawImage(right, left.getWidth(), 0, null);
        g.dispose();
        return out;
    }

    /** Writing or encoding a video failed. */
    public static final class VideoException extends RuntimeException {
        VideoException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
