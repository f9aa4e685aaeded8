package io.avstack.perception.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.List;

/**
 * Folds inference-mode BatchNorm into the convolution before it: {@code y = gamma (conv(x) + b -
 * mean) / sqrt(var + eps) + beta} is the convolution with weights scaled per output channel by
 * {@code s = gamma / sqrt(var + eps)} and bias {@code beta + (b - mean) s}. One op and one pass
 * over the feature map less per BatchNorm at inference; the outputs agree to float rounding.
 *
 * <p>The two networks are matched by parameter order: the trained one's parameters are, in order,
 * a convolution weight, optionally its bias, optionally the four BatchNorm parameters (gamma, beta,
 * running mean, running variance) that follow it, and so on; the folded one has, for each trained
 * convolution, a weight of the same shape and a bias whenever the trained one had a bias or a
 * BatchNorm. Builders that take a {@code folded} flag (e.g. {@link DwFpnBackbone},
 * {@link ConvBlocks#depthwiseSeparable}) produce such pairs; anything else is refused.
 */
public final class BatchNormFolding {

    /** DJL's BatchNorm default epsilon, the one every BatchNorm of these networks is built with. */
    public static final float EPSILON = 1e-5f;

    private BatchNormFolding() {
    }

    /**
     * Initialises {@code folded} (built, not initialised) for {@code inputShape} on {@code manager}
     * and fills it from {@code trained}.
     *
     * @throws IllegalArgumentException when the two parameter lists do not pair up as described
     */
    public static void fold(Block trained, Block folded, NDManager manager, Shape inputShape) {
        folded.initialize(manager, DataType.FLOAT32, inputShape);
        List<Parameter> from = trained.getParameters().values();
        List<Parameter> to = folded.getParameters().values();
        int j = 0;
        int i = 0;
        try (NDManager scratch = manager.newSubManager()) {
            while (i < from.size()) {
                NDArray weight = require(from, i++, Parameter.Type.WEIGHT).getArray();
                NDArray bias = null;
                if (i < from.size() && from.get(i).getType() == Parameter.Type.BIAS) {
                    bias = from.get(i++).getArray();
                }
                if (i < from.size() && from.get(i).getType() == Parameter.Type.GAMMA) {
                    NDArray gamma = from.get(i).getArray();
                    NDArray beta = require(from, i + 1, Parameter.Type.BETA).getArray();
                    NDArray mean = require(from, i + 2, Parameter.Type.RUNNING_MEAN).getArray();
                    NDArray var = require(from, i + 3, Parameter.Type.RUNNING_VAR).getArray();
                    i += 4;
                    NDArray scale = gamma.div(var.add(EPSILON).sqrt());
                    scratch.attachAll(scale);
                    long out = weight.getShape().get(0);
                    weight = weight.mul(scale.reshape(out, 1, 1, 1));
                    bias = beta.add((bias == null ? mean.neg() : bias.sub(mean)).mul(scale));
                    scratch.attachAll(weight, bias);
                }
                copy(weight, require(to, j++, Parameter.Type.WEIGHT));
                if (bias != null) {
                    copy(bias, require(to, j++, Parameter.Type.BIAS));
                }
            }
        }
        if (j != to.size()) {
            throw new IllegalArgumentException("BatchNorm folding: the folded network has " + to.size()
                    + " parameters, the trained one fills " + j);
        }
    }

    private static Parameter require(List<Parameter> params, int index, Parameter.Type type) {
        if (index >= params.size() || params.get(index).getType() != type) {
            throw new IllegalArgumentException("BatchNorm folding: expected a " + type + " parameter at position "
                    + index + ", found " + (index >= params.size() ? "none" : params.get(index).getName()));
        }
        return params.get(index);
    }

    private static void copy(NDArray value, Parameter target) {
        NDArray dest = target.getArray();
        if (!dest.getShape().equals(value.getShape())) {
            throw new IllegalArgumentException("BatchNorm folding: " + target.getName() + " has shape "
                    + dest.getShape() + ", the folded value " + value.getShape());
        }
        value.copyTo(dest);
    }
}
