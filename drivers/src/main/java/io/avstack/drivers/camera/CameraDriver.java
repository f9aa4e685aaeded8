package io.avstack.drivers.camera;

import io.avstack.core.bus.Bus;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.time.Clock;
import io.avstack.core.time.Sleeper;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camera driver node: grabs frames with JavaCV (FFmpeg) from a V4L2 device, a video file or a
 * network stream, converts them to packed RGB8 (or JPEG for the wire) and publishes
 * {@link CameraFrame}s stamped with the injected clock at grab time. When the source cannot be opened
 * or drops, it retries with doubling back-off and counts it; it never throws out of its thread.
 * A file ends the run at its end unless {@code loop}.
 */
public final class CameraDriver implements AutoCloseable {

    /** Opens a grabber for the settings; replaceable in tests. */
    @FunctionalInterface
    public interface GrabberFactory {
        FrameGrabber open(CameraSettings settings) throws FrameGrabber.Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(CameraDriver.class);

    private final Bus bus;
    private final String topic;
    private final CameraSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final GrabberFactory factory;
    private final Thread thread;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong openFailures = new AtomicLong();
    private final AtomicLong drops = new AtomicLong();
    private final AtomicLong badFrames = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean finished;
    private long seq;

    public CameraDriver(Bus bus, String topic, CameraSettings settings, Clock clock, Sleeper sleeper,
                        GrabberFactory factory) {
        this.bus = bus;
        this.topic = topic;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.factory = factory;
        this.thread = Thread.ofPlatform().daemon().name("camera-" + settings.frameId()).unstarted(this::run);
    }

    /** The FFmpeg grabber for a device, file or URL, asked for RGB24 output. */
    public static FrameGrabber ffmpeg(CameraSettings s) throws FrameGrabber.Exception {
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(s.source());
        if (s.format() != null) {
            g.setFormat(s.format());
        } else if (s.isDevice()) {
            g.setFormat("video4linux2");
        }
        if (s.widthPx() > 0 && s.heightPx() > 0) {
            g.setImageWidth(s.widthPx());
            g.setImageHeight(s.heightPx());
        }
        if (s.isStream()) {
            g.setOption("rw_timeout", "5000000"); // us: a dead stream errors instead of hanging
        }
        g.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        g.start();
        return g;
    }

    public CameraDriver start() {
        thread.start();
        return this;
    }

    /** Whether the driver stopped on its own (end of a non-looping file). */
    public boolean finished() {
        return finished;
    }

    public long framesPublished() {
        return published.get();
    }

    /** Attempts to open the source that failed. */
    public long openFailures() {
        return openFailures.get();
    }

    /** Times an open source failed while grabbing (then reopened). */
    public long drops() {
        return drops.get();
    }

    /** Frames that were not 8-bit 3-channel images (dropped). */
    public long badFrames() {
        return badFrames.get();
    }

    private void run() {
        long backoffMs = settings.minBackoffMs();
        while (running) {
            FrameGrabber grabber = null;
            try {
                grabber = factory.open(settings);
                backoffMs = settings.minBackoffMs();
                if (grabUntilEnd(grabber)) {
                    finished = true;
                    return;
                }
            } catch (FrameGrabber.Exception | RuntimeException e) {
                (grabber == null ? openFailures : drops).incrementAndGet();
                LOG.warn("camera {}: {} failed ({}); retrying in {} ms", settings.frameId(), settings.source(), e.toString(),
                        backoffMs);
            } finally {
                closeQuietly(grabber);
            }
            try {
                sleeper.sleepNs(backoffMs * 1_000_000L);
            } catch (InterruptedException e) {
                return;
            }
            backoffMs = Math.min(backoffMs * 2, settings.maxBackoffMs());
        }
    }

    /** @return true at the natural end of a file (no loop); false when closed */
    private boolean grabUntilEnd(FrameGrabber grabber) throws FrameGrabber.Exception {
        long startNs = clock.nowNs();
        long index = 0;
        double rateHz = grabber.getFrameRate();
        while (running) {
            Frame frame = grabber.grab();
            if (frame != null && frame.image == null) {
                continue; // audio or side data
            }
            if (frame == null) {
                if (settings.isDevice() || settings.isStream()) {
                    throw new FrameGrabber.Exception("stream ended");
                }
                if (!settings.loop()) {
                    return true;
                }
                grabber.setTimestamp(0);
                continue;
            }
            publish(frame);
            index++;
            if (settings.realTime() && rateHz > 0) {
                try {
                    sleeper.sleepNs(startNs + (long) (index * 1e9 / rateHz) - clock.nowNs());
                } catch (InterruptedException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private void publish(Frame frame) {
        long stampNs = clock.nowNs();
        if (frame.imageDepth != Frame.DEPTH_UBYTE || frame.imageChannels != 3 || frame.image == null) {
            badFrames.incrementAndGet();
            return;
        }
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        byte[] rgb = RgbFrames.packRgb((ByteBuffer) frame.image[0], w, h, frame.imageStride);
        boolean jpeg = settings.jpegQuality() > 0;
        byte[] data = jpeg ? RgbFrames.jpeg(rgb, w, h, settings.jpegQuality()) : rgb;
        bus.publish(topic, new CameraFrame(Header.of(settings.frameId(), seq++, stampNs), w, h,
                jpeg ? ImageEncoding.JPEG : ImageEncoding.RGB8, settings.intrinsicsId(), data));
        published.incrementAndGet();
    }

    private static void closeQuietly(FrameGrabber g) {
        if (g != null) {
            try {
                g.close();
            } catch (FrameGrabber.Exception | RuntimeException e) {
                LOG.debug("closing grabber failed", e);
            }
        }
    }

    /** Stops grabbing and waits for the thread. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the driver finished on its own or {@code timeoutMs} passed. */
    public boolean awaitFinished(long timeoutMs) throws InterruptedException {
        thread.join(timeoutMs);
        return finished;
    }
}
