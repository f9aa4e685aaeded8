package io.avstack.perception.camera;

import ai.djl.ndarray.NDArray;
import io.avstack.perception.nn.DetectionLosses;

/**
 * CenterNet's training loss: focal loss on the heatmaps + 0.1 x L1 on the size (the weight is
 * configurable) + L1 on the offset + 0.1 x L1 on the log-depth (where a distance is known).
 */
public final class CenterNetLoss {

    public static final float SIZE_WEIGHT = 0.1f;
    public static final float OFFSET_WEIGHT = 1f;
    public static final float DEPTH_WEIGHT = 0.1f;

    private CenterNetLoss() {
    }

    /**
     * @param output     network output {@code [N, C + 5, h, w]}
     * @param heatmap    {@code [N, C, h, w]}
     * @param regression {@code [N, 5, h, w]}
     * @param mask       {@code [N, 1, h, w]}
     * @param depthMask  {@code [N, 1, h, w]}
     * @return the scalar loss
     */
    public static NDArray compute(NDArray output, NDArray heatmap, NDArray regression, NDArray mask,
            NDArray depthMask, int numClasses) {
        return compute(output, heatmap, regression, mask, depthMask, numClasses, SIZE_WEIGHT);
    }

    /** Like {@link #compute(NDArray, NDArray, NDArray, NDArray, NDArray, int)} with another size weight. */
    public static NDArray compute(NDArray output, NDArray heatmap, NDArray regression, NDArray mask,
            NDArray depthMask, int numClasses, double sizeWeight) {
        int c = numClasses;
        NDArray focal = DetectionLosses.focalLoss(output.get(":, 0:" + c), heatmap);
        NDArray size = DetectionLosses.maskedL1(output.get(":, " + c + ":" + (c + 2)), regression.get(":, 0:2"), mask);
        NDArray offset = DetectionLosses.maskedL1(output.get(":, " + (c + 2) + ":" + (c + 4)),
                regression.get(":, 2:4"), mask);
        NDArray depth = DetectionLosses.maskedL1(output.get(":, " + (c + 4) + ":" + (c + 5)),
                regression.get(":, 4:5"), depthMask);
        return focal.add(size.mul((float) sizeWeight)).add(offset.mul(OFFSET_WEIGHT)).add(depth.mul(DEPTH_WEIGHT));
    }
}
