package io.avstack.perception.lidar;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Copies trained parameters into a network whose BatchNorms are folded into the convolutions
 * before them (inference only: a BatchNorm with frozen statistics is a per-channel affine map, so
 * {@code BN(conv(x, w)) = conv(x, w * s) + (beta - mean * s)}, {@code s = gamma / sqrt(var + eps)}).
 * Why: on this CPU each BatchNorm is a separate pass over the feature map, ~0.1 ms at 32 x 80 x 64
 * single-threaded, as much as a depthwise 3x3; folding saved 10-20 % of the small networks' forward
 * CPU time (docs/LIDAR-DETECTOR.md).
 *
 * <p>The trained parameters are read in order: a convolution weight followed by the four
 * BatchNorm parameters becomes that weight scaled plus a bias; a weight followed by a bias, or by
 * another weight, is kept. The resulting tensors may be rewritten (e.g. {@link CompactHeads} merges
 * the two heads), then fill the folded network's parameters in order. Any mismatch (count, shape)
 * is an {@link IllegalStateException}: it means the folded layout was built wrong, not bad input.
 */
final class BatchNormFolding {

    /** DJL's BatchNorm default, which every BatchNorm of these networks uses. */
    static final float EPSILON = 1e-5f;

    /** A parameter's values (row-major) and shape. */
    record Tensor(float[] values, Shape shape) {
    }

    private BatchNormFolding() {
    }

    /**
     * A new model on {@code trained}'s device holding {@code foldedBlock}, initialised for
     * {@code inputShape}, with {@code trained}'s parameters folded, passed through {@code rewrite}
     * and copied in. {@code trained} is left as it was.
     */
    static Model fold(Model trained, Block foldedBlock, Shape inputShape, UnaryOperator<List<Tensor>> rewrite) {
        List<Tensor> values = rewrite.apply(folded(trained.getBlock().getParameters().values()));
        Model model = Model.newInstance(trained.getName(), trained.getNDManager().getDevice(), "PyTorch");
        try {
            model.setBlock(foldedBlock);
            foldedBlock.initialize(model.getNDManager(), DataType.FLOAT32, inputShape);
            List<Parameter> dst = foldedBlock.getParameters().values();
            require(values.size() == dst.size(), "folded network has " + dst.size() + " parameters, folding gave "
                    + values.size());
            for (int i = 0; i < dst.size(); i++) {
                set(dst.get(i), values.get(i));
            }
            return model;
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** The trained parameters with every BatchNorm folded into the weight before it. */
    static List<Tensor> folded(List<Parameter> src) {
        List<Tensor> out = new ArrayList<>();
        int i = 0;
        while (i < src.size()) {
            Parameter w = src.get(i);
            require(w.getType() == Parameter.Type.WEIGHT, "expected a weight at source parameter " + w.getName());
            Parameter.Type next = i + 1 < src.size() ? src.get(i + 1).getType() : null;
            if (next == Parameter.Type.GAMMA) {
                foldInto(w, src.subList(i + 1, i + 5), out);
                i += 5;
            } else if (next == Parameter.Type.BIAS) {
                out.add(tensor(w));
                out.add(tensor(src.get(i + 1)));
                i += 2;
            } else {
                out.add(tensor(w));
                i += 1;
            }
        }
        return out;
    }

    /** Adds {@code weight} scaled per output channel (axis 0) and the bias of the BatchNorm {@code bn}. */
    private static void foldInto(Parameter weight, List<Parameter> bn, List<Tensor> out) {
        float[] w = weight.getArray().toFloatArray();
        float[] gamma = byType(bn, Parameter.Type.GAMMA);
        float[] beta = byType(bn, Parameter.Type.BETA);
        float[] mean = byType(bn, Parameter.Type.RUNNING_MEAN);
        float[] var = byType(bn, Parameter.Type.RUNNING_VAR);
        int channels = gamma.length;
        require(w.length % channels == 0, "weight " + weight.getName() + " does not split into " + channels
                + " channels");
        int per = w.length / channels;
        float[] bias = new float[channels];
        for (int c = 0; c < channels; c++) {
            float s = (float) (gamma[c] / Math.sqrt(var[c] + EPSILON));
            for (int k = c * per; k < (c + 1) * per; k++) {
                w[k] *= s;
            }
            bias[c] = beta[c] - mean[c] * s;
        }
        out.add(new Tensor(w, weight.getArray().getShape()));
        out.add(new Tensor(bias, new Shape(channels)));
    }

    private static float[] byType(List<Parameter> bn, Parameter.Type type) {
        for (Parameter p : bn) {
            if (p.getType() == type) {
                return p.getArray().toFloatArray();
            }
        }
        throw new IllegalStateException("BatchNorm parameters " + bn.get(0).getName() + "... lack " + type);
    }

    private static Tensor tensor(Parameter p) {
        NDArray a = p.getArray();
        return new Tensor(a.toFloatArray(), a.getShape());
    }

    private static void set(Parameter to, Tensor value) {
        NDArray target = to.getArray();
        require(target.getShape().equals(value.shape()), "parameter " + to.getName() + " has shape "
                + target.getShape() + ", folded value " + value.shape());
        target.set(FloatBuffer.wrap(value.values()));
    }

    static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("cannot fold BatchNorm: " + what);
        }
    }
}
