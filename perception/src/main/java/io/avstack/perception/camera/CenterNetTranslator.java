package io.avstack.perception.camera;

import ai.djl.ndarray.NDList;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import io.avstack.perception.nn.ImageResampler;
import java.util.List;

/**
 * DJL translator: a well-formed {@link RgbImage} in (resized and normalised to the network input),
 * detections in source-image pixels out. Callers check the image first ({@link CameraDetector} does).
 */
public final class CenterNetTranslator implements Translator<RgbImage, List<CameraDetection>> {

    private static final String SOURCE_W = "sourceW";
    private static final String SOURCE_H = "sourceH";

    private final DetectorConfig config;
    private final CenterNetDecoder decoder;
    /** Reused per predictor: one translator instance serves one thread at a time. */
    private final float[] input;

    public CenterNetTranslator(DetectorConfig config) {
        this.config = config;
        this.decoder = new CenterNetDecoder(config);
        this.input = new float[3 * config.inputWidthPx() * config.inputHeightPx()];
    }

    @Override
    public NDList processInput(TranslatorContext ctx, RgbImage image) {
        ctx.setAttachment(SOURCE_W, image.widthPx());
        ctx.setAttachment(SOURCE_H, image.heightPx());
        ImageResampler.resizeNormalise(image.data(), image.widthPx(), image.heightPx(),
                config.inputWidthPx(), config.inputHeightPx(), config.normalisation(), input,
                config.architecture().channelsLastInput());
        // Created with its batch dimension: no batchifier, so no second copy of the input per frame.
        return new NDList(CenterNetModel.input(ctx.getNDManager(), input, config));
    }

    @Override
    public List<CameraDetection> processOutput(TranslatorContext ctx, NDList list) {
        int w = (Integer) ctx.getAttachment(SOURCE_W);
        int h = (Integer) ctx.getAttachment(SOURCE_H);
        return decoder.decode(list.singletonOrThrow(), w, h);
    }

    /** None: one image per call, already shaped {@code [1, 3, H, W]} by {@link #processInput}. */
    @Override
    public Batchifier getBatchifier() {
        return null;
    }
}
