package io.avstack.perception.camera;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Activation;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

/**
 * Like {@link CenterNetTranslator} (same pre-processing and decoding), and also returns the centre
 * heatmap: the per-cell maximum over classes of the predicted probability.
 */
final class ExplainTranslator implements Translator<RgbImage, Explanation> {

    private final DetectorConfig config;
    private final CenterNetTranslator detections;
    private final NDIndex heatmapIndex;

    ExplainTranslator(DetectorConfig config) {
        this.config = config;
        this.detections = new CenterNetTranslator(config);
        this.heatmapIndex = new NDIndex(":, 0:" + config.numClasses());
    }

    @Override
    public NDList processInput(TranslatorContext ctx, RgbImage image) {
        return detections.processInput(ctx, image);
    }

    @Override
    public Explanation processOutput(TranslatorContext ctx, NDList list) {
        NDArray out = list.singletonOrThrow().reshape(1, CenterNetLayout.channels(config.numClasses()),
                config.outputHeight(), config.outputWidth());
        float[] heat = Activation.sigmoid(out.get(heatmapIndex)).max(new int[] {1}).toFloatArray();
        return new Explanation(detections.processOutput(ctx, list), heat, config.outputWidth(),
                config.outputHeight());
    }

    @Override
    public Batchifier getBatchifier() {
        return detections.getBatchifier();
    }
}
