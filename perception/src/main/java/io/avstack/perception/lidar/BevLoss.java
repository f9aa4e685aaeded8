package io.avstack.perception.lidar;

import ai.djl.ndarray.NDArray;
import io.avstack.perception.nn.DetectionLosses;

/**
 * Training loss of the lidar network: focal loss on the heatmaps + L1 on ln(size) + L1 on the
 * centre offset + L1 on (sin 2 yaw, cos 2 yaw), each regression term over the centre cells only.
 * All regression targets are O(1), so the terms are weighted equally.
 */
public final class BevLoss {

    public static final float SIZE_WEIGHT = 1f;
    public static final float OFFSET_WEIGHT = 1f;
    public static final float YAW_WEIGHT = 1f;

    private BevLoss() {
    }

    /**
     * @param output     network output {@code [N, C + 7, h, w]}
     * @param heatmap    {@code [N, C, h, w]}
     * @param regression {@code [N, 7, h, w]}
     * @param mask       {@code [N, 1, h, w]}
     * @return the scalar loss
     */
    public static NDArray compute(NDArray output, NDArray heatmap, NDArray regression, NDArray mask, int numClasses) {
        int c = numClasses;
        NDArray focal = DetectionLosses.focalLoss(output.get(":, 0:" + c), heatmap);
        NDArray size = DetectionLosses.maskedL1(slice(output, c, BevLayout.LOG_LENGTH, 3),
                slice(regression, 0, BevLayout.LOG_LENGTH, 3), mask);
        NDArray offset = DetectionLosses.maskedL1(slice(output, c, BevLayout.OFFSET_X, 2),
                slice(regression, 0, BevLayout.OFFSET_X, 2), mask);
        NDArray yaw = DetectionLosses.maskedL1(slice(output, c, BevLayout.SIN_2YAW, 2),
                slice(regression, 0, BevLayout.SIN_2YAW, 2), mask);
        return focal.add(size.mul(SIZE_WEIGHT)).add(offset.mul(OFFSET_WEIGHT)).add(yaw.mul(YAW_WEIGHT));
    }

    private static NDArray slice(NDArray a, int base, int first, int count) {
        return a.get(":, " + (base + first) + ":" + (base + first + count));
    }
}
