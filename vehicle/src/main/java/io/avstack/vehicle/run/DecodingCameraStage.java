package io.avstack.vehicle.run;

import io.avstack.core.bus.RateLimitedLog;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.drivers.camera.CameraFrameCodec;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.camera.CameraRangeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A camera stage that takes compressed frames (JPEG, PNG: what camera drivers send over MQTT) and
 * hands its detector RGB8. It decodes on the detector's thread, so only the frames the detector
 * takes are decoded: a frame replaced by a newer one while the detector was busy, and the camera
 * topic's health monitor, never cost a decode (decoding on the bus's delivery threads cost two
 * decodes per frame, ~0.1 core at 30 Hz). A frame that does not decode is dropped and counted
 * ({@link #undecodable()}), logged rate-limited, and gives no detections, as the detector does for
 * a malformed raw frame. A JPEG twice the network's input is decoded at half size
 * ({@link CameraStage#decodeReduction}), a third of a full decode's cost, and the boxes found on it
 * are scaled back to the frame's pixels.
 */
public final class DecodingCameraStage implements CameraStage {

    private static final Logger LOG = LoggerFactory.getLogger(DecodingCameraStage.class);

    private final CameraStage detector;
    private final RateLimitedLog undecodableLog = new RateLimitedLog(LOG);

    /** @param detector the stage that needs RGB8 frames; closing this stage closes it */
    public DecodingCameraStage(CameraStage detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    @Override
    public List<CameraDetection> detect(CameraFrame frame) {
        if (frame == null || frame.encoding().isRaw()) {
            return detector.detect(frame);
        }
        int reduction = frame.encoding() == ImageEncoding.JPEG
                ? detector.decodeReduction(frame.widthPx(), frame.heightPx()) : 1;
        CameraFrame rgb;
        try {
            rgb = CameraFrameCodec.toRgb(frame, reduction);
        } catch (IllegalArgumentException e) {
            undecodableLog.error("camera frame " + frame.header().seq() + " (" + frame.encoding() + ", "
                    + frame.data().length + " bytes) dropped: " + e.getMessage(), null);
            return List.of();
        }
        List<CameraDetection> found = detector.detect(rgb);
        return reduction == 1 ? found : scaled(found, frame.widthPx() / (double) rgb.widthPx(),
                frame.heightPx() / (double) rgb.heightPx());
    }

    /** Boxes found on a reduced decode, in the frame's own pixels (the distances are kept). */
    private static List<CameraDetection> scaled(List<CameraDetection> found, double sx, double sy) {
        List<CameraDetection> out = new ArrayList<>(found.size());
        for (CameraDetection d : found) {
            Detection2D b = d.box();
            out.add(new CameraDetection(new Detection2D(b.cls(), b.score(), b.xMinPx() * sx, b.yMinPx() * sy,
                    b.xMaxPx() * sx, b.yMaxPx() * sy), d.distanceM()));
        }
        return out;
    }

    @Override
    public CameraRangeModel rangeModel() {
        return detector.rangeModel();
    }

    /** Compressed frames that did not decode so far. */
    public long undecodable() {
        return undecodableLog.occurrences();
    }

    @Override
    public void close() {
        detector.close();
    }
}
