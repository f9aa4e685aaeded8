package io.avstack.vehicle.bench;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;

/** The loads {@code avstack bus-bench} runs: a 640x480 camera frame at 30 Hz and a small command at 1 kHz. */
public final class BusBenchLoads {

    public static final int WIDTH_PX = 640;
    public static final int HEIGHT_PX = 480;
    public static final double CAMERA_RATE_HZ = 30;
    public static final double SMALL_RATE_HZ = 1000;
    /** Distinct frames cycled through, so nothing downstream can cache one payload. */
    private static final int FRAME_VARIANTS = 30;
    private static final long SEED = 42;
    private static final float JPEG_QUALITY = 0.85f;

    private final String vehicleId;
    private byte[][] rgbFrames;
    private byte[][] jpegFrames;

    public BusBenchLoads(String vehicleId) {
        this.vehicleId = vehicleId;
    }

    public LoadSpec cameraRaw(double durationS) {
        byte[][] frames = rgbFrames();
        return camera("camera 640x480 RGB8 raw @30Hz", ImageEncoding.RGB8, frames, durationS);
    }

    public LoadSpec cameraJpeg(double durationS) {
        byte[][] frames = jpegFrames();
        return camera("camera 640x480 JPEG @30Hz", ImageEncoding.JPEG, frames, durationS);
    }

    public LoadSpec smallCommand(double durationS) {
        return new LoadSpec("control command (small) @1kHz", TopicNames.topic(vehicleId, StandardTopics.CONTROL_COMMAND),
                SMALL_RATE_HZ, durationS,
                (seq, stampNs) -> new ControlCommand(Header.of("bench", seq, stampNs), -0.5 + (seq % 100) * 0.01, 0.01),
                2 * Double.BYTES);
    }

    private LoadSpec camera(String name, ImageEncoding encoding, byte[][] frames, double durationS) {
        long meanBytes = 0;
        for (byte[] f : frames) {
            meanBytes += f.length;
        }
        meanBytes /= frames.length;
        return new LoadSpec(name, TopicNames.topic(vehicleId, StandardTopics.CAMERA_FRONT), CAMERA_RATE_HZ, durationS,
                (seq, stampNs) -> new CameraFrame(Header.of("camera_front", seq, stampNs), WIDTH_PX, HEIGHT_PX,
                        encoding, "camera_front", frames[(int) (seq % frames.length)]),
                meanBytes);
    }

    private byte[][] rgbFrames() {
        if (rgbFrames == null) {
            rgbFrames = new byte[FRAME_VARIANTS][];
            for (int i = 0; i < FRAME_VARIANTS; i++) {
                rgbFrames[i] = SyntheticFrames.rgb(WIDTH_PX, HEIGHT_PX, i, SEED);
            }
        }
        return rgbFrames;
    }

    private byte[][] jpegFrames() {
        if (jpegFrames == null) {
            jpegFrames = new byte[FRAME_VARIANTS][];
            for (int i = 0; i < FRAME_VARIANTS; i++) {
                jpegFrames[i] = SyntheticFrames.jpeg(WIDTH_PX, HEIGHT_PX, i, SEED, JPEG_QUALITY);
            }
        }
        return jpegFrames;
    }
}
