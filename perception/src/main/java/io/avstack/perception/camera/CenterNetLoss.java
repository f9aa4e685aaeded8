package io.avstack.perception.camera;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.nn.DetectionLosses;
import java.util.Arrays;
import java.util.List;

/**
 * CenterNet's training loss: focal loss on the heatmaps + 0.1 x L1 on the size (the weight is
 * configurable) + L1 on the offset + 0.1 x L1 on the log-depth (where a distance is known).
 *
 * <p>Optional confusion weighting (off by default): the focal loss's background term of a class
 * channel is multiplied by {@code 1 + confusionWeight * partnerHeatmap}, where the partner is the
 * class it is most often confused with ({@link #confusablePartners}: pedestrian and cyclist). A
 * pedestrian score on a cyclist's centre then costs up to {@code 1 + confusionWeight} times what a
 * score on plain background costs, which is the pedestrian detector's main false positive
 * (docs/TRAINING.md, "Pedestrian AP").
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
        return compute(output, heatmap, regression, mask, depthMask, numClasses, sizeWeight, null, 0);
    }

    /**
     * The full loss with confusion weighting.
     *
     * @param partners        per class channel the channel of its confusable class, -1 for none
     *                        ({@link #confusablePartners}); null or {@code confusionWeight == 0}: off
     * @param confusionWeight extra background weight at the partner's heatmap peak, >= 0
     */
    public static NDArray compute(NDArray output, NDArray heatmap, NDArray regression, NDArray mask,
            NDArray depthMask, int numClasses, double sizeWeight, int[] partners, double confusionWeight) {
        int c = numClasses;
        NDArray boost = confusionWeight > 0 && partners != null
                ? confusionBoost(heatmap, partners, confusionWeight) : null;
        NDArray focal = DetectionLosses.focalLoss(output.get(":, 0:" + c), heatmap, boost);
        NDArray size = DetectionLosses.maskedL1(output.get(":, " + c + ":" + (c + 2)), regression.get(":, 0:2"), mask);
        NDArray offset = DetectionLosses.maskedL1(output.get(":, " + (c + 2) + ":" + (c + 4)),
                regression.get(":, 2:4"), mask);
        NDArray depth = DetectionLosses.maskedL1(output.get(":, " + (c + 4) + ":" + (c + 5)),
                regression.get(":, 4:5"), depthMask);
        return focal.add(size.mul((float) sizeWeight)).add(offset.mul(OFFSET_WEIGHT)).add(depth.mul(DEPTH_WEIGHT));
    }

    /**
     * {@code 1 + weight * heatmap[partner(c)]} per channel c (1 where c has no partner), shape of
     * {@code heatmap}.
     */
    static NDArray confusionBoost(NDArray heatmap, int[] partners, double weight) {
        int c = (int) heatmap.getShape().get(1);
        if (partners.length != c) {
            throw new IllegalArgumentException("confusion partners for " + partners.length + " classes, heatmap has "
                    + c + " channels");
        }
        NDList channels = new NDList(c);
        for (int k = 0; k < c; k++) {
            int p = partners[k];
            NDArray ch = p < 0 ? heatmap.get(":, " + k + ":" + (k + 1)).zerosLike()
                    : heatmap.get(":, " + p + ":" + (p + 1));
            channels.add(ch);
        }
        return NDArrays.concat(channels, 1).mul((float) weight).add(1f);
    }

    /**
     * The confusable partner of each class, by channel: pedestrian and cyclist (either may be
     * missing from the list, then the other has none); -1 for every other class.
     */
    public static int[] confusablePartners(List<ObjectClass> classes) {
        int[] partners = new int[classes.size()];
        Arrays.fill(partners, -1);
        int ped = classes.indexOf(ObjectClass.PEDESTRIAN);
        int cyc = classes.indexOf(ObjectClass.CYCLIST);
        if (ped >= 0 && cyc >= 0) {
            partners[ped] = cyc;
            partners[cyc] = ped;
        }
        return partners;
    }
}
