package io.avstack.perception.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * Detection losses from basic NDArray operations (DJL's SSD helpers are not implemented on the
 * PyTorch engine).
 */
public final class DetectionLosses {

    /** Keeps log() finite where the sigmoid saturates. */
    private static final float EPS = 1e-4f;

    private DetectionLosses() {
    }

    /**
     * CenterNet's penalty-reduced pixel-wise focal loss (alpha = 2, beta = 4), normalised by the
     * number of objects.
     *
     * @param logits heatmap logits, any shape
     * @param target Gaussian heatmap of the same shape, exactly 1 at object centres
     */
    public static NDArray focalLoss(NDArray logits, NDArray target) {
        return focalLoss(logits, target, null);
    }

    /**
     * Like {@link #focalLoss(NDArray, NDArray)} with an extra per-element weight on the negative
     * (background) term, e.g. to penalise a class firing where a confusable class stands harder.
     *
     * @param negBoost multiplies the negative term element-wise (same shape as {@code target}, >= 0);
     *                 null: all ones, i.e. the plain focal loss. The normalisation (object count) is
     *                 unchanged, so a boost of 1 everywhere gives exactly the plain loss.
     */
    public static NDArray focalLoss(NDArray logits, NDArray target, NDArray negBoost) {
        NDArray p = Activation.sigmoid(logits).clip(EPS, 1 - EPS);
        NDArray pos = target.gte(1f).toType(p.getDataType(), false);
        NDArray neg = pos.neg().add(1f);
        NDArray negWeight = target.neg().add(1f).pow(4f);
        if (negBoost != null) {
            negWeight = negWeight.mul(negBoost);
        }
        NDArray posLoss = p.log().mul(p.neg().add(1f).square()).mul(pos);
        NDArray negLoss = p.neg().add(1f).log().mul(p.square()).mul(negWeight).mul(neg);
        NDArray numPos = pos.sum().maximum(1f);
        return posLoss.add(negLoss).sum().neg().div(numPos);
    }

    /** Mean absolute error over the elements where {@code mask} is 1 (mask broadcasts over pred). */
    public static NDArray maskedL1(NDArray pred, NDArray target, NDArray mask) {
        NDArray diff = pred.sub(target).abs().mul(mask);
        long perMask = pred.size() / Math.max(1, mask.size());
        NDArray count = mask.sum().mul((float) perMask).add(EPS);
        return diff.sum().div(count);
    }
}
