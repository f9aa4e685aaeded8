package io.avstack.perception.lidar;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.LidarScan;
import java.util.List;

/**
 * DJL translator: a lidar scan in (rasterised into the bird's-eye-view grid), 3-D boxes in the
 * vehicle frame out. One instance per predictor, so its rasteriser and decoder work arrays serve
 * one thread. Callers check the scan first ({@link LidarDetector} does).
 */
public final class BevTranslator implements Translator<LidarScan, List<Detection3D>> {

    private final LidarDetectorConfig config;
    private final BevRasteriser rasteriser;
    private final BevDecoder decoder;
    private final Shape inputShape;

    public BevTranslator(LidarDetectorConfig config, Extrinsics lidarMount) {
        this.config = config;
        this.rasteriser = new BevRasteriser(config.grid(), lidarMount);
        this.decoder = new BevDecoder(config);
        this.inputShape = new Shape(BevRasteriser.CHANNELS, config.grid().rows(), config.grid().cols());
    }

    @Override
    public NDList processInput(TranslatorContext ctx, LidarScan scan) {
        rasteriser.rasterise(scan);
        NDArray array = ctx.getNDManager().create(rasteriser.raster(), inputShape);
        return new NDList(array);
    }

    @Override
    public List<Detection3D> processOutput(TranslatorContext ctx, NDList list) {
        return decoder.decode(list.singletonOrThrow());
    }

    @Override
    public Batchifier getBatchifier() {
        return Batchifier.STACK;
    }

    LidarDetectorConfig config() {
        return config;
    }
}
