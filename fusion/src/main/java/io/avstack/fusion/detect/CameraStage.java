package io.avstack.fusion.detect;

import io.avstack.core.msg.CameraFrame;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.CameraRangeModel;
import java.util.List;

/**
 * The camera detector as fusion runs it: one frame in, boxes (with the network's distance) out.
 * Implementations count and swallow bad frames (returning an empty list) rather than throw; a
 * thrown exception is counted by the node as a detector failure.
 */
@FunctionalInterface
public interface CameraStage extends AutoCloseable {

    List<CameraDetection> detect(CameraFrame frame);

    /**
     * By how much a compressed frame of this size may be decoded smaller before {@link #detect}
     * without changing the result ({@link CameraDetector#decodeReduction}); default 1 (full size).
     */
    default int decodeReduction(int widthPx, int heightPx) {
        return 1;
    }

    /**
     * How fusion ranges this stage's boxes ({@code CameraRanger}): the calibration of the detector's
     * weights; default {@link CameraRangeModel#GROUND_ONLY} (the box bottom on the ground).
     */
    default CameraRangeModel rangeModel() {
        return CameraRangeModel.GROUND_ONLY;
    }

    /** Releases the model; default nothing. */
    @Override
    default void close() {
    }

    /** The CenterNet camera detector; closing the stage closes it. */
    static CameraStage of(CameraDetector detector) {
        return of(detector, () -> { }, true);
    }

    /**
     * A detector several stages share: {@code beforeEachFrame} runs on the calling thread before each
     * detection (e.g. pinning its PyTorch threads); closing the stage leaves the detector open.
     */
    static CameraStage shared(CameraDetector detector, Runnable beforeEachFrame) {
        return of(detector, beforeEachFrame, false);
    }

    private static CameraStage of(CameraDetector detector, Runnable beforeEachFrame, boolean owned) {
        return new CameraStage() {
            @Override
            public List<CameraDetection> detect(CameraFrame frame) {
                beforeEachFrame.run();
                return detector.detectWithDistance(frame);
            }

            @Override
            public int decodeReduction(int widthPx, int heightPx) {
                return detector.decodeReduction(widthPx, heightPx);
            }

            @Override
            public CameraRangeModel rangeModel() {
                return detector.rangeModel();
            }

            @Override
            public void close() {
                if (owned) {
                    detector.close();
                }
            }
        };
    }
}
