package io.avstack.perception.camera;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;

/**
 * Runs a detector's network on an image and returns its detections together with the predicted
 * centre heatmap ({@link Explanation}), for {@link HeatmapOverlay}. An offline tool: one instance
 * per thread; bad images throw (there is no loop thread to protect here).
 */
public final class CameraExplainer implements AutoCloseable {

    private final Predictor<RgbImage, Explanation> predictor;

    /** Uses the network of {@code detector} (which must stay open while this is used). */
    public CameraExplainer(CameraDetector detector) {
        this.predictor = detector.model().newPredictor(new ExplainTranslator(detector.config()));
    }

    /**
     * @throws IllegalArgumentException when the image is not a well-formed RGB8 image of at least 2x2
     */
    public Explanation explain(RgbImage image) {
        if (image == null || !image.isWellFormed() || image.widthPx() < 2 || image.heightPx() < 2) {
            throw new IllegalArgumentException("explain needs a well-formed RGB8 image of at least 2x2, was "
                    + (image == null ? "null" : image.widthPx() + "x" + image.heightPx() + " with "
                    + (image.data() == null ? "no" : image.data().length) + " bytes"));
        }
        try {
            return predictor.predict(image);
        } catch (TranslateException e) {
            throw new IllegalStateException("camera network failed on a " + image.widthPx() + "x" + image.heightPx()
                    + " image", e);
        }
    }

    @Override
    public void close() {
        predictor.close();
    }
}
